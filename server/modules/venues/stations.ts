import { openingProblems } from '../../../domain/venues/rules';
import type { Tx } from '../../db/client';
import { invalid, notFound } from '../../http/errors';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { appendAudit } from '../audit/repository';
import { findNode } from '../org/repository';
import { requireManager, visibleRoom, visibleStation } from './access';
import * as repo from './repository';
import type { RoomBody, RoomPatch, StationBody, StationPatch } from './schema';

const audit = (
  tx: Tx,
  caller: Caller,
  row: { communityId: number; id: number },
  action: string,
  change: { before?: Record<string, unknown>; after?: Record<string, unknown> },
) =>
  appendAudit(tx, {
    communityId: row.communityId,
    actor: actorOf(caller),
    action: `venue.${action}`,
    entityType: action.startsWith('room') ? 'venue_room' : 'venue_station',
    entityId: row.id,
    ...change,
  });

/** A station serves a compound or a community as a whole; its community keeps it (the tenant). */
export async function createStation(tx: Tx, caller: Caller, body: StationBody) {
  const node = await findNode(tx, caller.scope, body.nodeId);
  if (!node) throw notFound('node');
  if ((node.kind !== 'compound' && node.kind !== 'community') || node.communityId === null)
    throw invalid([{ path: 'body.nodeId', message: 'a service station serves a compound or a community' }]);
  requireManager(caller, node.path);
  const s = await repo.insertStation(tx, {
    communityId: node.communityId,
    nodeId: node.id,
    nodePath: node.path,
    kind: body.kind,
    name: body.name,
    address: body.address,
    phone: body.phone ?? null,
    description: body.description ?? null,
  });
  await audit(tx, caller, s, 'station_create', { after: { nodeId: s.nodeId, kind: s.kind, name: s.name } });
  return s;
}

export async function updateStation(tx: Tx, caller: Caller, id: number, patch: StationPatch) {
  const s = await visibleStation(tx, caller, id);
  requireManager(caller, s.nodePath);
  const after = await repo.updateStation(tx, s, patch);
  await audit(tx, caller, s, 'station_update', repo.changeOf<repo.StationRow>(patch, s, after));
  return after;
}

function checkHours(hours: RoomBody['openingHours'] | undefined) {
  const problems = hours ? openingProblems(hours) : [];
  if (problems.length) throw invalid(problems.map((p) => ({ path: `body.${p.field}`, message: p.message })));
}

export async function createRoom(tx: Tx, caller: Caller, body: RoomBody) {
  const s = await visibleStation(tx, caller, body.stationId);
  requireManager(caller, s.nodePath);
  checkHours(body.openingHours);
  const r = await repo.insertRoom(tx, {
    communityId: s.communityId,
    stationId: s.id,
    nodePath: s.nodePath,
    kind: body.kind,
    name: body.name,
    capacity: body.capacity,
    openingHours: body.openingHours,
  });
  await audit(tx, caller, r, 'room_create', {
    after: {
      stationId: s.id,
      kind: r.kind,
      name: r.name,
      capacity: r.capacity,
      openingHours: r.openingHours,
    },
  });
  return { room: r, stationName: s.name };
}

/** Changing the hours or capacity leaves existing bookings alone; staff cancel any that no longer fit. */
export async function updateRoom(tx: Tx, caller: Caller, id: number, patch: RoomPatch) {
  const { room: r, stationName } = await visibleRoom(tx, caller, id, true);
  requireManager(caller, r.nodePath);
  checkHours(patch.openingHours);
  const after = await repo.updateRoom(tx, r, patch);
  await audit(tx, caller, r, 'room_update', repo.changeOf<repo.RoomRow>(patch, r, after));
  return { room: after, stationName };
}
