import type { Executor } from '../../db/client';
import type { Caller } from '../auth/caller';
import { nodeActions } from './policy';
import { childCounts, pathOf, pathRefs, type NodeDetail, type NodeRow } from './repository';
import type { NodeResponse } from './schema';

export function presentDetail(caller: Caller, d: NodeDetail): NodeResponse {
  return {
    id: d.id,
    kind: d.kind,
    code: d.code,
    name: d.name,
    parentId: d.parentId,
    communityId: d.communityId,
    path: d.refs,
    attributes: d.attributes,
    childCount: d.childCount,
    actions: nodeActions(caller.grants, d),
  };
}

/** Rows → responses with path, child count and the caller's actions, batched for lists. */
export async function presentNodes(db: Executor, caller: Caller, rows: NodeRow[]): Promise<NodeResponse[]> {
  if (!rows.length) return [];
  const [refs, counts] = await Promise.all([pathRefs(db, rows), childCounts(db, rows)]);
  return rows.map((r) =>
    presentDetail(caller, { ...r, refs: pathOf(r, refs), childCount: counts.get(r.id) ?? 0 }),
  );
}

export async function presentNode(db: Executor, caller: Caller, row: NodeRow): Promise<NodeResponse> {
  const [one] = await presentNodes(db, caller, [row]);
  return one as NodeResponse;
}
