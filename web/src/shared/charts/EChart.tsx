/**
 * One ECharts chart. ECharts is large: import this module only from chunks loaded lazily (a statistics page's
 * charts behind `React.lazy`), so the console's first page never carries it. Only the chart types and components
 * the app draws are registered (modular imports).
 */
import {
  BarChart,
  type BarSeriesOption,
  LineChart,
  type LineSeriesOption,
  PieChart,
  type PieSeriesOption,
} from 'echarts/charts';
import {
  AriaComponent,
  type AriaComponentOption,
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, type ECharts, init, use as registerModules } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

registerModules([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  AriaComponent,
  CanvasRenderer,
]);

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | AriaComponentOption
>;

interface EChartProps {
  option: ChartOption;
  /** What the chart shows, in words: read by screen readers instead of the canvas. */
  label: string;
  height?: number | string;
  testId?: string;
  /** ECharts' built-in dark theme, for dark pages (the big screen). */
  dark?: boolean;
}

/** Created on mount, updated in place, resized with its box, disposed on unmount. */
export function EChart({ option, label, height = 300, testId, dark = false }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    const instance = init(element, dark ? 'dark' : undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [dark]);

  useEffect(() => {
    chart.current?.setOption({ aria: { enabled: true }, ...option }, { notMerge: true });
  }, [option, dark]);

  return (
    <div ref={box} role="img" aria-label={label} style={{ width: '100%', height }} data-testid={testId} />
  );
}
