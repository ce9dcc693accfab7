import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateRoom, type Room, type Station } from '../../../api/venues';
import { PageTitle } from '../../../shared/components/PageTitle';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { hasPermission } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';
import { placeLabel } from '../../votes/model';
import { CreateRoomModal } from '../components/CreateRoomModal';
import { CreateStationModal } from '../components/CreateStationModal';
import { hoursSummary } from '../model';
import { useRooms, useStations, useVenueMutation } from '../queries';

function StationRooms({ station, onAdd }: { station: Station; onAdd: () => void }) {
  const { t } = useTranslation();
  const rooms = useRooms(station.id);
  const toggle = useVenueMutation(updateRoom);
  const manage = station.actions.includes('manage');
  return (
    <Flex vertical gap="small">
      <Table<Room>
        size="small"
        rowKey="id"
        pagination={false}
        loading={rooms.isLoading}
        dataSource={rooms.items}
        data-testid="rooms-table"
        columns={[
          { title: t('venues.fields.name'), dataIndex: 'name' },
          { title: t('venues.fields.kind'), render: (_, r) => t(`venues.roomKinds.${r.kind}`) },
          { title: t('venues.fields.capacity'), dataIndex: 'capacity' },
          { title: t('venues.fields.hours'), render: (_, r) => hoursSummary(t, r.openingHours) },
          {
            title: t('venues.fields.status'),
            render: (_, r) =>
              manage ? (
                <Button size="small" onClick={() => toggle.mutate({ id: r.id, active: !r.active })}>
                  {t(r.active ? 'venues.rooms.close' : 'venues.rooms.open')}
                </Button>
              ) : (
                <Tag>{t(r.active ? 'venues.rooms.active' : 'venues.rooms.inactive')}</Tag>
              ),
          },
        ]}
      />
      {manage ? (
        <Button size="small" icon={<PlusOutlined />} onClick={onAdd} style={{ alignSelf: 'start' }}>
          {t('venues.rooms.create')}
        </Button>
      ) : null}
    </Flex>
  );
}

/** `/console/venues/stations`: the service stations in scope; a row opens its rooms and their hours. */
export default function StationsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [creating, setCreating] = useState(false);
  const [roomFor, setRoomFor] = useState<number | null>(null);
  const list = useStations();
  return (
    <>
      <PageTitle title={t('shell.menu.venueStations')} />
      {hasPermission(user, 'venue.manage') ? (
        <Flex justify="end" style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('venues.stations.create')}
          </Button>
        </Flex>
      ) : null}
      <CursorTable<Station>
        list={list}
        testId="stations-table"
        expandable={{ expandedRowRender: (s) => <StationRooms station={s} onAdd={() => setRoomFor(s.id)} /> }}
        columns={[
          { title: t('venues.fields.name'), dataIndex: 'name' },
          { title: t('venues.fields.kind'), render: (_, s) => t(`venues.stationKinds.${s.kind}`) },
          { title: t('venues.fields.where'), render: (_, s) => placeLabel(s.path) },
          { title: t('venues.fields.address'), dataIndex: 'address' },
          { title: t('venues.stations.rooms'), dataIndex: 'rooms' },
          { title: t('venues.stations.services'), dataIndex: 'services' },
        ]}
      />
      <CreateStationModal open={creating} onClose={() => setCreating(false)} />
      <CreateRoomModal stationId={roomFor} onClose={() => setRoomFor(null)} />
    </>
  );
}
