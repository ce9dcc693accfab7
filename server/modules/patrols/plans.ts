import { randomBytes } from 'node:crypto';
import { checklistProblems, defaultChecklist, type ChecklistItem } from '../../../domain/patrols/checklists';
import { pointCodeFrom } from '../../../domain/patrols/patrol';
import {
  DEFAULT_BUILDING_ROUNDS,
  DEFAULT_GRID_ROUNDS,
  windowProblems,
  type RoundWindow,
} from '../../../domain/patrols/rounds';
import { localDate } from '../../../domain/common/local-date';
import type { Tx } from '../../db/client';
import { invalid, notFound, type FieldError } from '../../http/errors';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { appendAudit } from '../audit/repository';
import { eventCategory } from '../../db/schema';
import { findGrid } from '../grids/repository';
import { findNode } from '../org/repository';
import { requirePlanner, visiblePlan } from './access';
import * as repo from './repository';
import type { PlanBody, PlanPatch } from './schema';

async function problemsOf(
  tx: Tx,
  windows: readonly RoundWindow[] | undefined,
  checklist: readonly ChecklistItem[] | undefined,
) {
  const fields: FieldError[] = [];
  const at = (base: string, i: number) => (i < 0 ? base : `${base}.${i}`);
  if (windows)
    for (const [i, message] of windowProblems(windows)) fields.push({ path: at('body.windows', i), message });
  if (checklist) {
    for (const [i, message] of checklistProblems(checklist))
      fields.push({ path: at('body.checklist', i), message });
    const known = new Set(
      (await tx.select({ code: eventCategory.code }).from(eventCategory)).map((c) => c.code),
    );
    checklist.forEach((item, i) => {
      if (item.categoryCode && !known.has(item.categoryCode))
        fields.push({ path: `body.checklist.${i}.categoryCode`, message: 'not an events category' });
    });
  }
  if (fields.length) throw invalid(fields);
}

/** A grid's plan hangs on its community; a building's on the building. Staff of the community or street set them. */
export async function createPlan(tx: Tx, caller: Caller, body: PlanBody, timeZone: string) {
  let target: { communityId: number; path: string; gridId: number | null; buildingId: number | null };
  if (body.scope === 'grid') {
    if (body.gridId === undefined || body.buildingId !== undefined)
      throw invalid([{ path: 'body.gridId', message: 'a grid plan names its grid, and no building' }]);
    const g = await findGrid(tx, caller.scope, body.gridId);
    if (!g) throw notFound('grid');
    const community = await findNode(tx, caller.scope, g.communityId);
    if (!community) throw notFound('grid');
    target = { communityId: g.communityId, path: community.path, gridId: g.id, buildingId: null };
  } else {
    if (body.buildingId === undefined || body.gridId !== undefined)
      throw invalid([
        { path: 'body.buildingId', message: 'a building plan names its building, and no grid' },
      ]);
    const b = await findNode(tx, caller.scope, body.buildingId);
    if (!b) throw notFound('building');
    if (b.kind !== 'building' || b.communityId === null)
      throw invalid([{ path: 'body.buildingId', message: 'not a building' }]);
    target = { communityId: b.communityId, path: b.path, gridId: null, buildingId: b.id };
  }
  requirePlanner(caller, target.path);
  const windows = body.windows ?? [
    ...(body.scope === 'grid' ? DEFAULT_GRID_ROUNDS : DEFAULT_BUILDING_ROUNDS),
  ];
  const checklist = body.checklist ?? [...defaultChecklist(body.scope)];
  await problemsOf(tx, windows, checklist);
  const activeFrom = body.activeFrom ?? localDate(new Date(), timeZone);
  if (body.activeTo && body.activeTo < activeFrom)
    throw invalid([{ path: 'body.activeTo', message: 'ends before it starts' }]);
  const p = await repo.insertPlan(tx, {
    communityId: target.communityId,
    scope: body.scope,
    gridId: target.gridId,
    buildingId: target.buildingId,
    nodePath: target.path,
    name: body.name,
    windows,
    checklist,
    activeFrom,
    activeTo: body.activeTo ?? null,
  });
  await appendAudit(tx, {
    communityId: p.communityId,
    actor: actorOf(caller),
    action: 'patrol.plan_create',
    entityType: 'patrol_plan',
    entityId: p.id,
    after: { scope: p.scope, gridId: p.gridId, buildingId: p.buildingId, name: p.name, windows, checklist },
  });
  return p;
}

export async function updatePlan(tx: Tx, caller: Caller, id: number, patch: PlanPatch) {
  const before = await visiblePlan(tx, caller, id);
  requirePlanner(caller, before.nodePath);
  await problemsOf(tx, patch.windows, patch.checklist);
  if (patch.activeTo && patch.activeTo < before.activeFrom)
    throw invalid([{ path: 'body.activeTo', message: 'ends before the plan starts' }]);
  const changes = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  const after = await repo.updatePlan(tx, before, changes);
  await appendAudit(tx, {
    communityId: after.communityId,
    actor: actorOf(caller),
    action: 'patrol.plan_update',
    entityType: 'patrol_plan',
    entityId: after.id,
    before: Object.fromEntries(Object.keys(changes).map((k) => [k, before[k as keyof repo.PlanRow]])),
    after: changes,
  });
  return after;
}

/** A point at a compound or building, with a fresh code to print on its plate. */
export async function createPoint(
  tx: Tx,
  caller: Caller,
  body: { placeId: number; name?: string | undefined; lat?: number | undefined; lng?: number | undefined },
) {
  const node = await findNode(tx, caller.scope, body.placeId);
  if (!node) throw notFound('place');
  if (
    node.communityId === null ||
    (node.kind !== 'compound' && node.kind !== 'building' && node.kind !== 'unit')
  )
    throw invalid([{ path: 'body.placeId', message: 'a point is at a compound, building or unit' }]);
  requirePlanner(caller, node.path);
  const pt = await repo.insertPoint(tx, {
    communityId: node.communityId,
    placeId: node.id,
    placePath: node.path,
    name: body.name ?? node.name,
    code: pointCodeFrom(randomBytes(8)),
    lat: body.lat ?? null,
    lng: body.lng ?? null,
  });
  await appendAudit(tx, {
    communityId: pt.communityId,
    actor: actorOf(caller),
    action: 'patrol.point_create',
    entityType: 'patrol_point',
    entityId: pt.id,
    after: { placeId: pt.placeId, name: pt.name },
  });
  return pt;
}
