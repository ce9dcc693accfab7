import { Card, Col, Row, Skeleton, Statistic, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventStats } from '../../../api/events';
import { PageTitle } from '../../../shared/components/PageTitle';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { formatPercent } from '../../../shared/format';
import { StatsFilterRow, useStatsFilter } from '../components/StatsFilterRow';
import { lastDays } from '../model';
import { useEventStats } from '../queries';

const StatsCharts = lazy(() => import('../components/StatsCharts'));

const DEFAULT_DAYS = 30;

/** `/console/events/stats`: the period's figures for the scope node (RULES.md §7 metrics). */
export default function StatsPage() {
  const { t } = useTranslation();
  const filter = useStatsFilter(() => lastDays(new Date(), DEFAULT_DAYS));
  const { nodeId, from, to } = filter;
  const stats = useEventStats(nodeId === undefined ? undefined : { nodeId, from, to });

  const presets = [7, 30, 90, 365].map((days) => {
    const range = lastDays(new Date(), days);
    return {
      label: t('events.stats.lastDays', { count: days }),
      value: [dayjs(range.from), dayjs(range.to)] as [Dayjs, Dayjs],
    };
  });

  return (
    <>
      <PageTitle title={t('events.stats.title')} />
      <StatsFilterRow
        filter={filter}
        presets={presets}
        text={{
          pickNode: t('events.stats.pickNode'),
          node: t('events.stats.node'),
          period: t('events.stats.period'),
        }}
        periodTestId="stats-period"
      />
      {nodeId === undefined ? (
        <Typography.Paragraph type="secondary">{t('events.stats.pickNode')}</Typography.Paragraph>
      ) : stats.error ? (
        <ErrorAlert error={stats.error} onRetry={() => void stats.refetch()} />
      ) : !stats.data ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <>
          <Kpis stats={stats.data} />
          <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
            <StatsCharts stats={stats.data} />
          </Suspense>
        </>
      )}
    </>
  );
}

function Kpis({ stats }: { stats: EventStats }) {
  const { t } = useTranslation();
  const rate = (value: number | null) => (value === null ? '—' : formatPercent(value));
  const kpis = [
    { key: 'total', value: String(stats.total) },
    { key: 'handlingRate', value: rate(stats.handlingRate) },
    { key: 'onTimeRate', value: rate(stats.onTimeRate) },
    { key: 'satisfactionRate', value: rate(stats.satisfactionRate) },
    { key: 'reworkRate', value: rate(stats.reworkRate) },
    {
      key: 'avgHoursToClose',
      value:
        stats.avgHoursToClose === null
          ? '—'
          : t('events.stats.hours', { count: Number(stats.avgHoursToClose.toFixed(1)) }),
    },
  ] as const;
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="stats-kpis">
      {kpis.map((kpi) => (
        <Col key={kpi.key} xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic
              title={t(`events.stats.kpis.${kpi.key}`)}
              value={kpi.value}
              data-testid={`kpi-${kpi.key}`}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
