import type { Tx } from '../../db/client';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { appendAudit } from '../audit/repository';
import { requireManager, visibleService, visibleStation } from './access';
import * as repo from './repository';
import type { ServiceBody, ServicePatch } from './schema';

/** An entry of the service guide (办事指南) of a station, kept by those who run the station. */
export async function createService(tx: Tx, caller: Caller, body: ServiceBody) {
  const s = await visibleStation(tx, caller, body.stationId);
  requireManager(caller, s.nodePath);
  const item = await repo.insertService(tx, {
    communityId: s.communityId,
    stationId: s.id,
    nodePath: s.nodePath,
    name: body.name,
    department: body.department,
    location: body.location ?? null,
    hours: body.hours ?? null,
    materials: body.materials,
    onlineUrl: body.onlineUrl ?? null,
    selfService: body.selfService,
  });
  await appendAudit(tx, {
    communityId: item.communityId,
    actor: actorOf(caller),
    action: 'venue.service_create',
    entityType: 'service_item',
    entityId: item.id,
    after: { stationId: s.id, name: item.name, department: item.department, selfService: item.selfService },
  });
  return { service: item, stationName: s.name, stationAddress: s.address };
}

/** Edits or withdraws (`active: false`) an entry; a withdrawn entry leaves residents' search but stays on record. */
export async function updateService(tx: Tx, caller: Caller, id: number, patch: ServicePatch) {
  const row = await visibleService(tx, caller, id, true);
  requireManager(caller, row.service.nodePath);
  const after = await repo.updateService(tx, row.service, patch);
  await appendAudit(tx, {
    communityId: after.communityId,
    actor: actorOf(caller),
    action: 'venue.service_update',
    entityType: 'service_item',
    entityId: after.id,
    ...repo.changeOf<repo.ServiceRow>(patch, row.service, after),
  });
  return { ...row, service: after };
}
