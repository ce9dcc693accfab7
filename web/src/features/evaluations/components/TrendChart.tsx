/** A compound's evaluation trend over its rounds, loaded only with the round page (`lazy`): ECharts is large. */
import { Card, Empty } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SCORE, type TrendPoint } from '../../../api/evaluations';
import { type ChartOption, EChart } from '../../../shared/charts/EChart';
import { dimensionLabel } from '../model';

export default function TrendChart({ points }: { points: TrendPoint[] }) {
  const { t, i18n } = useTranslation();
  const option = useMemo<ChartOption>(() => {
    const dimensions = points.at(-1)?.dimensions ?? [];
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: points.map((p) => `${p.periodFrom.slice(0, 7)}`) },
      yAxis: { type: 'value', min: 1, max: MAX_SCORE },
      series: [
        {
          type: 'line',
          name: t('evaluations.result.overall'),
          data: points.map((p) => p.overall),
          lineStyle: { width: 4 },
        },
        ...dimensions.map((d) => ({
          type: 'line' as const,
          name: dimensionLabel(d, i18n.language),
          data: points.map((p) => p.dimensions.find((x) => x.code === d.code)?.mean ?? null),
          lineStyle: { type: 'dashed' as const },
        })),
      ],
    };
  }, [points, t, i18n.language]);
  return (
    <Card size="small" title={t('evaluations.trend')}>
      {points.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('evaluations.noTrend')} />
      ) : (
        <EChart
          option={option}
          label={points.map((p) => `${p.title} ${p.overall ?? '—'}`).join('，')}
          testId="evaluation-trend"
        />
      )}
    </Card>
  );
}
