/** The deliberation statistics' monthly chart, loaded only with the statistics page (`lazy`): ECharts is large. */
import { Card } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeliberationStats } from '../../../api/deliberation';
import { type ChartOption, EChart } from '../../../shared/charts/EChart';
import { monthlySeries } from '../model';

export default function StatsChart({ stats }: { stats: DeliberationStats }) {
  const { t } = useTranslation();
  // Built once per answer and language, so a re-render does not replay the animation.
  const option = useMemo<ChartOption>(() => {
    const months = monthlySeries(stats);
    const bar = (key: 'sessions' | 'resolutions' | 'consensus', color: string) => ({
      type: 'bar' as const,
      name: t(`deliberation.stats.${key}`),
      data: months.map((m) => m[key]),
      itemStyle: { color },
      barMaxWidth: 18,
    });
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: months.map((m) => m.month) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [bar('sessions', '#1677ff'), bar('resolutions', '#fa8c16'), bar('consensus', '#52c41a')],
    };
  }, [stats, t]);
  return (
    <Card size="small" title={t('deliberation.stats.byMonth')}>
      <EChart
        option={option}
        label={t('deliberation.stats.chartLabel', {
          from: stats.from,
          to: stats.to,
          sessions: stats.sessions,
          resolutions: stats.resolutions,
          consensus: stats.consensus,
        })}
        testId="delib-chart"
      />
    </Card>
  );
}
