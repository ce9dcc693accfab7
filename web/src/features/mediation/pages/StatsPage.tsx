import { Card, Flex, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Counts, CaseType } from '../../../api/mediation';
import { KpiRow } from '../../../shared/components/KpiRow';
import { QueryResult } from '../../../shared/components/QueryResult';
import { useMediationStats, useTrend } from '../queries';

const rate = (r: number | null) => (r === null ? '—' : `${r > 0 ? '+' : ''}${r}%`);

/** `/console/mediation/stats`: cases by type and outcome, and property disputes against a year earlier. */
export default function StatsPage() {
  const { t } = useTranslation();
  const stats = useMediationStats();
  const trend = useTrend();
  const outcomes = ['total', 'pending', 'agreed', 'failed', 'referred'] as const;
  return (
    <Flex vertical gap="middle">
      <QueryResult query={stats}>
        {(s) => (
          <>
            <KpiRow
              testId="mediation-kpis"
              kpis={[
                ...outcomes.map((o) => ({ key: o, title: t(`mediation.outcomes.${o}`), value: s.total[o] })),
                {
                  key: 'rate',
                  title: t('mediation.agreementRate'),
                  value: s.agreementRate === null ? '—' : `${s.agreementRate}%`,
                },
              ]}
            />
            <Table<Counts & { type: CaseType }>
              rowKey="type"
              size="small"
              pagination={false}
              dataSource={s.byType}
              data-testid="mediation-by-type"
              columns={[
                { title: t('mediation.fields.type'), render: (_, r) => t(`mediation.types.${r.type}`) },
                ...outcomes.map((o) => ({ title: t(`mediation.outcomes.${o}`), dataIndex: o })),
              ]}
            />
          </>
        )}
      </QueryResult>
      <QueryResult query={trend}>
        {(tr) => (
          <Card
            size="small"
            title={t('mediation.trendTitle', { rate: rate(tr.rate) })}
            data-testid="mediation-trend"
          >
            <Table
              rowKey="month"
              size="small"
              pagination={false}
              dataSource={tr.months}
              columns={[
                { title: t('mediation.month'), dataIndex: 'month' },
                { title: t('mediation.thisYear'), dataIndex: 'count' },
                { title: t('mediation.lastYear'), dataIndex: 'previous' },
                { title: t('mediation.change'), render: (_, m) => rate(m.rate) },
              ]}
              summary={() => (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0}>{t('mediation.outcomes.total')}</Table.Summary.Cell>
                  <Table.Summary.Cell index={1}>{tr.total}</Table.Summary.Cell>
                  <Table.Summary.Cell index={2}>{tr.previousTotal}</Table.Summary.Cell>
                  <Table.Summary.Cell index={3}>
                    <span data-testid="trend-rate">{rate(tr.rate)}</span>
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              )}
            />
          </Card>
        )}
      </QueryResult>
    </Flex>
  );
}
