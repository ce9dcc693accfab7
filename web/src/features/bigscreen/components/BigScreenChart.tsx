/**
 * The big screen's charts, in a chunk of their own loaded after the figures show (`lazy` in BigScreenPage):
 * ECharts is large. Dark theme, large type for a wall display.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BigScreenSnapshot } from '../../../api/bigscreen';
import { type ChartOption, EChart } from '../../../shared/charts/EChart';
import { byCountDesc, fillDays } from '../../events/model';
import { useCategoryBook } from '../../events/queries';

const SHOWN_CATEGORIES = 8;

interface Props {
  kind: 'categories' | 'trend';
  snapshot: BigScreenSnapshot;
  label: string;
}

export default function BigScreenChart({ kind, snapshot, label }: Props) {
  const { t } = useTranslation();
  const book = useCategoryBook();
  // Text scales with the screen like the page's own type (1vw = 19.2 px on the 1920 px wall).
  const font = Math.max(12, Math.round(window.innerWidth / 110));

  const option = useMemo((): ChartOption => {
    const text = { color: '#c8d7ee', fontSize: font };
    const base = { backgroundColor: 'transparent', textStyle: text, animationDuration: 600 };
    if (kind === 'categories') {
      const rows = byCountDesc(snapshot.byCategory, (r) => r.code)
        .slice(0, SHOWN_CATEGORIES)
        .reverse();
      return {
        ...base,
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
        xAxis: {
          type: 'value',
          minInterval: 1,
          axisLabel: text,
          splitLine: { lineStyle: { color: '#1d3b66' } },
        },
        yAxis: { type: 'category', data: rows.map((r) => book.label(r.code)), axisLabel: text },
        series: [
          {
            type: 'bar',
            name: t('bigscreen.reported'),
            data: rows.map((r) => r.count),
            itemStyle: { color: '#36cfc9' },
            barMaxWidth: font * 1.6,
            label: { show: true, position: 'right', ...text },
          },
        ],
      };
    }
    const days = fillDays(snapshot.trend, snapshot.from, snapshot.to);
    return {
      ...base,
      tooltip: { trigger: 'axis' },
      legend: { top: 0, textStyle: text },
      grid: { left: 8, right: 16, top: font * 2.4, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: days.map((d) => d.day.slice(5)), axisLabel: text },
      yAxis: {
        type: 'value',
        minInterval: 1,
        axisLabel: text,
        splitLine: { lineStyle: { color: '#1d3b66' } },
      },
      series: [
        {
          type: 'line',
          name: t('bigscreen.reported'),
          data: days.map((d) => d.reported),
          smooth: true,
          itemStyle: { color: '#36cfc9' },
          areaStyle: { opacity: 0.15 },
        },
        {
          type: 'line',
          name: t('bigscreen.closed'),
          data: days.map((d) => d.closed),
          smooth: true,
          itemStyle: { color: '#faad14' },
        },
      ],
    };
  }, [kind, snapshot, book, t, font]);

  return <EChart option={option} label={label} height="100%" dark testId={`bigscreen-chart-${kind}`} />;
}
