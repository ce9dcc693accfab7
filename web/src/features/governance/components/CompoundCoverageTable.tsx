import { CheckCircleOutlined, MinusCircleOutlined } from '@ant-design/icons';
import { Card, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CompoundCoverage } from '../../../api/governance';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { REFERENCE_COVERAGE } from '../coverage';
import { useCompoundCoverage } from '../queries';
import { CoverageBar } from './CoverageBar';

/**
 * Every compound under the node, a page at a time (a district has about a thousand): whether it has a party
 * organisation of its own (seed 003: 357 of 977), and how many of its buildings have a filed leader.
 */
export function CompoundCoverageTable({ nodeId }: { nodeId: number }) {
  const { t } = useTranslation();
  const list = useCompoundCoverage(nodeId);
  const columns: TableColumnsType<CompoundCoverage> = [
    {
      key: 'name',
      title: t('kinds.compound'),
      onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
      render: (_, row) => <Link to={`/console/governance/bodies?placeId=${row.compoundId}`}>{row.name}</Link>,
    },
    { key: 'community', title: t('kinds.community'), dataIndex: 'communityName' },
    {
      key: 'party',
      title: t('governance.coverage.partyOrg'),
      render: (_, row) =>
        row.hasPartyOrg ? (
          <Tag icon={<CheckCircleOutlined />} color="success">
            {t('governance.coverage.hasPartyOrg')}
          </Tag>
        ) : (
          <Tag icon={<MinusCircleOutlined />} color="warning">
            {t('governance.coverage.noPartyOrg')}
          </Tag>
        ),
    },
    {
      key: 'leaders',
      title: t('governance.coverage.leadersTitle'),
      render: (_, row) => <CoverageBar rate={row.buildingLeaders.rate} reference={REFERENCE_COVERAGE} />,
    },
    {
      key: 'count',
      title: t('governance.coverage.count', { unit: t('governance.coverage.buildings') }),
      render: (_, row) => (
        <Link to={`/console/governance/leaders?placeId=${row.compoundId}`}>
          <Typography.Text>
            {row.buildingLeaders.covered} / {row.buildingLeaders.total}
          </Typography.Text>
        </Link>
      ),
    },
  ];
  return (
    <Card size="small" title={t('governance.coverage.byCompoundTitle')}>
      <CursorTable<CompoundCoverage>
        list={list}
        columns={columns}
        rowKey="compoundId"
        size="small"
        testId="coverage-compounds"
        locale={{ emptyText: t('governance.coverage.empty') }}
      />
    </Card>
  );
}
