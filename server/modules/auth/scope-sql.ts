import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Scope } from './caller';

const FALSE = sql`false`;
const likeAny = (path: AnyColumn, prefixes: string[]) =>
  sql`${path} like any(${sql.param(prefixes.map((p) => `${p}%`))}::text[])`;

/** Rows of a community table that lie anywhere in the caller's communities (whole or partial). */
export function inScopeCommunities(scope: Scope, communityId: AnyColumn): SQL {
  const ids = [...scope.fullCommunityIds, ...scope.partial.map((p) => p.communityId)];
  return ids.length ? sql`${communityId} = any(${sql.param(ids)}::bigint[])` : FALSE;
}

/** Rows of a community-wide table (grids, …): only callers holding the whole community see them. */
export function inWholeCommunities(scope: Scope, communityId: AnyColumn): SQL {
  return scope.fullCommunityIds.length
    ? sql`${communityId} = any(${sql.param(scope.fullCommunityIds)}::bigint[])`
    : FALSE;
}

/** Rows that have a place path (compounds, buildings, units, houses …): whole communities or under a grant. */
export function inScopePlaces(scope: Scope, communityId: AnyColumn, path: AnyColumn): SQL {
  const parts: SQL[] = [];
  if (scope.fullCommunityIds.length) parts.push(inWholeCommunities(scope, communityId));
  for (const p of scope.partial)
    parts.push(sql`(${communityId} = ${p.communityId} and ${likeAny(path, [p.path])})`);
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : FALSE;
}

/** Global nodes (district, street, community) at or below a grant. */
export function inScopeGlobal(scope: Scope, path: AnyColumn): SQL {
  return scope.globalPaths.length ? likeAny(path, scope.globalPaths) : FALSE;
}
