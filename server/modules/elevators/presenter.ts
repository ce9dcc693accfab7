import { defaultWeights } from '../../../domain/elevators/cost-sharing';
import { DEFAULT_PLAN_NOTICE_DAYS, elevatorMachine } from '../../../domain/elevators/machine';
import type { Executor } from '../../db/client';
import type { Caller } from '../auth/caller';
import { pathOf, pathRefs } from '../org/repository';
import { voteOutcome } from '../votes/deciding-vote';
import type { InstallationContext } from './access';
import * as repo from './repository';
import type { InstallationResponse, InstallationSummary } from './schema';

/** From the community down to the unit. */
const below = (refs: Awaited<ReturnType<typeof pathRefs>>, path: string) =>
  pathOf({ path }, refs).filter((r) => r.kind !== 'district' && r.kind !== 'street');

export async function presentSummaries(
  db: Executor,
  rows: repo.InstallationRow[],
): Promise<InstallationSummary[]> {
  const refs = await pathRefs(
    db,
    rows.map((e) => ({ path: e.unitPath, communityId: e.communityId })),
  );
  return rows.map((e) => ({
    id: e.id,
    communityId: e.communityId,
    unitId: e.unitId,
    place: below(refs, e.unitPath),
    title: e.title,
    status: e.status,
    floors: e.floors,
    createdByName: e.createdByName,
    createdAt: e.createdAt,
  }));
}

/**
 * A floor's weight: the saved table's, else the default by its rank among the unit's floors (the lowest floor pays
 * nothing), so the form opens on a sensible table.
 */
async function suggested(db: Executor, e: repo.InstallationRow, saved: repo.CostRow[]) {
  const floors = await repo.householdsByFloor(db, e.communityId, e.unitPath);
  const defaults = defaultWeights(floors.length);
  const savedWeight = new Map(saved.map((r) => [r.floor, r.weight]));
  return floors.map((f, i) => ({ ...f, weight: savedWeight.get(f.floor) ?? defaults[i]! }));
}

export async function presentInstallation(
  db: Executor,
  caller: Caller,
  ctx: InstallationContext,
): Promise<InstallationResponse> {
  const { e } = ctx;
  const [[summary], vote, costs] = await Promise.all([
    presentSummaries(db, [e]),
    voteOutcome(db, caller, e.voteId),
    repo.costRows(db, e),
  ]);
  return {
    ...summary!,
    plan: e.plan,
    vote,
    occupied: ctx.occupied.map((o) => ({
      houseId: o.houseId,
      houseLabel: o.houseLabel,
      consentedAt: o.consentedAt,
      channel: o.consentChannel,
      byName: o.consentByName,
    })),
    notice: ctx.notice,
    noticeDays: e.noticeDays ?? DEFAULT_PLAN_NOTICE_DAYS,
    costs:
      e.budget !== null
        ? {
            budget: e.budget,
            total: costs.reduce((s, r) => s + Math.round(r.amount * 100), 0) / 100,
            rows: costs.map((r) => ({
              floor: r.floor,
              weight: r.weight,
              households: r.households,
              amount: r.amount,
              perHousehold: r.perHousehold,
            })),
          }
        : null,
    suggestedWeights: await suggested(db, e, costs),
    myPendingHouseIds: ctx.myPendingHouseIds,
    actions: elevatorMachine.allowed(ctx.facts, ctx.relations),
  };
}
