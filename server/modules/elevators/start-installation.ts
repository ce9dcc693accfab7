import { can } from '../../../domain/auth/policy';
import { eligibility, type Eligibility } from '../../../domain/elevators/eligibility';
import type { Executor, Tx } from '../../db/client';
import { AppError, forbidden, invalid, notFound } from '../../http/errors';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { permissionScope } from '../auth/permission-scope';
import { appendAudit } from '../audit/repository';
import { findNode, type NodeRow } from '../org/repository';
import * as repo from './repository';
import type { CreateBody } from './schema';

/** The unit (404 out of scope, 400 when the node is not a unit) and its eligibility from the registry now. */
export async function unitEligibility(
  db: Executor,
  caller: Caller,
  unitId: number,
  field = 'querystring.unitId',
): Promise<{ unit: NodeRow & { communityId: number }; eligibility: Eligibility; runningId: number | null }> {
  const scope = await permissionScope(db, caller, 'elevator.read');
  const unit = await findNode(db, scope, unitId);
  if (!unit) throw notFound('unit');
  if (unit.kind !== 'unit' || unit.communityId === null)
    throw invalid([{ path: field, message: 'an elevator is retrofitted to a unit (单元)' }]);
  const building = unit.parentId !== null ? await findNode(db, scope, unit.parentId) : null;
  const running = await repo.runningOnUnit(db, unit.communityId, unit.id);
  return {
    unit: unit as NodeRow & { communityId: number },
    eligibility: eligibility(unit.attributes, building?.attributes ?? {}),
    runningId: running?.id ?? null,
  };
}

/** The houses named, all of the unit, else 400 on `field`. */
export async function housesOfUnitOrRefuse(
  tx: Tx,
  unit: { communityId: number; path: string },
  ids: number[],
  field: string,
) {
  const houses = await repo.housesOfUnit(tx, unit.communityId, unit.path, ids);
  if (houses.length !== ids.length)
    throw invalid([{ path: field, message: 'every occupied house must be a house of the unit' }]);
  return houses;
}

/**
 * Drafts a retrofit of an eligible unit (RULES.md §2) with the houses it occupies. Ineligible units and a second
 * running retrofit are refused with the reason.
 */
export async function startInstallation(
  tx: Tx,
  caller: Caller,
  body: CreateBody,
): Promise<repo.InstallationRow> {
  const { unit, eligibility: el, runningId } = await unitEligibility(tx, caller, body.unitId, 'body.unitId');
  if (!can(caller.grants, 'elevator.manage', unit.path)) throw forbidden('you may not start retrofits here');
  if (!el.eligible)
    throw invalid([{ path: 'body.unitId', message: `the unit is not eligible: ${el.reasons.join(', ')}` }]);
  if (runningId !== null)
    throw new AppError('conflict', `retrofit ${runningId} is still running on this unit`);
  const ids = [...new Set(body.occupiedHouseIds ?? [])];
  const houses = await housesOfUnitOrRefuse(tx, unit, ids, 'body.occupiedHouseIds');
  const e = await repo.insertInstallation(tx, {
    communityId: unit.communityId,
    unitId: unit.id,
    unitPath: unit.path,
    title: body.title,
    plan: body.plan,
    floors: el.floors!,
    createdByAccountId: caller.accountId,
    createdByName: caller.displayName,
  });
  await repo.insertOccupied(
    tx,
    houses.map((h) => ({
      communityId: e.communityId,
      installationId: e.id,
      houseId: h.id,
      houseLabel: h.number,
    })),
  );
  await appendAudit(tx, {
    communityId: e.communityId,
    actor: actorOf(caller),
    action: 'elevator.create',
    entityType: 'elevator_installation',
    entityId: e.id,
    after: { unitId: e.unitId, title: e.title, floors: e.floors, occupiedHouseIds: ids },
  });
  return e;
}
