import { Alert, Card, Flex, Select, Skeleton, Statistic, Table, Tooltip, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Forecast } from '../../../api/warnings';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useSearchParamsPatch } from '../../../shared/hooks/useSearchParamsPatch';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { formatPercent } from '../../../shared/format';
import { CategoryTreeSelect } from '../../events/components/CategoryTreeSelect';
import { STATS_NODE_KINDS } from '../../events/model';
import { useStatsNode } from '../../events/useStatsNode';
import { NodeSelect } from '../../org/components/NodeSelect';
import { useForecast } from '../queries';

const ForecastChart = lazy(() => import('../components/ForecastChart'));
const WEEK_CHOICES = [4, 8, 12] as const;

/** `/console/events/forecasts?node=&category=&weeks=`: expected events per week, and how far to trust them. */
export default function ForecastsPage() {
  const { t } = useTranslation();
  const [params, patch] = useSearchParamsPatch();
  const [nodeId, setNodeId] = useStatsNode();
  const categoryCode = params.get('category') ?? undefined;
  const weeksParam = Number(params.get('weeks'));
  const weeks = (WEEK_CHOICES as readonly number[]).includes(weeksParam) ? weeksParam : 8;
  const forecast = useForecast(nodeId === undefined ? undefined : { nodeId, categoryCode, weeks });
  const set = (key: string, value: string | undefined) => patch({ [key]: value });

  return (
    <>
      <PageTitle title={t('forecasts.title')} />
      <Flex wrap gap="middle" align="center" style={{ marginBottom: 16 }}>
        <div style={{ width: 260, maxWidth: '100%' }}>
          <NodeSelect
            kinds={STATS_NODE_KINDS}
            value={nodeId}
            onChange={setNodeId}
            placeholder={t('forecasts.pickNode')}
            aria-label={t('forecasts.node')}
          />
        </div>
        <CategoryTreeSelect
          value={categoryCode}
          onChange={(code) => set('category', code)}
          placeholder={t('forecasts.allCategories')}
          aria-label={t('forecasts.category')}
          style={{ width: 220 }}
        />
        <Select
          style={{ width: 120 }}
          value={weeks}
          aria-label={t('forecasts.weeks')}
          onChange={(v: number) => set('weeks', String(v))}
          options={WEEK_CHOICES.map((count) => ({
            value: count,
            label: t('forecasts.weeksOption', { count }),
          }))}
        />
      </Flex>
      {nodeId === undefined ? (
        <Typography.Paragraph type="secondary">{t('forecasts.pickNode')}</Typography.Paragraph>
      ) : forecast.error ? (
        <ErrorAlert error={forecast.error} onRetry={() => void forecast.refetch()} />
      ) : !forecast.data ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <ForecastView forecast={forecast.data} />
      )}
    </>
  );
}

function ForecastView({ forecast }: { forecast: Forecast }) {
  const { t } = useTranslation();
  if (forecast.reason === 'too_little_history')
    return <Alert type="info" showIcon message={t('forecasts.tooLittle')} />;
  const error = forecast.error;
  return (
    <Flex vertical gap="middle">
      <Card size="small">
        <Flex wrap gap="large" align="center">
          <Tooltip title={error ? t('forecasts.errorHelp', { weeks: error.heldOutWeeks }) : undefined}>
            <Statistic
              title={t('forecasts.error')}
              value={error ? t('forecasts.errorValue', { mae: error.mae }) : t('forecasts.noBacktest')}
              data-testid="forecast-error"
            />
          </Tooltip>
          {error?.wape != null ? (
            <Typography.Text type="secondary">
              {t('forecasts.errorPercent', { percent: formatPercent(error.wape) })}
            </Typography.Text>
          ) : null}
          <Typography.Text type="secondary">{t('forecasts.model')}</Typography.Text>
        </Flex>
      </Card>
      <Card size="small">
        <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
          <ForecastChart forecast={forecast} />
        </Suspense>
      </Card>
      <Card size="small" title={t('forecasts.table')}>
        <Table
          rowKey="weekStart"
          size="small"
          pagination={false}
          dataSource={forecast.forecast}
          data-testid="forecast-table"
          columns={[
            { title: t('forecasts.weekStart'), dataIndex: 'weekStart' },
            { title: t('forecasts.expected'), dataIndex: 'count', align: 'right' },
            { title: t('forecasts.low'), dataIndex: 'low', align: 'right' },
            { title: t('forecasts.high'), dataIndex: 'high', align: 'right' },
          ]}
        />
      </Card>
    </Flex>
  );
}
