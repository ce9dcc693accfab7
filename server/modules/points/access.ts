import type { Executor } from '../../db/client';
import { notFound } from '../../http/errors';
import type { Caller, Scope } from '../auth/caller';
import { homesOf, permissionScope } from '../auth/permission-scope';
import { findNode } from '../org/repository';
import * as repo from './repository';

export const readScope = (db: Executor, caller: Caller) => permissionScope(db, caller, 'volunteer.read');

export async function rewardsVisibleTo(db: Executor, caller: Caller) {
  return repo.rewardsVisible(await readScope(db, caller), homesOf(caller));
}

export async function visibleReward(db: Executor, caller: Caller, id: number, lock = false) {
  const r = await repo.findReward(db, await rewardsVisibleTo(db, caller), id, lock);
  if (!r) throw notFound('reward');
  return r;
}

/** A person whose passbook the caller may read: staff holding their whole community. */
export async function passbookPerson(db: Executor, caller: Caller, personId: number) {
  const p = await repo.findPassbookPerson(db, await readScope(db, caller), personId);
  if (!p) throw notFound('person');
  return p;
}

/** A community the caller holds whole (for its passbooks, rules and redemptions), else 404. */
export async function wholeCommunity(db: Executor, scope: Scope, communityId: number) {
  if (!scope.fullCommunityIds.includes(communityId)) throw notFound('community');
  const node = await findNode(db, scope, communityId);
  if (!node || node.kind !== 'community') throw notFound('community');
  return node;
}
