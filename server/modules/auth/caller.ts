import { and, eq, sql } from 'drizzle-orm';
import { SYSTEM_ACCOUNT_ID } from './actor';
import type { Grant } from '../../../domain/auth/policy';
import { isRole } from '../../../domain/auth/roles';
import type { Executor } from '../../db/client';
import { orgNode, roleGrant } from '../../db/schema';

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

export async function loadGrants(db: Executor, accountId: number): Promise<CallerGrant[]> {
  const rows = await db.select().from(roleGrant).where(eq(roleGrant.accountId, accountId));
  return rows.flatMap((r) =>
    isRole(r.role)
      ? [
          {
            role: r.role,
            nodeId: r.nodeId,
            path: r.nodePath,
            nodeKind: r.nodeKind,
            communityId: r.communityId,
          },
        ]
      : [],
  );
}

export async function buildScope(db: Executor, grants: CallerGrant[]): Promise<Scope> {
  const globalPaths = grants.filter((g) => g.communityId === null).map((g) => g.path);
  const full = new Set<number>();
  if (globalPaths.length) {
    const rows = await db
      .select({ id: orgNode.id })
      .from(orgNode)
      .where(
        and(
          eq(orgNode.kind, 'community'),
          sql`${orgNode.path} like any(${sql.param(globalPaths.map((p) => `${p}%`))}::text[])`,
        ),
      );
    rows.forEach((r) => full.add(r.id));
  }
  const partial = grants
    .filter(
      (g): g is CallerGrant & { communityId: number } => g.communityId !== null && !full.has(g.communityId),
    )
    .map((g) => ({ communityId: g.communityId, path: g.path }));
  return {
    fullCommunityIds: [...full],
    partial,
    globalPaths,
    aboveCommunity: grants.some((g) => g.communityId === null && g.nodeKind !== 'community'),
  };
}

/**
 * The authority of the command line and of seeding: an administrator of every district, acting as `name`.
 * It never comes from a request.
 */
export async function systemCaller(db: Executor, name = 'system'): Promise<Caller> {
  const districts = await db
    .select({ id: orgNode.id, path: orgNode.path })
    .from(orgNode)
    .where(eq(orgNode.kind, 'district'));
  const grants: CallerGrant[] = districts.map((d) => ({
    role: 'admin',
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
