import { can } from '../../../domain/auth/policy';
import {
  conventionMachine,
  type ConventionAction,
  type ConventionRelation,
} from '../../../domain/conventions/machine';
import type { Executor } from '../../db/client';
import { AppError, notFound } from '../../http/errors';
import type { Caller } from '../auth/caller';
import { homesOf, permissionScope } from '../auth/permission-scope';
import * as repo from './repository';

/** Staff through `convention.read` over its place; residents under it once it is out of draft. */
export async function conventionsVisibleTo(db: Executor, caller: Caller) {
  return repo.conventionsVisible(await permissionScope(db, caller, 'convention.read'), homesOf(caller));
}

export async function visibleConvention(db: Executor, caller: Caller, id: number, lock = false) {
  const c = await repo.findConvention(db, await conventionsVisibleTo(db, caller), id, lock);
  if (!c) throw notFound('convention');
  return c;
}

export interface ConventionContext {
  c: repo.ConventionRow;
  /** The caller's first home under the convention's place: the household their signature counts for. */
  home: { id: number; placePath: string } | null;
  signedAt: Date | null;
  relations: Set<ConventionRelation>;
}

export async function contextOf(
  db: Executor,
  caller: Caller,
  c: repo.ConventionRow,
): Promise<ConventionContext> {
  // One after another: inside a transaction they share one connection.
  const homes = await repo.homesUnder(db, c, caller.accountId);
  const signature = await repo.signatureOf(db, c, caller.accountId);
  const relations = new Set<ConventionRelation>();
  if (can(caller.grants, 'convention.manage', c.nodePath)) relations.add('manager');
  if (homes.length && !signature) relations.add('unsigned_resident');
  return { c, home: homes[0] ?? null, signedAt: signature?.signedAt ?? null, relations };
}

export function requireAction(ctx: ConventionContext, action: ConventionAction) {
  const refusal = conventionMachine.refuse(action, ctx.c, ctx.relations);
  if (refusal) throw new AppError(refusal.code, refusal.message);
}
