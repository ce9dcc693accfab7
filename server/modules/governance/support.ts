// What the governance use cases share: the place a request is about, labels, cursors and the audit row.
import { z } from 'zod';
import { can } from '../../../domain/auth/policy';
import type { Permission } from '../../../domain/auth/roles';
import type { Executor, Tx } from '../../db/client';
import { forbidden, invalid, notFound } from '../../http/errors';
import { page } from '../../http/pagination';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { appendAudit } from '../audit/repository';
import { findNode, pathOf, pathRefs, type NodeRow } from '../org/repository';

export const cursorShape = z.object({ id: z.number() });

/** A compound or building in the caller's scope (else 404) where it holds `permission` (else 403). */
export async function placeFor(
  ex: Executor,
  caller: Caller,
  id: number,
  permission: Permission,
  kinds: string[],
  field: string,
): Promise<NodeRow & { communityId: number }> {
  const node = await findNode(ex, caller.scope, id);
  if (!node || node.communityId === null) throw notFound('place');
  if (!kinds.includes(node.kind))
    throw invalid([{ path: field, message: `must be a ${kinds.join(' or ')}` }]);
  if (!can(caller.grants, permission, node.path)) throw forbidden();
  return { ...node, communityId: node.communityId };
}

/** The compound or building whose rows a list shows (`querystring.placeId`), readable by the caller. */
export const listedPlace = (ex: Executor, caller: Caller, placeId: number) =>
  placeFor(ex, caller, placeId, 'governance.read', ['compound', 'building'], 'querystring.placeId');

/** "怡枫园 1栋": a place's names below the community. */
export async function labels(ex: Executor, rows: { communityId: number; path: string }[]) {
  const refs = await pathRefs(ex, rows);
  return (r: { path: string }) =>
    pathOf(r, refs)
      .filter((x) => !['district', 'street', 'community'].includes(x.kind))
      .map((x) => x.name)
      .join(' ');
}

export async function audit(
  tx: Tx,
  caller: Caller,
  change: {
    communityId: number;
    action: string;
    entityType: string;
    entityId: number;
    before?: unknown;
    after: unknown;
  },
) {
  await appendAudit(tx, { ...change, actor: actorOf(caller), before: change.before ?? null });
}

/** A page of rows (`limit + 1` fetched), the shown ones presented together in one pass. */
export async function presentedPage<R extends { id: number }, T>(
  rows: R[],
  limit: number,
  present: (shown: R[]) => Promise<T[]>,
) {
  const first = rows.slice(0, limit);
  const shown = await present(first);
  const of = new Map(first.map((r, i) => [r, shown[i] as T]));
  return page(
    rows,
    limit,
    (r) => of.get(r) as T,
    (r) => ({ id: r.id }),
  );
}
