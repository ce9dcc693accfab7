import type { Executor } from '../../db/client';
import type { Caller } from '../auth/caller';
import { pathOf, pathRefs } from '../org/repository';
import { mayManage, myPeople } from '../volunteers/access';
import type { EntryRow } from './ledger';
import type * as repo from './repository';
import type { EntryResponse, RedemptionResponse, RewardResponse } from './schema';

export const presentEntry = (e: EntryRow): EntryResponse => ({
  id: e.id,
  communityId: e.communityId,
  personId: e.personId,
  kind: e.kind,
  points: e.points,
  balanceAfter: e.balanceAfter,
  causeId: e.causeId,
  note: e.note,
  byName: e.byName,
  createdAt: e.createdAt,
});

export async function presentRewards(
  db: Executor,
  caller: Caller,
  rows: repo.RewardRow[],
): Promise<RewardResponse[]> {
  const [refs, people] = await Promise.all([
    pathRefs(
      db,
      rows.map((r) => ({ path: r.nodePath, communityId: r.communityId })),
    ),
    myPeople(db, caller),
  ]);
  return rows.map((r) => {
    const actions: RewardResponse['actions'] = [];
    if (mayManage(caller, r.nodePath)) actions.push('update');
    if (r.active && (r.stock === null || r.stock > 0) && people.some((p) => p.communityId === r.communityId))
      actions.push('redeem');
    return {
      id: r.id,
      communityId: r.communityId,
      nodeId: r.nodeId,
      path: pathOf({ path: r.nodePath }, refs),
      name: r.name,
      description: r.description,
      cost: r.cost,
      stock: r.stock,
      active: r.active,
      actions,
    };
  });
}

export function presentRedemption(
  caller: Caller,
  r: repo.RedemptionRow,
  name: string,
  communityPath: string | null,
  balanceAfter: number | null = null,
): RedemptionResponse {
  return {
    id: r.id,
    communityId: r.communityId,
    rewardId: r.rewardId,
    rewardName: r.rewardName,
    personId: r.personId,
    name,
    cost: r.cost,
    status: r.status,
    createdAt: r.createdAt,
    deliveredAt: r.deliveredAt,
    balanceAfter,
    actions: r.status === 'requested' && communityPath && mayManage(caller, communityPath) ? ['deliver'] : [],
  };
}
