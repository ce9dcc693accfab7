import { and, asc, count, eq, isNull, sql, type AnyColumn } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { orgNode, place } from '../../db/schema';
import type { Scope } from '../auth/caller';
import { inScopeGlobal, inScopePlaces } from '../auth/scope-sql';

import type { OrgKind } from '../../../domain/org/tree';
export type { OrgKind };

/** A node of either table, in one shape. A compound's parent is its community. */
export type NodeRow = {
  id: number;
  kind: OrgKind;
  code: string;
  name: string;
  parentId: number | null;
  /** null above the community; the community's own id for a community. */
  communityId: number | null;
  path: string;
  attributes: Record<string, unknown>;
};

const globalCols = {
  id: orgNode.id,
  kind: orgNode.kind,
  code: orgNode.code,
  name: orgNode.name,
  parentId: orgNode.parentId,
  path: orgNode.path,
  attributes: orgNode.attributes,
};
const placeCols = {
  id: place.id,
  kind: place.kind,
  code: place.code,
  name: place.name,
  parentId: sql<number>`coalesce(${place.parentId}, ${place.communityId})`.mapWith(Number),
  communityId: place.communityId,
  path: place.path,
  attributes: place.attributes,
};

const fromGlobal = (r: Omit<NodeRow, 'communityId'>): NodeRow => ({
  ...r,
  communityId: r.kind === 'community' ? r.id : null,
});

/** Finds a node the caller may see; `lock` takes a row lock for a use case that derives from it. */
export async function findNode(
  db: Executor,
  scope: Scope,
  id: number,
  lock = false,
): Promise<NodeRow | null> {
  const inGlobal = and(eq(orgNode.id, id), inScopeGlobal(scope, orgNode.path));
  const inPlaces = and(eq(place.id, id), inScopePlaces(scope, place.communityId, place.path));
  if (!lock) {
    // One round trip on the hot path; the id space is shared, so at most one side matches.
    const r = await db.execute<NodeRow>(sql`
      select id, kind, code, name, parent_id as "parentId", case when kind = 'community' then id end as "communityId",
             path, attributes from ${orgNode} where ${inGlobal}
      union all
      select id, kind, code, name, coalesce(parent_id, community_id) as "parentId", community_id as "communityId",
             path, attributes from ${place} where ${inPlaces}`);
    return r.rows[0] ?? null;
  }
  const [global] = await db.select(globalCols).from(orgNode).where(inGlobal).for('update');
  if (global) return fromGlobal(global);
  const [local] = await db.select(placeCols).from(place).where(inPlaces).for('update');
  return local ?? null;
}

export interface ChildPage {
  kind?: OrgKind | undefined;
  after?: { code: string; id: number } | undefined;
  limit: number;
}

const afterCode = (code: AnyColumn, id: AnyColumn, a: ChildPage['after']) =>
  a ? sql`(${code}, ${id}) > (${a.code}, ${a.id})` : undefined;

/** Children of a visible node, ordered by code. */
export async function listChildren(db: Executor, parent: NodeRow, p: ChildPage): Promise<NodeRow[]> {
  if (parent.kind === 'district' || parent.kind === 'street') {
    const rows = await db
      .select(globalCols)
      .from(orgNode)
      .where(
        and(
          eq(orgNode.parentId, parent.id),
          p.kind ? eq(orgNode.kind, p.kind as 'street') : undefined,
          afterCode(orgNode.code, orgNode.id, p.after),
        ),
      )
      .orderBy(asc(orgNode.code), asc(orgNode.id))
      .limit(p.limit + 1);
    return rows.map(fromGlobal);
  }
  const communityId = parent.communityId as number;
  return db
    .select(placeCols)
    .from(place)
    .where(
      and(
        eq(place.communityId, communityId),
        parent.kind === 'community' ? isNull(place.parentId) : eq(place.parentId, parent.id),
        p.kind ? eq(place.kind, p.kind as 'compound') : undefined,
        afterCode(place.code, place.id, p.after),
      ),
    )
    .orderBy(asc(place.code), asc(place.id))
    .limit(p.limit + 1);
}

/** Nodes in scope whose name or code contains `q`, ordered by code. */
export async function searchNodes(db: Executor, scope: Scope, q: string, p: ChildPage): Promise<NodeRow[]> {
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const globals = await db
    .select(globalCols)
    .from(orgNode)
    .where(
      and(
        inScopeGlobal(scope, orgNode.path),
        sql`(${orgNode.name} ilike ${pattern} or ${orgNode.code} like ${pattern})`,
        p.kind ? eq(orgNode.kind, p.kind as 'street') : undefined,
        afterCode(orgNode.code, orgNode.id, p.after),
      ),
    )
    .orderBy(asc(orgNode.code), asc(orgNode.id))
    .limit(p.limit + 1);
  const places = await db
    .select(placeCols)
    .from(place)
    .where(
      and(
        inScopePlaces(scope, place.communityId, place.path),
        sql`(${place.name} ilike ${pattern} or ${place.code} like ${pattern})`,
        p.kind ? eq(place.kind, p.kind as 'compound') : undefined,
        afterCode(place.code, place.id, p.after),
      ),
    )
    .orderBy(asc(place.code), asc(place.id))
    .limit(p.limit + 1);
  return [...globals.map(fromGlobal), ...places]
    .sort((a, b) => (a.code === b.code ? a.id - b.id : a.code < b.code ? -1 : 1))
    .slice(0, p.limit + 1);
}

export interface NodeRef {
  id: number;
  kind: OrgKind;
  name: string;
}

/** Id, kind and name of the given nodes, global or within one community. */
export async function nodeRefs(
  db: Executor,
  globalIds: number[],
  placeIds: number[],
  communityId: number | null,
) {
  const refs: NodeRef[] = [];
  if (globalIds.length) {
    refs.push(
      ...(await db
        .select({ id: orgNode.id, kind: orgNode.kind, name: orgNode.name })
        .from(orgNode)
        .where(sql`${orgNode.id} = any(${sql.param(globalIds)}::bigint[])`)),
    );
  }
  if (placeIds.length && communityId !== null) {
    refs.push(
      ...(await db
        .select({ id: place.id, kind: place.kind, name: place.name })
        .from(place)
        .where(
          and(eq(place.communityId, communityId), sql`${place.id} = any(${sql.param(placeIds)}::bigint[])`),
        )),
    );
  }
  return new Map(refs.map((r) => [r.id, r]));
}

export async function nextNodeId(db: Executor): Promise<number> {
  const r = await db.execute<{ id: string }>(sql`select nextval('org_node_id_seq') as id`);
  return Number(r.rows[0]?.id);
}

export interface NewNode {
  id: number;
  kind: OrgKind;
  parent: NodeRow;
  code: string;
  name: string;
  attributes: Record<string, unknown>;
}

export async function insertNode(db: Executor, n: NewNode): Promise<NodeRow> {
  const path = `${n.parent.path}${n.id}/`;
  if (n.kind === 'district' || n.kind === 'street' || n.kind === 'community') {
    const [row] = await db
      .insert(orgNode)
      .values({
        id: n.id,
        kind: n.kind,
        parentId: n.parent.id,
        code: n.code,
        name: n.name,
        path,
        attributes: n.attributes,
      })
      .returning(globalCols);
    return fromGlobal(row as Omit<NodeRow, 'communityId'>);
  }
  const communityId = n.parent.communityId as number;
  const [row] = await db
    .insert(place)
    .values({
      communityId,
      id: n.id,
      kind: n.kind,
      parentId: n.parent.kind === 'community' ? null : n.parent.id,
      code: n.code,
      name: n.name,
      path,
      attributes: n.attributes,
    })
    .returning(placeCols);
  return row as NodeRow;
}

export async function updateNode(
  db: Executor,
  node: NodeRow,
  patch: {
    name?: string | undefined;
    code?: string | undefined;
    attributes?: Record<string, unknown> | undefined;
  },
): Promise<NodeRow> {
  const values = { ...patch, updatedAt: new Date() };
  if (node.communityId === null || node.kind === 'community') {
    const [row] = await db.update(orgNode).set(values).where(eq(orgNode.id, node.id)).returning(globalCols);
    return fromGlobal(row as Omit<NodeRow, 'communityId'>);
  }
  const [row] = await db
    .update(place)
    .set(values)
    .where(and(eq(place.communityId, node.communityId), eq(place.id, node.id)))
    .returning(placeCols);
  return row as NodeRow;
}

/** Codes of a node's children, for deriving the next code. */
export async function childCodes(db: Executor, parent: NodeRow): Promise<string[]> {
  const rows = await listChildren(db, parent, { limit: 100_000 });
  return rows.map((r) => r.code);
}

const pathIds = (path: string) => path.split('/').filter(Boolean).map(Number);

/** The nodes along each node's path, fetched in as few queries as the communities involved. */
export async function pathRefs(
  db: Executor,
  nodes: Pick<NodeRow, 'path' | 'communityId'>[],
): Promise<Map<number, NodeRef>> {
  const globalIds = new Set<number>();
  const placeIds = new Map<number, Set<number>>();
  for (const n of nodes) {
    const ids = pathIds(n.path);
    const split = n.communityId === null ? ids.length : ids.indexOf(n.communityId) + 1;
    ids.slice(0, split).forEach((i) => globalIds.add(i));
    if (n.communityId !== null && split < ids.length) {
      const set = placeIds.get(n.communityId) ?? new Set<number>();
      ids.slice(split).forEach((i) => set.add(i));
      placeIds.set(n.communityId, set);
    }
  }
  const refs = await nodeRefs(db, [...globalIds], [], null);
  for (const [communityId, ids] of placeIds) {
    for (const [k, v] of await nodeRefs(db, [], [...ids], communityId)) refs.set(k, v);
  }
  return refs;
}

export function pathOf(node: Pick<NodeRow, 'path'>, refs: Map<number, NodeRef>): NodeRef[] {
  return pathIds(node.path).flatMap((i) => {
    const r = refs.get(i);
    return r ? [r] : [];
  });
}

/** Number of children of each node, in at most three grouped queries. */
export async function childCounts(db: Executor, nodes: NodeRow[]): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  const upper = nodes.filter((n) => n.kind === 'district' || n.kind === 'street').map((n) => n.id);
  const communities = nodes.filter((n) => n.kind === 'community').map((n) => n.id);
  const places = nodes.filter((n) => n.communityId !== null && n.kind !== 'community');
  const ids = (xs: number[]) => sql.param(xs);
  if (upper.length) {
    const rows = await db
      .select({ k: orgNode.parentId, n: count() })
      .from(orgNode)
      .where(sql`${orgNode.parentId} = any(${ids(upper)}::bigint[])`)
      .groupBy(orgNode.parentId);
    rows.forEach((r) => counts.set(r.k as number, r.n));
  }
  if (communities.length) {
    const rows = await db
      .select({ k: place.communityId, n: count() })
      .from(place)
      .where(and(sql`${place.communityId} = any(${ids(communities)}::bigint[])`, isNull(place.parentId)))
      .groupBy(place.communityId);
    rows.forEach((r) => counts.set(r.k, r.n));
  }
  if (places.length) {
    const rows = await db
      .select({ k: place.parentId, n: count() })
      .from(place)
      .where(
        and(
          sql`${place.communityId} = any(${ids([...new Set(places.map((p) => p.communityId as number))])}::bigint[])`,
          sql`${place.parentId} = any(${ids(places.map((p) => p.id))}::bigint[])`,
        ),
      )
      .groupBy(place.parentId);
    rows.forEach((r) => counts.set(r.k as number, r.n));
  }
  return counts;
}

export async function insertDistrict(
  db: Executor,
  d: { id: number; code: string; name: string },
): Promise<NodeRow> {
  const [row] = await db
    .insert(orgNode)
    .values({ ...d, kind: 'district', parentId: null, path: `/${d.id}/`, attributes: {} })
    .returning(globalCols);
  return fromGlobal(row as Omit<NodeRow, 'communityId'>);
}

export async function countDistricts(db: Executor): Promise<number> {
  const [r] = await db.select({ n: count() }).from(orgNode).where(eq(orgNode.kind, 'district'));
  return r?.n ?? 0;
}

export type NodeDetail = NodeRow & { refs: NodeRef[]; childCount: number };

/**
 * A visible node with its path and child count in one round trip: the node page is the hottest read of
 * the org tree (docs/BENCHMARKS.md).
 */
export async function findNodeDetail(db: Executor, scope: Scope, id: number): Promise<NodeDetail | null> {
  const ids = sql`string_to_array(trim(both '/' from n.path), '/')::bigint[]`;
  const r = await db.execute<NodeDetail>(sql`
    with n as (
      select id, kind, code, name, parent_id as "parentId", case when kind = 'community' then id end as "communityId",
             path, attributes from ${orgNode} where ${and(eq(orgNode.id, id), inScopeGlobal(scope, orgNode.path))}
      union all
      select id, kind, code, name, coalesce(parent_id, community_id), community_id, path, attributes
        from ${place} where ${and(eq(place.id, id), inScopePlaces(scope, place.communityId, place.path))}
    )
    select n.*,
      (select coalesce(json_agg(json_build_object('id', r.id, 'kind', r.kind, 'name', r.name) order by r.depth), '[]')
         from (select o.id, o.kind, o.name, array_position(${ids}, o.id) as depth
                 from org_node o where o.id = any(${ids})
               union all
               select p.id, p.kind, p.name, array_position(${ids}, p.id)
                 from place p where p.community_id = n."communityId" and p.id = any(${ids})) r) as refs,
      case when n.kind in ('district', 'street') then (select count(*) from org_node c where c.parent_id = n.id)
           when n.kind = 'community' then (select count(*) from place c where c.community_id = n.id and c.parent_id is null)
           else (select count(*) from place c where c.community_id = n."communityId" and c.parent_id = n.id)
      end::int as "childCount"
    from n`);
  return r.rows[0] ?? null;
}
