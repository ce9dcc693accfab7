import {
  HomeOutlined,
  PlusOutlined,
  QrcodeOutlined,
  SwapOutlined,
  UserSwitchOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Button, Card, Empty, Flex, Skeleton, Space, Statistic, Tag, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { OrgNode, PathItem } from '../../../api/org';
import type { House, Resident } from '../../../api/registry';
import { PageTitle } from '../../../shared/components/PageTitle';
import { LoadMore } from '../../../shared/cursor/LoadMore';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { hasPermission } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';
import { HouseFormModal, type HouseFormTarget } from '../components/HouseFormModal';
import { HousePlace, PlaceBreadcrumb } from '../components/HousePlace';
import { HouseTable } from '../components/HouseTable';
import { MoveOutModal } from '../components/MoveOutModal';
import { OwnerModal } from '../components/OwnerModal';
import { ResidentModal } from '../components/ResidentModal';
import { groupHouses } from '../places';
import { useHouseList, useUnits } from '../queries';

type Dialog =
  | { kind: 'house'; target: HouseFormTarget }
  | { kind: 'owner'; house: House }
  | { kind: 'resident'; house: House }
  | { kind: 'moveOut'; resident: Resident };

const pathItem = ({ id, kind, name }: OrgNode | PathItem): PathItem => ({ id, kind, name });

/** `/console/registry/places/:placeId`: a building's (or one unit's) houses by unit and floor. */
export default function BuildingPage() {
  return <HousePlace render={(place) => <PlaceHouses key={place.id} place={place} />} />;
}

function PlaceHouses({ place }: { place: OrgNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { token } = theme.useToken();
  const user = useCurrentUser();
  const [params] = useSearchParams();
  const highlightId = Number(params.get('house')) || undefined;
  const isBuilding = place.kind === 'building';
  const units = useUnits(place.id, isBuilding);
  const list = useHouseList(place.id);
  const [dialog, setDialog] = useState<Dialog | null>(null);

  const places = isBuilding && units.data?.length ? units.data.map(pathItem) : [pathItem(place)];
  const groups = groupHouses(list.items, places);
  const residents = list.items.flatMap((house) => house.residents).filter((r) => r.movedOutOn === null);
  const awaiting = residents.filter((r) => ['pending', 'overdue'].includes(r.registration.status)).length;
  const canCreate = hasPermission(user, 'registry.manage') && !(isBuilding && units.isPending);

  const handlers = {
    onEdit: (house: House) => setDialog({ kind: 'house', target: { mode: 'edit', house } }),
    onAddOwner: (house: House) => setDialog({ kind: 'owner', house }),
    onAddResident: (house: House) => setDialog({ kind: 'resident', house }),
    onMoveOut: (resident: Resident) => setDialog({ kind: 'moveOut', resident }),
  };
  const close = () => setDialog(null);

  return (
    <>
      <PlaceBreadcrumb place={place} />
      <PageTitle
        title={
          <Space wrap>
            <HomeOutlined />
            {place.name}
            <Tag color="blue">{t(`kinds.${place.kind}`)}</Tag>
          </Space>
        }
        extra={
          <>
            <Button
              icon={<QrcodeOutlined />}
              onClick={() => void navigate(`/console/registry/places/${place.id}/invitations`)}
              data-testid="building-invitations"
            >
              {t('registry.invitations.button')}
            </Button>
            <Button
              icon={<UserSwitchOutlined />}
              onClick={() => void navigate(`/console/registry/places/${place.id}/binding-requests`)}
              data-testid="building-binding-requests"
            >
              {t('registry.bindingRequests.button')}
            </Button>
            <Button
              icon={<WarningOutlined />}
              onClick={() => void navigate(`/console/registry/overdue?placeId=${place.id}`)}
            >
              {t('shell.menu.overdue')}
            </Button>
            {hasPermission(user, 'registry.manage') ? (
              <Button
                icon={<SwapOutlined />}
                onClick={() => void navigate(`/console/registry/import?placeId=${place.id}`)}
                data-testid="registry-import-open"
              >
                {t('registryImport.button')}
              </Button>
            ) : null}
            {canCreate ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() =>
                  setDialog({
                    kind: 'house',
                    target: { mode: 'create', places, placeId: places[0]?.id ?? place.id },
                  })
                }
                data-testid="house-create"
              >
                {t('registry.createHouse')}
              </Button>
            ) : null}
          </>
        }
      />
      <Flex gap="large" wrap style={{ marginBottom: 16 }}>
        <Statistic title={t('registry.houseCount')} value={list.items.length} />
        <Statistic title={t('registry.residentCount')} value={residents.length} />
        <Statistic
          title={t('registry.awaitingCount')}
          value={awaiting}
          styles={{ content: awaiting > 0 ? { color: token.colorError } : undefined }}
        />
      </Flex>
      {list.error && !list.isFetching ? <ErrorAlert error={list.error} onRetry={list.refetch} /> : null}
      {units.error ? <ErrorAlert error={units.error} onRetry={() => void units.refetch()} /> : null}
      <div data-testid="building-houses">
        {list.isLoading || units.isLoading ? <Skeleton active /> : null}
        {!list.isLoading && groups.length === 0 ? <Empty description={t('registry.noHouses')} /> : null}
        <Flex vertical gap="middle">
          {list.isLoading
            ? null
            : groups.map((group) => (
                <Card
                  key={group.place.id}
                  size="small"
                  title={group.place.id === place.id ? place.name : group.place.name}
                  extra={t('registry.housesInPlace', {
                    count: group.floors.reduce((sum, floor) => sum + floor.houses.length, 0),
                  })}
                  styles={{ body: { padding: 0, overflowX: 'auto' } }}
                  data-testid="building-unit"
                >
                  <HouseTable floors={group.floors} highlightId={highlightId} {...handlers} />
                </Card>
              ))}
        </Flex>
        <LoadMore list={list} />
      </div>
      <HouseFormModal target={dialog?.kind === 'house' ? dialog.target : null} onClose={close} />
      {dialog?.kind === 'owner' ? <OwnerModal house={dialog.house} onClose={close} /> : null}
      {dialog?.kind === 'resident' ? <ResidentModal house={dialog.house} onClose={close} /> : null}
      {dialog?.kind === 'moveOut' ? <MoveOutModal resident={dialog.resident} onClose={close} /> : null}
    </>
  );
}
