import { can } from '../../../domain/auth/policy';
import type { Executor } from '../../db/client';
import { forbidden, notFound } from '../../http/errors';
import type { Caller } from '../auth/caller';
import { homesOf, permissionScope } from '../auth/permission-scope';
import * as repo from './repository';

export const readScope = (db: Executor, caller: Caller) => permissionScope(db, caller, 'project.read');

export const mayManage = (caller: Caller, path: string) => can(caller.grants, 'project.manage', path);

export function requireManager(caller: Caller, path: string) {
  if (!mayManage(caller, path)) throw forbidden('only those who run projects here may do this');
}

/** Staff by scope; residents the approved projects over their homes (公开: the compound sees its own projects). */
export async function projectsVisibleTo(db: Executor, caller: Caller) {
  return repo.projectsVisible(await readScope(db, caller), homesOf(caller));
}

/** A project the caller sees, else 404; `lock` takes it `for update` (every change and every ledger entry). */
export async function visibleProject(db: Executor, caller: Caller, id: number, lock = false) {
  const p = await repo.findProject(db, await projectsVisibleTo(db, caller), id, lock);
  if (!p) throw notFound('project');
  return p;
}

export async function visiblePartner(db: Executor, caller: Caller, id: number, lock = false) {
  const p = await repo.findPartner(db, repo.partnersIn(await readScope(db, caller)), id, lock);
  if (!p) throw notFound('partner unit');
  return p;
}
