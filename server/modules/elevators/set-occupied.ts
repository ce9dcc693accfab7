import type { Tx } from '../../db/client';
import type { Caller } from '../auth/caller';
import { act } from './act';
import * as repo from './repository';
import type { OccupiedBody } from './schema';
import { housesOfUnitOrRefuse } from './start-installation';

/**
 * Replaces the houses the elevator occupies when the plan moves before its notice (RULES.md §2): a house that stays
 * keeps its owner's consent, a house no longer touched loses it, a new one waits for its owner's.
 */
export const setOccupied = (tx: Tx, caller: Caller, id: number, body: OccupiedBody) =>
  act(tx, caller, id, 'set_occupied', async (ctx) => {
    const ids = [...new Set(body.houseIds)];
    const houses = await housesOfUnitOrRefuse(
      tx,
      { communityId: ctx.e.communityId, path: ctx.e.unitPath },
      ids,
      'body.houseIds',
    );
    await repo.dropOccupiedExcept(tx, ctx.e, ids);
    const known = new Set(ctx.occupied.map((o) => o.houseId));
    await repo.insertOccupied(
      tx,
      houses
        .filter((h) => !known.has(h.id))
        .map((h) => ({
          communityId: ctx.e.communityId,
          installationId: ctx.e.id,
          houseId: h.id,
          houseLabel: h.number,
        })),
    );
    return { detail: { before: [...known], houseIds: ids } };
  });
