import { Card, Col, DatePicker, Flex, Row, Skeleton, Statistic, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { EventStats } from '../../../api/events';
import { PageTitle } from '../../../shared/components/PageTitle';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { formatPercent } from '../../../shared/format';
import { NodeSelect } from '../../org/components/NodeSelect';
import { isoDate, lastDays, STATS_NODE_KINDS } from '../model';
import { useEventStats } from '../queries';
import { useStatsNode } from '../useStatsNode';

const StatsCharts = lazy(() => import('../components/StatsCharts'));

const DEFAULT_DAYS = 30;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `/console/events/stats`: the period's figures for the scope node (RULES.md §7 metrics). */
export default function StatsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [nodeId, setNodeId] = useStatsNode();
  const fallback = lastDays(new Date(), DEFAULT_DAYS);
  const fromParam = params.get('from');
  const toParam = params.get('to');
  const from = fromParam && DATE.test(fromParam) ? fromParam : fallback.from;
  const to = toParam && DATE.test(toParam) ? toParam : fallback.to;
  const stats = useEventStats(nodeId === undefined ? undefined : { nodeId, from, to });

  const setPeriod = (range: [Dayjs | null, Dayjs | null] | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (range?.[0] && range[1]) {
          next.set('from', isoDate(range[0].toDate()));
          next.set('to', isoDate(range[1].toDate()));
        } else {
          next.delete('from');
          next.delete('to');
        }
        return next;
      },
      { replace: true },
    );

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
      <Flex wrap gap="middle" align="center" style={{ marginBottom: 16 }}>
        <div style={{ width: 260, maxWidth: '100%' }}>
          <NodeSelect
            kinds={STATS_NODE_KINDS}
            value={nodeId}
            onChange={setNodeId}
            placeholder={t('events.stats.pickNode')}
            aria-label={t('events.stats.node')}
          />
        </div>
        <DatePicker.RangePicker
          value={[dayjs(from), dayjs(to)]}
          onChange={(range) => setPeriod(range)}
          presets={presets}
          allowClear={false}
          disabledDate={(day) => day.isAfter(dayjs(), 'day')}
          aria-label={t('events.stats.period')}
          data-testid="stats-period"
        />
      </Flex>
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
