import { CheckOutlined } from '@ant-design/icons';
import { App, Button, Empty, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OverdueRegistration } from '../../../api/registry';
import { PageTitle } from '../../../shared/components/PageTitle';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { useNotifyError } from '../../../shared/errors/useNotifyError';
import { hasPermission } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';
import { NodeSelect } from '../../org/components/NodeSelect';
import { usePlaceParam } from '../../org/usePlaceParam';
import { deadlineDate } from '../dates';
import { useOverdueList, useUpdateResidence } from '../queries';

/** The places an overdue list can be asked for: a compound, a building (a building leader's) or a unit. */
const OVERDUE_PLACES = ['compound', 'building', 'unit'];

/** `/console/registry/overdue?placeId=`: residences whose registration is overdue (RULES.md §3). */
export default function OverduePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { id: placeId, set: setPlaceId } = usePlaceParam(OVERDUE_PLACES);

  return (
    <>
      <PageTitle title={t('registry.overdueTitle')} />
      <Typography.Paragraph type="secondary">{t('registry.overdueIntro')}</Typography.Paragraph>
      <div style={{ width: 280, maxWidth: '100%', marginBottom: 16 }}>
        <NodeSelect
          kinds={OVERDUE_PLACES}
          value={placeId}
          onChange={setPlaceId}
          placeholder={t('registry.pickPlace')}
          aria-label={t('registry.place')}
        />
      </div>
      {placeId === undefined ? (
        <Empty description={t('registry.pickPlace')} />
      ) : (
        <OverdueTable placeId={placeId} canManage={hasPermission(user, 'registry.manage')} />
      )}
    </>
  );
}

function OverdueTable({ placeId, canManage }: { placeId: number; canManage: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const list = useOverdueList(placeId);
  const updateResidence = useUpdateResidence();

  const columns: TableColumnsType<OverdueRegistration> = [
    {
      key: 'deadline',
      title: t('registry.deadline'),
      render: (_, item) => deadlineDate(item.deadline),
    },
    {
      key: 'daysOverdue',
      title: t('registry.daysOverdue'),
      render: (_, item) => (
        <Tag color="red">{t('registry.registration.overdueDays', { count: item.daysOverdue })}</Tag>
      ),
    },
    {
      key: 'house',
      title: t('registry.house'),
      render: (_, item) => <Link to={`/console/registry/houses/${item.houseId}`}>{item.houseLabel}</Link>,
    },
    {
      key: 'person',
      title: t('registry.person'),
      render: (_, item) => <Link to={`/console/registry/people/${item.personId}`}>{item.name}</Link>,
    },
    {
      key: 'relation',
      title: t('registry.relation'),
      render: (_, item) => t(`registry.relations.${item.relation}`),
    },
    {
      key: 'stayKind',
      title: t('registry.stayKind'),
      render: (_, item) => t(`registry.stayKinds.${item.stayKind}`),
    },
    { key: 'movedInOn', title: t('registry.movedInOn'), dataIndex: 'movedInOn' },
    ...(canManage
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_: unknown, item: OverdueRegistration) => (
              <Button
                size="small"
                icon={<CheckOutlined />}
                loading={
                  updateResidence.isPending && updateResidence.variables.residenceId === item.residenceId
                }
                onClick={() =>
                  updateResidence.mutate(
                    { residenceId: item.residenceId, patch: { registered: true } },
                    {
                      onSuccess: () => void message.success(t('registry.registeredDone')),
                      onError: notifyError,
                    },
                  )
                }
              >
                {t('registry.markRegistered')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <CursorTable<OverdueRegistration>
      list={list}
      columns={columns}
      rowKey="residenceId"
      testId="overdue-table"
      locale={{ emptyText: t('registry.noOverdue') }}
    />
  );
}
