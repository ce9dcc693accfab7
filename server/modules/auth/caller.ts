import { and, eq, sql, type AnyColumn } from 'drizzle-orm';
import { SYSTEM_ACCOUNT_ID } from './actor';
import { isWithin, type Grant } from '../../../domain/auth/policy';
import { isRole, type Role } from '../../../domain/auth/roles';
import type { Executor } from '../../db/client';
import { orgNode, roleGrant } from '../../db/schema';
import { pathOf, pathRefs } from '../org/repository';

export interface CallerGrant extends Grant {
  nodeKind: string;
  /** Set when the grant is at a compound, building or unit: the community it lies in. */
  communityId: number | null;
}

/**
 * Where a caller may look, precomputed once per request so every repository can filter in SQL:
 * whole communities, parts of communities (grants below the community), and the global nodes' paths.
 */
export interface Scope {
  fullCommunityIds: number[];
  partial: { communityId: number; path: string }[];
  /** Paths of grants at district, street or community nodes. */
  globalPaths: string[];
  /** Grants above the community see the global audit chain and global nodes' changes. */
  aboveCommunity: boolean;
}

/** Whether a place of a community lies in the scope: the in-memory twin of `inScopePlaces` (scope-sql.ts). */
export function placeInScope(scope: Scope, communityId: number, placePath: string): boolean {
  if (scope.fullCommunityIds.includes(communityId)) return true;
  return scope.partial.some((p) => p.communityId === communityId && isWithin(placePath, p.path));
}

/** Whether a global node (district, street, community) lies in the scope: the in-memory twin of `inScopeGlobal`. */
export function globalInScope(scope: Scope, path: string): boolean {
  return scope.globalPaths.some((g) => isWithin(path, g));
}

export interface Caller {
  accountId: number;
  username: string;
  displayName: string;
  grants: CallerGrant[];
  scope: Scope;
  via: 'session' | 'token';
  csrfToken: string | null;
  ip: string;
}

/** A role grant as stored, before its role name is checked against the roles this build knows. */
export interface StoredGrant {
  role: string;
  nodeId: number;
  nodeKind: string;
  path: string;
  communityId: number | null;
}

export function toGrants(rows: StoredGrant[]): CallerGrant[] {
  return rows.flatMap((r) => (isRole(r.role) ? [{ ...r, role: r.role }] : []));
}

/** The grants of an account as one JSON array: lets the session lookup fetch them in the same query. */
export const grantsJson = (accountId: AnyColumn) => sql<
  StoredGrant[]
>`(select coalesce(json_agg(json_build_object(
    'role', g.role, 'nodeId', g.node_id, 'nodeKind', g.node_kind, 'path', g.node_path, 'communityId', g.community_id)),
    '[]'::json) from ${roleGrant} g where g.account_id = ${accountId})`;

export async function loadGrants(db: Executor, accountId: number): Promise<CallerGrant[]> {
  const rows = await db
    .select({
      role: roleGrant.role,
      nodeId: roleGrant.nodeId,
      nodeKind: roleGrant.nodeKind,
      path: roleGrant.nodePath,
      communityId: roleGrant.communityId,
    })
    .from(roleGrant)
    .where(eq(roleGrant.accountId, accountId));
  return toGrants(rows);
}

/**
 * Communities below a district or street change rarely (a new community is a reference-data change); each
 * process remembers them briefly and forgets at once when it creates one itself.
 */
const COMMUNITY_CACHE_MS = 30_000;
const communityCache = new Map<string, { at: number; ids: number[] }>();
export const forgetCommunities = () => communityCache.clear();

async function communitiesUnder(db: Executor, path: string): Promise<number[]> {
  const hit = communityCache.get(path);
  if (hit && Date.now() - hit.at < COMMUNITY_CACHE_MS) return hit.ids;
  const rows = await db
    .select({ id: orgNode.id })
    .from(orgNode)
    .where(and(eq(orgNode.kind, 'community'), sql`${orgNode.path} like ${`${path}%`}`));
  const ids = rows.map((r) => r.id);
  communityCache.set(path, { at: Date.now(), ids });
  return ids;
}

export async function buildScope(db: Executor, grants: CallerGrant[]): Promise<Scope> {
  const full = new Set<number>();
  for (const g of grants) {
    if (g.nodeKind === 'community') full.add(g.nodeId);
    else if (g.communityId === null) (await communitiesUnder(db, g.path)).forEach((id) => full.add(id));
  }
  const partial = grants
    .filter(
      (g): g is CallerGrant & { communityId: number } => g.communityId !== null && !full.has(g.communityId),
    )
    .map((g) => ({ communityId: g.communityId, path: g.path }));
  return {
    fullCommunityIds: [...full],
    partial,
    globalPaths: grants.filter((g) => g.communityId === null).map((g) => g.path),
    aboveCommunity: grants.some((g) => g.communityId === null && g.nodeKind !== 'community'),
  };
}

/**
 * The authority of the command line, seeding and jobs: `role` (an administrator unless said otherwise) over every
 * district, acting as `name`. It never comes from a request.
 */
export async function systemCaller(db: Executor, name = 'system', role: Role = 'admin'): Promise<Caller> {
  const districts = await db
    .select({ id: orgNode.id, path: orgNode.path })
    .from(orgNode)
    .where(eq(orgNode.kind, 'district'));
  const grants: CallerGrant[] = districts.map((d) => ({
    role,
    nodeId: d.id,
    path: d.path,
    nodeKind: 'district',
    communityId: null,
  }));
  return {
    accountId: SYSTEM_ACCOUNT_ID,
    username: name,
    displayName: name,
    grants,
    scope: await buildScope(db, grants),
    via: 'token',
    csrfToken: null,
    ip: 'local',
  };
}

/** Grants as the API shows them: the node's name and the names along its path (a resident's home address). */
export async function describeGrants(db: Executor, grants: CallerGrant[]) {
  const located = grants.map((g) => ({
    path: g.path,
    communityId: g.nodeKind === 'community' ? g.nodeId : g.communityId,
  }));
  const refs = await pathRefs(db, located);
  return grants.map((g) => ({
    role: g.role,
    nodeId: g.nodeId,
    nodeKind: g.nodeKind,
    nodeName: refs.get(g.nodeId)?.name ?? '',
    nodePath: pathOf(g, refs),
  }));
}
