// Coverage (seed 000's building leaders, seed 003's party organisations): the rows the figures are counted from.
import { and, asc, eq, gt, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { buildingLeader, governanceBody, orgNode, place } from '../../db/schema';
import type { Scope } from '../auth/caller';
import { inScopePlaces } from '../auth/scope-sql';

const under = (path: AnyColumn, prefix: string) => sql`${path} like ${`${prefix}%`}`;

/** The building has a filed, serving leader: what counts as covered. */
const hasFiledLeader = (communityId: AnyColumn | SQL, buildingId: AnyColumn | SQL) =>
  sql<boolean>`exists (select 1 from ${buildingLeader} l where l.community_id = ${communityId}
    and l.building_id = ${buildingId} and l.filed_on is not null and l.ended_on is null)`;

/** The compound has a party organisation of its own (a compound branch, or a group on one of its buildings). */
const hasPartyOrg = sql<boolean>`exists (select 1 from ${governanceBody} b where b.community_id = ${place.communityId}
  and b.kind = 'party_org' and b.place_path like ${place.path} || '%')`;

/** Places of one kind under `path` in the caller's scope. */
const placesUnder = (scope: Scope, kind: 'building' | 'compound', path: string) =>
  and(eq(place.kind, kind), under(place.path, path), inScopePlaces(scope, place.communityId, place.path));

/** One row per building under `path` in scope: whether it has a filed, serving leader (seed 000's coverage). */
export async function buildingCoverageRows(db: Executor, scope: Scope, path: string) {
  return db
    .select({
      buildingId: place.id,
      compoundId: sql<number>`${place.parentId}`.mapWith(Number),
      communityId: place.communityId,
      streetId: sql<number>`${orgNode.parentId}`.mapWith(Number),
      hasFiledLeader: hasFiledLeader(place.communityId, place.id),
    })
    .from(place)
    .innerJoin(orgNode, eq(orgNode.id, place.communityId))
    .where(placesUnder(scope, 'building', path));
}

/** One row per compound under `path` in scope: whether it has its own party organisation (seed 003: 357 of 977). */
export async function compoundPartyRows(db: Executor, scope: Scope, path: string) {
  return db
    .select({
      compoundId: place.id,
      communityId: place.communityId,
      streetId: sql<number>`${orgNode.parentId}`.mapWith(Number),
      hasPartyOrg,
    })
    .from(place)
    .innerJoin(orgNode, eq(orgNode.id, place.communityId))
    .where(placesUnder(scope, 'compound', path));
}

/**
 * A page of the compounds under `path` in scope, by id: each with its community, whether it has a party
 * organisation, and how many of its buildings there are and how many have a filed leader.
 */
export async function compoundCoveragePage(
  db: Executor,
  scope: Scope,
  path: string,
  afterId: number | undefined,
  limit: number,
) {
  const buildings = (filter: SQL | undefined) =>
    sql<number>`(select count(*) from ${place} b where b.community_id = ${place.communityId}
      and b.parent_id = ${place.id} and b.kind = 'building' ${filter ? sql`and ${filter}` : sql``})`.mapWith(
      Number,
    );
  return db
    .select({
      compoundId: place.id,
      name: place.name,
      communityId: place.communityId,
      communityName: orgNode.name,
      hasPartyOrg,
      buildings: buildings(undefined),
      covered: buildings(hasFiledLeader(sql`b.community_id`, sql`b.id`)),
    })
    .from(place)
    .innerJoin(orgNode, eq(orgNode.id, place.communityId))
    .where(
      and(placesUnder(scope, 'compound', path), afterId !== undefined ? gt(place.id, afterId) : undefined),
    )
    .orderBy(asc(place.id))
    .limit(limit + 1);
}
