import { Card, Progress, Statistic, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Coverage } from '../../../api/conventions';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { percent2 } from '../../votes/model';
import { useCoverage } from '../queries';

/** Signature coverage per building: signed households over households. */
export function CoverageCard({ conventionId }: { conventionId: number }) {
  const { t } = useTranslation();
  const coverage = useCoverage(conventionId, true);
  const c = coverage.data;
  return (
    <Card title={t('conventions.coverage.title')} data-testid="convention-coverage">
      {coverage.isError ? (
        <ErrorAlert error={coverage.error} onRetry={() => void coverage.refetch()} />
      ) : null}
      {c ? (
        <>
          <Statistic
            title={t('conventions.coverage.overall')}
            value={percent2(c.coverage)}
            suffix={`（${c.signedHouseholds} / ${c.households}）`}
            style={{ marginBottom: 12 }}
          />
          <Table<Coverage['byBuilding'][number]>
            size="small"
            rowKey="buildingId"
            pagination={false}
            dataSource={c.byBuilding}
            columns={[
              { title: t('conventions.coverage.building'), dataIndex: 'name' },
              { title: t('conventions.coverage.signed'), dataIndex: 'signedHouseholds' },
              { title: t('conventions.coverage.households'), dataIndex: 'households' },
              {
                title: t('conventions.coverage.share'),
                render: (_, b) => <Progress percent={Math.floor(b.coverage * 10_000) / 100} size="small" />,
              },
            ]}
          />
        </>
      ) : null}
    </Card>
  );
}
