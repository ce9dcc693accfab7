import { can } from '../../../domain/auth/policy';
import type { Executor } from '../../db/client';
import { forbidden, invalid, notFound } from '../../http/errors';
import type { Caller } from '../auth/caller';
import { homesOf, permissionScope } from '../auth/permission-scope';
import { findNode, type NodeRow } from '../org/repository';
import * as repo from './repository';

/** The notices a caller sees (staff by `notice.read`, residents under their homes), as one SQL condition. */
export async function noticesVisibleTo(db: Executor, caller: Caller, now = new Date()) {
  return repo.noticesVisible(await permissionScope(db, caller, 'notice.read'), homesOf(caller), now);
}

export async function visibleNotice(db: Executor, caller: Caller, id: number, lock = false) {
  const n = await repo.findNotice(db, await noticesVisibleTo(db, caller), id, lock);
  if (!n) throw notFound('notice');
  return n;
}

export const mayManageNotice = (caller: Caller, n: Pick<repo.NoticeRow, 'nodePath'>) =>
  can(caller.grants, 'notice.manage', n.nodePath);

/** A resident whose home lies under the notice's audience (staff read it, but object as residents only). */
export const isAudience = (caller: Caller, n: Pick<repo.NoticeRow, 'communityId' | 'nodePath'>) =>
  caller.grants.some(
    (g) => g.role === 'resident' && g.communityId === n.communityId && g.path.startsWith(n.nodePath),
  );

const AUDIENCE_KINDS = new Set(['community', 'compound', 'building', 'unit']);

/** The node a notice is posted to: one the caller sees (else 404) and may post under (else 403). */
export async function audienceNode(db: Executor, caller: Caller, nodeId: number, field: string) {
  const node = await findNode(db, caller.scope, nodeId);
  if (!node) throw notFound('node');
  if (!AUDIENCE_KINDS.has(node.kind) || node.communityId === null)
    throw invalid([{ path: field, message: 'a community, compound, building or unit' }]);
  if (!can(caller.grants, 'notice.manage', node.path)) throw forbidden('you may not post notices here');
  return node as NodeRow & { communityId: number };
}
