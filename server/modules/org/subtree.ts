import { z } from 'zod';
import type { Executor } from '../../db/client';
import { notFound } from '../../http/errors';
import { decodeCursor, page } from '../../http/pagination';
import type { Scope } from '../auth/caller';
import { findNode } from './repository';

/** A list's `nodeId` filter: the node's subtree, or 404 when the caller does not see the node. */
export async function subtreeOf(db: Executor, scope: Scope, nodeId: number | undefined) {
  if (nodeId === undefined) return undefined;
  const node = await findNode(db, scope, nodeId);
  if (!node) throw notFound('node');
  return { communityId: node.communityId, path: node.path };
}

const byId = z.object({ id: z.number() });

/** Newest-first lists keyed by id: the id before which the next page starts, and the page of rows presented. */
export const idCursor = (cursor: string | undefined) => decodeCursor(cursor, byId)?.id;

export async function pageByIdDesc<R extends { id: number }, T>(
  rows: R[],
  limit: number,
  present: (rows: R[]) => Promise<T[]>,
) {
  const p = page(
    rows,
    limit,
    (r) => r,
    (r) => ({ id: r.id }),
  );
  return { items: await present(p.items), nextCursor: p.nextCursor };
}
