import { costProblems, shareCosts, toCents, toYuan } from '../../../domain/elevators/cost-sharing';
import type { Tx } from '../../db/client';
import { invalid } from '../../http/errors';
import type { Caller } from '../auth/caller';
import { act } from './act';
import * as repo from './repository';
import type { CostsBody } from './schema';

/**
 * Saves the cost-sharing table by floor (RULES.md §2): the weights are agreed, the households per floor come from
 * the registry, and the shares are computed here in whole cents so the table sums to the budget exactly.
 */
export const saveCosts = (tx: Tx, caller: Caller, id: number, body: CostsBody) =>
  act(tx, caller, id, 'save_costs', async ({ e }) => {
    const households = new Map(
      (await repo.householdsByFloor(tx, e.communityId, e.unitPath)).map((f) => [f.floor, f.households]),
    );
    const unknown = body.weights.findIndex((w) => !households.has(w.floor));
    if (unknown >= 0)
      throw invalid([{ path: `body.weights.${unknown}.floor`, message: 'no households on this floor' }]);
    const missing = [...households.keys()].filter((f) => !body.weights.some((w) => w.floor === f));
    if (missing.length)
      throw invalid([{ path: 'body.weights', message: `floors without a weight: ${missing.join(', ')}` }]);
    const budgetCents = toCents(body.budget);
    const floors = body.weights.map((w) => ({ ...w, households: households.get(w.floor)! }));
    const problems = costProblems(budgetCents, floors);
    if (Math.abs(body.budget * 100 - budgetCents) > 1e-6)
      problems.push({ field: 'budget', message: 'at most two decimals' });
    if (problems.length)
      throw invalid(problems.map((p) => ({ path: `body.${p.field}`, message: p.message })));
    const table = shareCosts(budgetCents, floors);
    await repo.replaceCosts(
      tx,
      e,
      table.map((f) => ({
        communityId: e.communityId,
        installationId: e.id,
        floor: f.floor,
        weight: f.weight,
        households: f.households,
        amount: toYuan(f.amountCents),
        perHousehold: f.perHouseholdCents.map(toYuan),
      })),
    );
    return {
      patch: { budget: toYuan(budgetCents) },
      detail: {
        budget: toYuan(budgetCents),
        floors: table.map((f) => [f.floor, f.weight, toYuan(f.amountCents)]),
      },
    };
  });

export const complete = (tx: Tx, caller: Caller, id: number) => act(tx, caller, id, 'complete');
export const cancel = (tx: Tx, caller: Caller, id: number) => act(tx, caller, id, 'cancel');
