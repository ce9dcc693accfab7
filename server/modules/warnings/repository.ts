import { and, gte, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { event, eventRollup, orgNode, streetWarningPolicy } from '../../db/schema';
import type { Scope } from '../auth/caller';
import { inScopePlaces } from '../auth/scope-sql';

const inScope = (scope: Scope) => inScopePlaces(scope, event.communityId, event.placePath);
/** What every warning needs of an event: which it is, its matter and its place (for the building). */
const placed = {
  id: event.id,
  communityId: event.communityId,
  categoryCode: event.categoryCode,
  placePath: event.placePath,
};

/** The events whose clock runs (dispatched or being handled), read through the status index. */
export async function runningEvents(db: Executor, scope: Scope) {
  return db
    .select({ ...placed, dispatchedAt: event.dispatchedAt, deadline: event.deadline })
    .from(event)
    .where(
      and(
        inScope(scope),
        inArray(event.status, ['dispatched', 'in_progress']),
        sql`${event.deadline} is not null and ${event.dispatchedAt} is not null`,
      ),
    );
}

/** Reports since an instant (indexed by community and time), with their place paths to find the building. */
export async function reportsSince(db: Executor, scope: Scope, since: Date) {
  return db
    .select({ ...placed, reportedAt: event.reportedAt })
    .from(event)
    .where(and(inScope(scope), gte(event.reportedAt, since)));
}

/** Reports per community, category and day since `from`, from the rollup. */
export async function dailyReports(db: Executor, communityIds: number[], from: string) {
  if (!communityIds.length) return [];
  return db
    .select({
      communityId: eventRollup.communityId,
      categoryCode: eventRollup.categoryCode,
      day: eventRollup.day,
      count: sql<number>`sum(${eventRollup.reported})::float8`,
    })
    .from(eventRollup)
    .where(and(inArray(eventRollup.communityId, communityIds), gte(eventRollup.day, from)))
    .groupBy(eventRollup.communityId, eventRollup.categoryCode, eventRollup.day);
}

/** The first day each community has statistics for: one probe of the (community, day) index each. */
export async function firstDays(db: Executor, communityIds: number[]): Promise<Map<number, string>> {
  if (!communityIds.length) return new Map();
  const r = await db.execute<{ communityId: string; day: string | null }>(sql`
    select c as "communityId", (select min(day)::text from ${eventRollup} where community_id = c) as day
      from unnest(${sql.param(communityIds)}::bigint[]) c`);
  return new Map(r.rows.flatMap((x) => (x.day ? [[Number(x.communityId), x.day] as const] : [])));
}

/** Each community's name and street, and the policies its streets set. */
export async function communitiesWithPolicy(db: Executor, communityIds: number[]) {
  if (!communityIds.length) return [];
  return db
    .select({
      id: orgNode.id,
      name: orgNode.name,
      streetId: orgNode.parentId,
      policy: {
        hotspotCount: streetWarningPolicy.hotspotCount,
        hotspotDays: streetWarningPolicy.hotspotDays,
        spikeK: streetWarningPolicy.spikeK,
        spikeMinCount: streetWarningPolicy.spikeMinCount,
      },
    })
    .from(orgNode)
    .leftJoin(streetWarningPolicy, sql`${streetWarningPolicy.streetId} = ${orgNode.parentId}`)
    .where(inArray(orgNode.id, communityIds));
}

export async function streetPolicy(db: Executor, streetId: number) {
  return db
    .select()
    .from(streetWarningPolicy)
    .where(sql`${streetWarningPolicy.streetId} = ${streetId}`);
}
