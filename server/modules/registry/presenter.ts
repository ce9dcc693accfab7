import { registrationStatus } from '../../../domain/registry/residence-registration';
import { startOfLocalDay } from '../../../domain/common/local-date';
import type { Executor } from '../../db/client';
import { pathOf, pathRefs, type NodeRef } from '../org/repository';
import * as repo from './repository';
import type { HouseResponse } from './schema';

/** Only tenants and other non-family residents need a residence registration (RULES.md §3). */
const REGISTERED_RELATIONS = new Set(['tenant', 'other']);

export function registrationOf(
  r: repo.ResidenceRow,
  now: Date,
  timeZone: string,
): HouseResponse['residents'][number]['registration'] {
  if (!REGISTERED_RELATIONS.has(r.relation))
    return { status: 'not_required', deadline: null, daysOverdue: null, registeredAt: null };
  const s = registrationStatus(
    {
      kind: r.stayKind,
      movedInAt: startOfLocalDay(r.movedInOn, timeZone),
      movedOutAt: r.movedOutOn ? startOfLocalDay(r.movedOutOn, timeZone) : null,
      registeredAt: r.registeredAt,
      now,
    },
    { timeZone },
  );
  return {
    status: s.status,
    deadline: s.status === 'exempt' ? null : s.deadline,
    daysOverdue: s.status === 'overdue' ? s.daysOverdue : null,
    registeredAt: r.registeredAt,
  };
}

/** "怡枫园 1栋 1单元 101": the house's places below the community, then its number. */
export function houseLabel(h: repo.HouseRow, refs: Map<number, NodeRef>): string {
  const places = pathOf({ path: h.placePath }, refs).filter(
    (r) => r.kind !== 'district' && r.kind !== 'street' && r.kind !== 'community',
  );
  return [...places.map((p) => p.name), h.number].join(' ');
}

export async function houseRefs(db: Executor, houses: repo.HouseRow[]) {
  return pathRefs(
    db,
    houses.map((h) => ({ path: h.placePath, communityId: h.communityId })),
  );
}

export async function presentHouses(
  db: Executor,
  houses: repo.HouseRow[],
  opts: { canUpdate: (h: repo.HouseRow) => boolean; timeZone: string },
): Promise<HouseResponse[]> {
  const [refs, owners, residents] = await Promise.all([
    houseRefs(db, houses),
    repo.ownersOf(db, houses),
    repo.residentsOf(db, houses),
  ]);
  const now = new Date();
  return houses.map((h) => ({
    id: h.id,
    communityId: h.communityId,
    placeId: h.placeId,
    path: pathOf({ path: h.placePath }, refs),
    number: h.number,
    floor: h.floor,
    area: h.area,
    areaSource: h.areaSource,
    use: h.use,
    occupancy: h.occupancy,
    developerHeld: h.developerHeld,
    owners: owners
      .filter((o) => o.houseId === h.id)
      .map(({ personId, name, idNumberMasked }) => ({ personId, name, idNumberMasked })),
    residents: residents
      .filter((r) => r.residence.houseId === h.id)
      .map(({ residence: r, name }) => ({
        residenceId: r.id,
        personId: r.personId,
        name,
        relation: r.relation,
        stayKind: r.stayKind,
        movedInOn: r.movedInOn,
        movedOutOn: r.movedOutOn,
        registration: registrationOf(r, now, opts.timeZone),
      })),
    actions: opts.canUpdate(h) ? ['update' as const] : [],
  }));
}
