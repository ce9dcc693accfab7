import type { Tx } from '../../db/client';
import { AppError, invalid, notFound } from '../../http/errors';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { appendAudit } from '../audit/repository';
import { findNode } from '../org/repository';
import { myPersonIn, requireManager } from '../volunteers/access';
import { findPerson } from '../volunteers/repository';
import { readScope, visibleReward } from './access';
import { appendEntry } from './ledger';
import * as repo from './repository';
import type { RewardBody, RewardPatch } from './schema';

export async function createReward(tx: Tx, caller: Caller, body: RewardBody) {
  const node = await findNode(tx, caller.scope, body.nodeId);
  if (!node) throw notFound('node');
  if ((node.kind !== 'compound' && node.kind !== 'community') || node.communityId === null)
    throw invalid([{ path: 'body.nodeId', message: 'rewards are offered at a compound or in a community' }]);
  requireManager(caller, node.path);
  const r = await repo.insertReward(tx, {
    communityId: node.communityId,
    nodeId: node.id,
    nodePath: node.path,
    name: body.name,
    description: body.description ?? null,
    cost: body.cost,
    stock: body.stock ?? null,
  });
  await appendAudit(tx, {
    communityId: r.communityId,
    actor: actorOf(caller),
    action: 'points.reward_create',
    entityType: 'points_reward',
    entityId: r.id,
    after: { nodeId: r.nodeId, name: r.name, cost: r.cost, stock: r.stock },
  });
  return r;
}

export async function updateReward(tx: Tx, caller: Caller, id: number, patch: RewardPatch) {
  const r = await visibleReward(tx, caller, id, true);
  requireManager(caller, r.nodePath);
  const after = await repo.updateReward(tx, r, {
    ...(patch.active !== undefined ? { active: patch.active } : {}),
    ...(patch.stock !== undefined ? { stock: patch.stock } : {}),
  });
  await appendAudit(tx, {
    communityId: r.communityId,
    actor: actorOf(caller),
    action: 'points.reward_update',
    entityType: 'points_reward',
    entityId: r.id,
    before: { active: r.active, stock: r.stock },
    after: { active: after.active, stock: after.stock },
  });
  return after;
}

/**
 * Redeems a reward: a resident for themselves, or staff for a person of the community at the desk. The reward is
 * locked for its stock and the person's balance for the points; not enough points is a 409 and nothing changes.
 */
export async function redeem(tx: Tx, caller: Caller, rewardId: number, personId?: number) {
  const r = await visibleReward(tx, caller, rewardId, true);
  let who: { id: number; name: string };
  if (personId !== undefined) {
    requireManager(caller, r.nodePath);
    const p = await findPerson(tx, r.communityId, personId);
    if (!p) throw invalid([{ path: 'body.personId', message: "not a resident of the reward's community" }]);
    who = p;
  } else who = await myPersonIn(tx, caller, r.communityId);
  if (!r.active) throw new AppError('wrong_state', 'this reward is no longer offered');
  if (r.stock !== null && r.stock < 1) throw new AppError('conflict', 'this reward is out of stock');
  const redemption = await repo.insertRedemption(tx, {
    communityId: r.communityId,
    rewardId: r.id,
    personId: who.id,
    rewardName: r.name,
    cost: r.cost,
  });
  const entry = await appendEntry(tx, {
    communityId: r.communityId,
    personId: who.id,
    kind: 'redemption',
    points: -r.cost,
    causeId: redemption.id,
    note: r.name,
    by: { accountId: caller.accountId, name: caller.displayName },
  });
  if (r.stock !== null) await repo.updateReward(tx, r, { stock: r.stock - 1 });
  await appendAudit(tx, {
    communityId: r.communityId,
    actor: actorOf(caller),
    action: 'points.redeem',
    entityType: 'points_redemption',
    entityId: redemption.id,
    after: { rewardId: r.id, personId: who.id, cost: r.cost, balance: entry.balanceAfter },
  });
  return { redemption, name: who.name, balanceAfter: entry.balanceAfter };
}

/** Staff hand the reward over and mark it delivered. */
export async function deliver(tx: Tx, caller: Caller, id: number) {
  const found = await repo.findRedemption(tx, await readScope(tx, caller), id, true);
  if (!found) throw notFound('redemption');
  const reward = await visibleReward(tx, caller, found.redemption.rewardId);
  requireManager(caller, reward.nodePath);
  if (found.redemption.status !== 'requested') throw new AppError('wrong_state', 'already delivered');
  const after = await repo.updateRedemption(tx, found.redemption, {
    status: 'delivered',
    deliveredAt: new Date(),
    deliveredByName: caller.displayName,
  });
  await appendAudit(tx, {
    communityId: after.communityId,
    actor: actorOf(caller),
    action: 'points.deliver',
    entityType: 'points_redemption',
    entityId: after.id,
    before: { status: 'requested' },
    after: { status: 'delivered' },
  });
  return { redemption: after, name: found.name };
}
