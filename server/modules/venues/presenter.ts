import { maskName } from '../../../domain/common/mask';
import type { Executor } from '../../db/client';
import type { Caller } from '../auth/caller';
import { pathOf, pathRefs } from '../org/repository';
import { mayManage } from './access';
import type * as repo from './repository';
import type { BookingResponse, RoomResponse, ServiceResponse, StationResponse } from './schema';

export async function presentStations(
  db: Executor,
  caller: Caller,
  rows: { station: repo.StationRow; rooms: number; services: number }[],
): Promise<StationResponse[]> {
  const refs = await pathRefs(
    db,
    rows.map((r) => ({ path: r.station.nodePath, communityId: r.station.communityId })),
  );
  return rows.map(({ station: s, rooms, services }) => ({
    id: s.id,
    communityId: s.communityId,
    nodeId: s.nodeId,
    path: pathOf({ path: s.nodePath }, refs),
    kind: s.kind,
    name: s.name,
    address: s.address,
    phone: s.phone,
    description: s.description,
    rooms,
    services,
    createdAt: s.createdAt,
    actions: mayManage(caller, s.nodePath) ? ['manage'] : [],
  }));
}

/** Residents book for themselves; staff who run the station book for its work. Everyone else only looks. */
export function presentRoom(
  caller: Caller,
  { room: r, stationName }: { room: repo.RoomRow; stationName: string },
): RoomResponse {
  const manage = mayManage(caller, r.nodePath);
  const resident = caller.grants.some((g) => g.role === 'resident' && g.communityId === r.communityId);
  return {
    id: r.id,
    communityId: r.communityId,
    stationId: r.stationId,
    stationName,
    kind: r.kind,
    name: r.name,
    capacity: r.capacity,
    openingHours: r.openingHours,
    active: r.active,
    createdAt: r.createdAt,
    actions: [
      ...(manage ? (['manage'] as const) : []),
      ...(r.active && (manage || resident) ? (['book'] as const) : []),
    ],
  };
}

export function presentBooking(
  caller: Caller,
  { booking: b, roomName, stationName }: { booking: repo.BookingRow; roomName: string; stationName: string },
  now = new Date(),
): BookingResponse {
  const mine = b.bookedByAccountId === caller.accountId;
  const manage = mayManage(caller, b.nodePath);
  return {
    id: b.id,
    communityId: b.communityId,
    roomId: b.roomId,
    roomName,
    stationId: b.stationId,
    stationName,
    startsAt: b.startsAt,
    endsAt: b.endsAt,
    attendees: b.attendees,
    purpose: b.purpose,
    status: b.status,
    bookedByName: mine || manage || b.bookerPersonId === null ? b.bookedByName : maskName(b.bookedByName),
    byResident: b.bookerPersonId !== null,
    createdAt: b.createdAt,
    cancelledAt: b.cancelledAt,
    cancelledByName: b.cancelledByName,
    actions: b.status === 'confirmed' && b.startsAt > now && (mine || manage) ? ['cancel'] : [],
  };
}

export function presentService(
  caller: Caller,
  r: { service: repo.ServiceRow; stationName: string; stationAddress: string },
): ServiceResponse {
  const s = r.service;
  return {
    id: s.id,
    communityId: s.communityId,
    stationId: s.stationId,
    stationName: r.stationName,
    stationAddress: r.stationAddress,
    name: s.name,
    department: s.department,
    location: s.location,
    hours: s.hours,
    materials: s.materials,
    onlineUrl: s.onlineUrl,
    selfService: s.selfService,
    active: s.active,
    updatedAt: s.updatedAt,
    actions: mayManage(caller, s.nodePath) ? ['manage'] : [],
  };
}
