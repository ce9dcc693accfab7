/**
 * The forecast's chart, loaded only when the forecasts page shows (`lazy` in ForecastsPage): ECharts is large.
 * Weeks as they were, then the expected weeks with the band of ± the backtest's mean error.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Forecast } from '../../../api/warnings';
import { type ChartOption, EChart } from '../../../shared/charts/EChart';

export default function ForecastChart({ forecast }: { forecast: Forecast }) {
  const { t } = useTranslation();
  const option = useMemo<ChartOption>(() => {
    const weeks = [...forecast.history, ...forecast.forecast].map((w) => w.weekStart.slice(5));
    const gap = Array<null>(forecast.history.length).fill(null);
    const last = forecast.history.at(-1);
    // The forecast line starts from the last actual week, so the two read as one curve.
    const joined = <T,>(values: T[]) => [...gap.slice(1), last ? last.count : null, ...values];
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', boundaryGap: false, data: weeks },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { type: 'line', name: t('forecasts.history'), data: forecast.history.map((w) => w.count) },
        {
          type: 'line',
          name: t('forecasts.expected'),
          data: joined(forecast.forecast.map((w) => w.count)),
          lineStyle: { type: 'dashed' },
        },
        {
          type: 'line',
          name: t('forecasts.low'),
          data: [...gap, ...forecast.forecast.map((w) => w.low)],
          lineStyle: { type: 'dotted', opacity: 0.6 },
          showSymbol: false,
        },
        {
          type: 'line',
          name: t('forecasts.high'),
          data: [...gap, ...forecast.forecast.map((w) => w.high)],
          lineStyle: { type: 'dotted', opacity: 0.6 },
          showSymbol: false,
        },
      ],
    };
  }, [forecast, t]);
  return (
    <EChart
      option={option}
      height={340}
      label={t('forecasts.chartLabel', { history: forecast.history.length, weeks: forecast.forecast.length })}
      testId="forecast-chart"
    />
  );
}
