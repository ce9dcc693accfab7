import { or } from 'drizzle-orm';
import { can } from '../../../domain/auth/policy';
import type { Executor } from '../../db/client';
import { forbidden, notFound } from '../../http/errors';
import type { Caller } from '../auth/caller';
import { permissionScope } from '../auth/permission-scope';
import * as repo from './repository';

export const readScope = (db: Executor, caller: Caller) => permissionScope(db, caller, 'patrol.read');

export async function visiblePlan(db: Executor, caller: Caller, id: number) {
  const p = await repo.findPlan(db, repo.plansIn(await readScope(db, caller)), id);
  if (!p) throw notFound('patrol plan');
  return p;
}

/** Patrols under the caller's patrol grants, and those they walk with as a co-patroller. */
export async function patrolsVisibleTo(db: Executor, caller: Caller) {
  return or(repo.patrolsIn(await readScope(db, caller)), repo.walkedWith(caller.accountId))!;
}

/** A patrol the caller sees, else 404; `lock` takes it `for update` for a step. */
export async function visiblePatrol(db: Executor, caller: Caller, id: number, lock = false) {
  const p = await repo.findPatrol(db, await patrolsVisibleTo(db, caller), id, lock);
  if (!p) throw notFound('patrol');
  return p;
}

export const mayWalk = (caller: Caller, path: string) => can(caller.grants, 'patrol.run', path);
export const mayPlan = (caller: Caller, path: string) => can(caller.grants, 'patrol.manage', path);

export function requirePlanner(caller: Caller, path: string) {
  if (!mayPlan(caller, path)) throw forbidden('only community and street staff set patrol plans');
}

/** The patrol's own steps are its leader's; co-patrollers walk along but the leader's phone records the round. */
export function requireLeader(caller: Caller, p: repo.PatrolRow) {
  if (p.leaderAccountId !== caller.accountId) throw forbidden('only the patrol’s leader records its steps');
}
