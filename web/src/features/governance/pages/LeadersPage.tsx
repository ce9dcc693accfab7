import { DownloadOutlined, FileDoneOutlined, LogoutOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Col, Row, Space, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type BuildingLeader, leadersLedgerUrl } from '../../../api/governance';
import { PageTitle } from '../../../shared/components/PageTitle';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { hasPermission } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';
import { useNode } from '../../org/queries';
import { usePlaceParam } from '../../org/usePlaceParam';
import { AppointLeaderModal } from '../components/AppointLeaderModal';
import { DutiesCard } from '../components/DutiesCard';
import { LeaderDateModal, type LeaderDateField } from '../components/LeaderDateModal';
import { LeaderStatusTag } from '../components/LeaderStatusTag';
import { CompoundChoices, PlacePicker } from '../components/PlacePicker';
import { useLeaderList } from '../queries';

const LEADER_PLACES = ['compound', 'building'];

type Dialog = { kind: 'appoint' } | { kind: 'date'; leader: BuildingLeader; field: LeaderDateField };

/** `/console/governance/leaders?placeId=`: the building leaders of a compound or building, and their duties. */
export default function LeadersPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const place = usePlaceParam(LEADER_PLACES);
  const node = useNode(place.id);
  const canManage = hasPermission(user, 'governance.manage');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);

  return (
    <>
      <PageTitle
        title={t('governance.leaders.title')}
        extra={
          <>
            {place.id === undefined ? null : (
              <Button
                icon={<DownloadOutlined />}
                href={leadersLedgerUrl(place.id)}
                download
                data-testid="leaders-export"
              >
                {t('governance.leaders.export')}
              </Button>
            )}
            {canManage && node.data ? (
              <Button
                type="primary"
                icon={<UserAddOutlined />}
                onClick={() => setDialog({ kind: 'appoint' })}
                data-testid="leader-appoint"
              >
                {t('governance.leaders.appoint')}
              </Button>
            ) : null}
          </>
        }
      />
      <Typography.Paragraph type="secondary">{t('governance.leaders.intro')}</Typography.Paragraph>
      <PlacePicker kinds={LEADER_PLACES} place={place} placeholder={t('governance.pickCompoundOrBuilding')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={16}>
          {place.id === undefined ? (
            <CompoundChoices place={place} hint={t('governance.pickCompound')} />
          ) : (
            <LeaderTable
              placeId={place.id}
              canManage={canManage}
              onDate={(leader, field) => setDialog({ kind: 'date', leader, field })}
            />
          )}
        </Col>
        <Col xs={24} xxl={8}>
          <DutiesCard />
        </Col>
      </Row>
      {dialog?.kind === 'appoint' && node.data ? (
        <AppointLeaderModal place={node.data} onClose={close} />
      ) : null}
      {dialog?.kind === 'date' ? (
        <LeaderDateModal leader={dialog.leader} field={dialog.field} onClose={close} />
      ) : null}
    </>
  );
}

interface LeaderTableProps {
  placeId: number;
  canManage: boolean;
  onDate: (leader: BuildingLeader, field: LeaderDateField) => void;
}

function LeaderTable({ placeId, canManage, onDate }: LeaderTableProps) {
  const { t } = useTranslation();
  const list = useLeaderList(placeId);
  const columns: TableColumnsType<BuildingLeader> = [
    { key: 'building', title: t('kinds.building'), dataIndex: 'buildingLabel' },
    {
      key: 'leader',
      title: t('governance.leaders.leader'),
      render: (_, leader) => (
        <Space size={4} wrap>
          {leader.displayName}
          <Tag>{t(`governance.leaders.sources.${leader.source}`)}</Tag>
        </Space>
      ),
    },
    { key: 'appointedOn', title: t('governance.leaders.appointedOn'), dataIndex: 'appointedOn' },
    {
      key: 'filedOn',
      title: t('governance.leaders.filedOn'),
      render: (_, leader) => leader.filedOn ?? '—',
    },
    {
      key: 'endedOn',
      title: t('governance.leaders.endedOn'),
      render: (_, leader) => leader.endedOn ?? '—',
    },
    {
      key: 'status',
      title: t('governance.leaders.status'),
      render: (_, leader) => <LeaderStatusTag status={leader.status} />,
    },
    ...(canManage
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_: unknown, leader: BuildingLeader) => (
              <Space size={4}>
                {leader.status === 'pending_filing' ? (
                  <Button
                    size="small"
                    icon={<FileDoneOutlined />}
                    onClick={() => onDate(leader, 'filedOn')}
                    data-testid="leader-file"
                  >
                    {t('governance.leaders.file')}
                  </Button>
                ) : null}
                {leader.status === 'ended' ? null : (
                  <Button
                    size="small"
                    icon={<LogoutOutlined />}
                    onClick={() => onDate(leader, 'endedOn')}
                    data-testid="leader-end"
                  >
                    {t('governance.leaders.end')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]
      : []),
  ];
  return (
    <CursorTable<BuildingLeader>
      list={list}
      columns={columns}
      testId="leader-table"
      rowClassName={(leader) => (leader.status === 'ended' ? 'linli-row-muted' : '')}
      locale={{ emptyText: t('governance.leaders.none') }}
    />
  );
}
