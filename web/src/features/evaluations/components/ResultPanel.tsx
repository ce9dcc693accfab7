import { Card, Empty, Flex, List, Progress, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAX_SCORE, type RoundResult } from '../../../api/evaluations';
import { KpiRow } from '../../../shared/components/KpiRow';
import { formatDateTime, formatPercent } from '../../../shared/format';
import { dimensionLabel, formatScore } from '../model';

/** A round's results: who answered, the overall score, each dimension's mean and spread, the latest comments. */
export function ResultPanel({ result }: { result: RoundResult }) {
  const { t, i18n } = useTranslation();
  return (
    <Flex vertical gap="middle" data-testid="round-result">
      <KpiRow
        testId="round-kpis"
        kpis={[
          { key: 'respondents', title: t('evaluations.result.respondents'), value: result.respondents },
          { key: 'eligible', title: t('evaluations.result.eligible'), value: result.eligible },
          {
            key: 'participation',
            title: t('evaluations.result.participation'),
            value: result.participation === null ? '—' : formatPercent(result.participation),
          },
          {
            key: 'overall',
            title: t('evaluations.result.overall'),
            value: formatScore(result.overall),
            suffix: `/ ${MAX_SCORE}`,
          },
        ]}
      />
      <Card size="small" title={t('evaluations.result.byDimension')}>
        <Table
          size="small"
          rowKey="code"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={result.dimensions}
          columns={[
            { title: t('evaluations.result.dimension'), render: (_, d) => dimensionLabel(d, i18n.language) },
            {
              title: t('evaluations.result.mean'),
              render: (_, d) => (
                <Flex gap="small" align="center" style={{ minWidth: 160 }}>
                  <Typography.Text strong data-testid="dimension-mean">
                    {formatScore(d.mean)}
                  </Typography.Text>
                  <Progress
                    percent={d.mean === null ? 0 : (d.mean / MAX_SCORE) * 100}
                    showInfo={false}
                    size="small"
                    style={{ flex: 1 }}
                  />
                </Flex>
              ),
            },
            {
              title: t('evaluations.result.distribution'),
              render: (_, d) => (
                <Typography.Text type="secondary">
                  {d.distribution.map((n, i) => `${i + 1}★ ${n}`).join(' · ')}
                </Typography.Text>
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('evaluations.result.comments')}>
        {result.comments.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('evaluations.result.noComments')} />
        ) : (
          <List
            size="small"
            dataSource={result.comments}
            renderItem={(c) => (
              <List.Item>
                <Flex vertical>
                  <Typography.Text>{c.text}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: '0.85em' }}>
                    {formatDateTime(c.at)}
                  </Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        )}
      </Card>
    </Flex>
  );
}
