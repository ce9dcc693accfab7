import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { can } from '../../../domain/auth/policy';
import type { Executor } from '../../db/client';
import type { Caller, Scope } from '../auth/caller';
import { homeCompounds, permissionScope, type Home } from '../auth/permission-scope';
import { inScopePlaces } from '../auth/scope-sql';
import { notFound } from '../../http/errors';
import { findNode, pathOf, pathRefs } from '../org/repository';

/** What a caller may reach in deliberations: staff through `deliberation.read`, residents through their homes. */
export interface Access {
  caller: Caller;
  read: Scope;
  homes: Home[];
}

export async function accessOf(db: Executor, caller: Caller): Promise<Access> {
  return { caller, read: await permissionScope(db, caller, 'deliberation.read'), homes: homeCompounds(caller) };
}

/** Something that lies at a community (compound null) or at a compound. */
export interface Placed {
  communityId: number;
  compoundId: number | null;
  placePath: string;
}

/**
 * Rows staff may read, or that lie in a resident's home compound or are about the home community as a whole:
 * a resident hears of the community-wide topics too.
 */
export function readableSql(
  a: Access,
  cols: { communityId: AnyColumn; compoundId: AnyColumn; placePath: AnyColumn },
): SQL {
  const parts = [inScopePlaces(a.read, cols.communityId, cols.placePath)];
  for (const h of a.homes)
    parts.push(
      sql`(${cols.communityId} = ${h.communityId} and (${cols.compoundId} = ${h.compoundId} or ${cols.compoundId} is null))`,
    );
  return sql`(${sql.join(parts, sql` or `)})`;
}

/** Is `p` in one of the caller's home compounds (or their home community, for a community-wide row)? */
export const isHomeOf = (a: Access, p: Placed) =>
  a.homes.some(
    (h) => h.communityId === p.communityId && (p.compoundId === null || p.compoundId === h.compoundId),
  );

export const manages = (a: Access, p: Placed) => can(a.caller.grants, 'deliberation.manage', p.placePath);
export const reads = (a: Access, p: Placed) => can(a.caller.grants, 'deliberation.read', p.placePath);

/** "怡枫园" or "景华社区": the name of the place a row lies at, for lists. */
export async function placeNamer(db: Executor, rows: { communityId: number; placePath: string }[]) {
  const refs = await pathRefs(
    db,
    rows.map((r) => ({ communityId: r.communityId, path: r.placePath })),
  );
  return (r: { placePath: string }) => pathOf({ path: r.placePath }, refs).at(-1)?.name ?? '';
}

/**
 * The node a list is filtered to: a resident's home compound, or a node in the caller's read scope (else 404).
 * Rows are then those whose path lies under it.
 */
export async function listedUnder(
  db: Executor,
  a: { read: Scope; homes: Home[] },
  nodeId: number,
): Promise<{ communityId: number | null; path: string }> {
  const home = a.homes.find((h) => h.compoundId === nodeId);
  if (home) return { communityId: home.communityId, path: home.compoundPath };
  const node = await findNode(db, a.read, nodeId);
  if (!node) throw notFound('place');
  return { communityId: node.communityId, path: node.path };
}
