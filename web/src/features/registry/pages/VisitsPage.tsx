import { Empty, Flex, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { CareGroup, OverdueVisit } from '../../../api/registry';
import { PageTitle } from '../../../shared/components/PageTitle';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { NodeSelect } from '../../org/components/NodeSelect';
import { useScopeCommunityId } from '../../org/useScopeCommunityId';
import { CareGroupSelect, CareGroupTags } from '../components/CareGroupTags';
import { useOverdueVisits } from '../queries';

/** `/console/registry/visits?community=`: people in care groups whose next visit is past due. */
export default function VisitsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const scopeCommunityId = useScopeCommunityId();
  // A scope inside one community fixes it; otherwise (a street, or all scopes) it is chosen here.
  const communityId = scopeCommunityId ?? (Number(params.get('community')) || undefined);
  const [careGroup, setCareGroup] = useState<CareGroup>();

  return (
    <>
      <PageTitle title={t('registry.care.overdueTitle')} />
      <Typography.Paragraph type="secondary">{t('registry.care.overdueIntro')}</Typography.Paragraph>
      <Flex wrap gap="middle" align="center" style={{ marginBottom: 16 }}>
        {scopeCommunityId === undefined ? (
          <div style={{ width: 240, maxWidth: '100%' }}>
            <NodeSelect
              kinds={['community']}
              value={communityId}
              onChange={(id) => setParams(id ? { community: String(id) } : {})}
              placeholder={t('registry.pickCommunity')}
              aria-label={t('kinds.community')}
            />
          </div>
        ) : null}
        <CareGroupSelect
          allowClear
          placeholder={t('registry.allCareGroups')}
          aria-label={t('registry.careGroup')}
          value={careGroup}
          onChange={(value) => setCareGroup(value as CareGroup | undefined)}
          style={{ minWidth: 160 }}
          data-testid="visits-care-group"
        />
      </Flex>
      {communityId === undefined ? (
        <Empty description={t('registry.pickCommunity')} />
      ) : (
        <OverdueVisitsTable communityId={communityId} careGroup={careGroup} />
      )}
    </>
  );
}

function OverdueVisitsTable({ communityId, careGroup }: { communityId: number; careGroup?: CareGroup }) {
  const { t } = useTranslation();
  const list = useOverdueVisits(communityId, careGroup);
  const columns: TableColumnsType<OverdueVisit> = [
    {
      key: 'person',
      title: t('registry.person'),
      render: (_, item) => <Link to={`/console/registry/people/${item.personId}`}>{item.name}</Link>,
    },
    {
      key: 'careGroups',
      title: t('registry.careGroup'),
      render: (_, item) => <CareGroupTags groups={item.careGroups} />,
    },
    {
      key: 'interval',
      title: t('registry.care.intervalDays'),
      render: (_, item) => t('registry.care.planEvery', { count: item.intervalDays }),
    },
    {
      key: 'lastVisitedOn',
      title: t('registry.care.lastVisitedOn'),
      render: (_, item) => item.lastVisitedOn ?? t('registry.care.neverVisited'),
    },
    { key: 'dueOn', title: t('registry.care.dueOn'), dataIndex: 'dueOn' },
    {
      key: 'daysOverdue',
      title: t('registry.daysOverdue'),
      render: (_, item) => (
        <Tag color="red">{t('registry.registration.overdueDays', { count: item.daysOverdue })}</Tag>
      ),
    },
  ];
  return (
    <CursorTable<OverdueVisit>
      list={list}
      columns={columns}
      rowKey="personId"
      testId="visits-overdue-table"
      locale={{ emptyText: t('registry.care.noOverdue') }}
    />
  );
}
