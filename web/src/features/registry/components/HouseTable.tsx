import {
  CheckOutlined,
  EditOutlined,
  LogoutOutlined,
  UserAddOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import {
  App,
  Button,
  Flex,
  Popconfirm,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { House, Resident } from '../../../api/registry';
import { useNotifyError } from '../../../shared/errors/useNotifyError';
import type { FloorGroup } from '../places';
import { useRemoveOwner, useUpdateResidence } from '../queries';
import { RegistrationTag } from './RegistrationTag';

export interface HouseHandlers {
  onEdit: (house: House) => void;
  onAddOwner: (house: House) => void;
  onAddResident: (house: House) => void;
  onMoveOut: (resident: Resident) => void;
}

interface HouseTableProps extends HouseHandlers {
  floors: FloorGroup[];
  /** A house to scroll to and mark (`?house=`). */
  highlightId?: number;
}

type Row = House & { floorSpan: number };

function rowsOf(floors: FloorGroup[]): Row[] {
  return floors.flatMap(({ houses }) =>
    houses.map((house, i) => ({ ...house, floorSpan: i === 0 ? houses.length : 0 })),
  );
}

const awaitsRegistration = (resident: Resident) =>
  resident.movedOutOn === null &&
  resident.registration.registeredAt === null &&
  ['pending', 'overdue'].includes(resident.registration.status);

function Owners({ house }: { house: House }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const removeOwner = useRemoveOwner();
  if (house.owners.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex vertical gap={4}>
      {house.owners.map((owner) => (
        <Space key={owner.personId} size={4} wrap>
          <Link to={`/console/registry/people/${owner.personId}`}>{owner.name}</Link>
          <Typography.Text type="secondary" style={{ fontFamily: 'monospace' }}>
            {owner.idNumberMasked ?? ''}
          </Typography.Text>
          {house.actions.includes('update') ? (
            <Popconfirm
              title={t('registry.removeOwnerConfirm', { name: owner.name })}
              onConfirm={() =>
                removeOwner.mutate(
                  { house, personId: owner.personId },
                  { onSuccess: () => void message.success(t('common.saved')), onError: notifyError },
                )
              }
            >
              <Button type="text" size="small" danger aria-label={`${t('common.remove')} ${owner.name}`}>
                ×
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      ))}
    </Flex>
  );
}

function Residents({ house, onMoveOut }: { house: House; onMoveOut: (resident: Resident) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const updateResidence = useUpdateResidence();
  const canUpdate = house.actions.includes('update');
  if (house.residents.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex vertical gap={4}>
      {house.residents.map((resident) => (
        <Space key={resident.residenceId} size={4} wrap>
          <Link to={`/console/registry/people/${resident.personId}`}>
            <Typography.Text delete={resident.movedOutOn !== null}>{resident.name}</Typography.Text>
          </Link>
          <Tag>{t(`registry.relations.${resident.relation}`)}</Tag>
          {resident.movedOutOn === null ? (
            <RegistrationTag resident={resident} />
          ) : (
            <Typography.Text type="secondary">
              {t('registry.movedOutAt', { date: resident.movedOutOn })}
            </Typography.Text>
          )}
          {canUpdate && awaitsRegistration(resident) ? (
            <Tooltip title={t('registry.markRegistered')}>
              <Button
                size="small"
                icon={<CheckOutlined />}
                aria-label={`${t('registry.markRegistered')} ${resident.name}`}
                loading={
                  updateResidence.isPending && updateResidence.variables.residenceId === resident.residenceId
                }
                onClick={() =>
                  updateResidence.mutate(
                    { residenceId: resident.residenceId, patch: { registered: true } },
                    {
                      onSuccess: () => void message.success(t('registry.registeredDone')),
                      onError: notifyError,
                    },
                  )
                }
                data-testid="resident-mark-registered"
              />
            </Tooltip>
          ) : null}
          {canUpdate && resident.movedOutOn === null ? (
            <Tooltip title={t('registry.moveOut')}>
              <Button
                size="small"
                icon={<LogoutOutlined />}
                aria-label={`${t('registry.moveOut')} ${resident.name}`}
                onClick={() => onMoveOut(resident)}
                data-testid="resident-move-out"
              />
            </Tooltip>
          ) : null}
        </Space>
      ))}
    </Flex>
  );
}

/** The houses of one unit by floor: area and its source, use, occupancy, owners (masked), residents. */
export function HouseTable({
  floors,
  highlightId,
  onEdit,
  onAddOwner,
  onAddResident,
  onMoveOut,
}: HouseTableProps) {
  const { t } = useTranslation();
  const rows = rowsOf(floors);
  const highlighted = highlightId !== undefined && rows.some((row) => row.id === highlightId);

  useEffect(() => {
    if (highlighted)
      document.querySelector(`[data-row-key="${highlightId}"]`)?.scrollIntoView({ block: 'center' });
  }, [highlighted, highlightId]);

  const columns: TableColumnsType<Row> = [
    {
      key: 'floor',
      title: t('registry.floor'),
      fixed: 'left',
      onCell: (row) => ({ rowSpan: row.floorSpan }),
      render: (_, row) => t('registry.floorN', { floor: row.floor }),
    },
    {
      key: 'number',
      title: t('registry.houseNumber'),
      fixed: 'left',
      render: (_, house) => (
        <Space size={4} wrap>
          <Typography.Text strong>{house.number}</Typography.Text>
          {house.developerHeld ? <Tag color="purple">{t('registry.developerHeldShort')}</Tag> : null}
        </Space>
      ),
    },
    {
      key: 'area',
      title: t('registry.area'),
      render: (_, house) => (
        <Space size={4} wrap>
          {`${house.area.toFixed(2)} m²`}
          <Tag>{t(`registry.areaSources.${house.areaSource}`)}</Tag>
        </Space>
      ),
    },
    { key: 'use', title: t('registry.use'), render: (_, house) => t(`registry.uses.${house.use}`) },
    {
      key: 'occupancy',
      title: t('registry.occupancy'),
      render: (_, house) => t(`registry.occupancies.${house.occupancy}`),
    },
    { key: 'owners', title: t('registry.owners'), render: (_, house) => <Owners house={house} /> },
    {
      key: 'residents',
      title: t('registry.residents'),
      render: (_, house) => <Residents house={house} onMoveOut={onMoveOut} />,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, house) =>
        house.actions.includes('update') ? (
          <Space size={4}>
            <Tooltip title={t('common.edit')}>
              <Button
                size="small"
                icon={<EditOutlined />}
                aria-label={`${t('common.edit')} ${house.number}`}
                onClick={() => onEdit(house)}
              />
            </Tooltip>
            <Tooltip title={t('registry.addOwner')}>
              <Button
                size="small"
                icon={<UserAddOutlined />}
                aria-label={`${t('registry.addOwner')} ${house.number}`}
                onClick={() => onAddOwner(house)}
                data-testid="house-add-owner"
              />
            </Tooltip>
            <Tooltip title={t('registry.addResident')}>
              <Button
                size="small"
                icon={<UsergroupAddOutlined />}
                aria-label={`${t('registry.addResident')} ${house.number}`}
                onClick={() => onAddResident(house)}
                data-testid="house-add-resident"
              />
            </Tooltip>
          </Space>
        ) : null,
    },
  ];

  return (
    <Table<Row>
      rowKey="id"
      size="small"
      bordered
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      rowClassName={(house) => (house.id === highlightId ? 'ant-table-row-selected' : '')}
      locale={{ emptyText: t('registry.noHouses') }}
    />
  );
}
