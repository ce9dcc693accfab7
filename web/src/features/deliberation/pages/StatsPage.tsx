import { Card, Col, Flex, Row, Skeleton, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeliberationStats } from '../../../api/deliberation';
import { KpiRow } from '../../../shared/components/KpiRow';
import { PageTitle } from '../../../shared/components/PageTitle';
import { QueryResult } from '../../../shared/components/QueryResult';
import { formatPercent } from '../../../shared/format';
import { StatsFilterRow, useStatsFilter } from '../../events/components/StatsFilterRow';
import { defaultPeriod } from '../model';
import { useDeliberationStats } from '../queries';

// ECharts stays out of the console's first chunks: the chart loads with this page, after the figures.
const StatsChart = lazy(() => import('../components/StatsChart'));

/** `/console/deliberation/stats`: sessions held, resolutions and consensus per scope and period (seed 001's figures). */
export default function StatsPage() {
  const { t } = useTranslation();
  const filter = useStatsFilter(() => defaultPeriod(dayjs()));
  const { nodeId, from, to } = filter;
  const stats = useDeliberationStats(nodeId === undefined ? undefined : { nodeId, from, to });
  return (
    <>
      <PageTitle title={t('deliberation.stats.title')} />
      <StatsFilterRow
        filter={filter}
        picker="month"
        text={{
          pickNode: t('deliberation.stats.pickNode'),
          node: t('deliberation.stats.node'),
          period: t('deliberation.stats.period'),
        }}
        periodTestId="delib-stats-period"
      />
      {nodeId === undefined ? (
        <Typography.Paragraph type="secondary">{t('deliberation.stats.pickNode')}</Typography.Paragraph>
      ) : (
        <QueryResult query={stats} loading={<Skeleton active paragraph={{ rows: 8 }} />}>
          {(data) => <StatsBody stats={data} />}
        </QueryResult>
      )}
    </>
  );
}

function StatsBody({ stats }: { stats: DeliberationStats }) {
  const { t } = useTranslation();
  const f = stats.followUps;
  return (
    <Flex vertical gap="middle">
      <KpiRow
        testId="delib-kpis"
        kpis={[
          { key: 'sessions', title: t('deliberation.stats.sessions'), value: stats.sessions },
          { key: 'resolutions', title: t('deliberation.stats.resolutions'), value: stats.resolutions },
          { key: 'consensus', title: t('deliberation.stats.consensus'), value: stats.consensus },
          {
            key: 'consensusRate',
            title: t('deliberation.stats.consensusRate'),
            value: stats.consensusRate === null ? '—' : formatPercent(stats.consensusRate),
          },
          {
            key: 'topics',
            title: t('deliberation.stats.topics'),
            value: `${stats.topicsResolved} / ${stats.topicsRaised}`,
          },
          {
            key: 'followUps',
            title: t('deliberation.stats.followUps'),
            value: `${f.done} / ${f.total}`,
            suffix: f.overdue ? (
              <Typography.Text type="danger" style={{ fontSize: 14 }}>
                {t('deliberation.stats.overdue', { count: f.overdue })}
              </Typography.Text>
            ) : null,
          },
        ]}
      />
      <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
        <StatsChart stats={stats} />
      </Suspense>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Card size="small" title={t('deliberation.stats.byKind')}>
            <Table
              size="small"
              rowKey="kind"
              pagination={false}
              dataSource={stats.byKind}
              columns={[
                { title: t('deliberation.fields.kind'), render: (_, r) => t(`deliberation.kinds.${r.kind}`) },
                { title: t('deliberation.stats.sessions'), dataIndex: 'sessions', align: 'right' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          <Card size="small" title={t('deliberation.stats.byCommunity')}>
            <Table
              size="small"
              rowKey="communityId"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={stats.byCommunity}
              data-testid="delib-by-community"
              columns={[
                { title: t('kinds.community'), dataIndex: 'name' },
                { title: t('deliberation.stats.sessions'), dataIndex: 'sessions', align: 'right' },
                { title: t('deliberation.stats.resolutions'), dataIndex: 'resolutions', align: 'right' },
                { title: t('deliberation.stats.consensus'), dataIndex: 'consensus', align: 'right' },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
