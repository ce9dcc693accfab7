import type { Executor } from '../../db/client';
import type { Caller } from '../auth/caller';
import { nodeActions } from './policy';
import { childCounts, pathOf, pathRefs, type NodeRow } from './repository';
import type { NodeResponse } from './schema';

/** Rows → responses with path, child count and the caller's actions, batched for lists. */
export async function presentNodes(db: Executor, caller: Caller, rows: NodeRow[]): Promise<NodeResponse[]> {
  if (!rows.length) return [];
  const [refs, counts] = await Promise.all([pathRefs(db, rows), childCounts(db, rows)]);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    code: r.code,
    name: r.name,
    parentId: r.parentId,
    communityId: r.communityId,
    path: pathOf(r, refs),
    attributes: r.attributes,
    childCount: counts.get(r.id) ?? 0,
    actions: nodeActions(caller.grants, r),
  }));
}

export async function presentNode(db: Executor, caller: Caller, row: NodeRow): Promise<NodeResponse> {
  const [one] = await presentNodes(db, caller, [row]);
  return one as NodeResponse;
}
