import { and, asc, desc, eq, gt, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { careVisit, careVisitPlan, person } from '../../db/schema';

export async function upsertPlan(db: Executor, communityId: number, personId: number, intervalDays: number) {
  await db
    .insert(careVisitPlan)
    .values({ communityId, personId, intervalDays })
    .onConflictDoUpdate({
      target: [careVisitPlan.communityId, careVisitPlan.personId],
      set: { intervalDays, updatedAt: new Date() },
    });
}

export async function insertVisit(db: Executor, v: typeof careVisit.$inferInsert) {
  const [row] = await db.insert(careVisit).values(v).returning();
  return row as typeof careVisit.$inferSelect;
}

export async function visitsOf(
  db: Executor,
  communityId: number,
  personId: number,
  beforeId: number | undefined,
  limit: number,
) {
  return db
    .select()
    .from(careVisit)
    .where(
      and(
        eq(careVisit.communityId, communityId),
        eq(careVisit.personId, personId),
        beforeId !== undefined ? lt(careVisit.id, beforeId) : undefined,
      ),
    )
    .orderBy(desc(careVisit.id))
    .limit(limit + 1);
}

/**
 * People with a visit plan whose next visit (last visit, or the plan's start, plus the interval) is before
 * `today`, most overdue first. Computed in SQL so a community's whole care list is one query.
 */
export async function overdueVisits(
  db: Executor,
  communityId: number,
  today: string,
  careGroup: string | undefined,
  afterPersonId: number | undefined,
  limit: number,
) {
  const last = sql<
    string | null
  >`(select max(v.visited_on) from ${careVisit} v where v.community_id = ${careVisitPlan.communityId} and v.person_id = ${careVisitPlan.personId})`;
  const dueOn = sql<string>`(coalesce(${last}, ${careVisitPlan.updatedAt}::date) + ${careVisitPlan.intervalDays})`;
  return db
    .select({
      personId: person.id,
      name: person.name,
      careGroups: person.careGroups,
      intervalDays: careVisitPlan.intervalDays,
      lastVisitedOn: sql<string | null>`${last}::text`,
      dueOn: sql<string>`${dueOn}::text`,
      daysOverdue: sql<number>`(${today}::date - ${dueOn})::int`,
    })
    .from(careVisitPlan)
    .innerJoin(
      person,
      and(eq(person.communityId, careVisitPlan.communityId), eq(person.id, careVisitPlan.personId)),
    )
    .where(
      and(
        eq(careVisitPlan.communityId, communityId),
        sql`${dueOn} < ${today}::date`,
        careGroup ? sql`${careGroup} = any(${person.careGroups})` : undefined,
        afterPersonId !== undefined ? gt(person.id, afterPersonId) : undefined,
      ),
    )
    .orderBy(asc(person.id))
    .limit(limit + 1);
}

export async function findPlan(db: Executor, communityId: number, personId: number) {
  const [row] = await db
    .select({ intervalDays: careVisitPlan.intervalDays })
    .from(careVisitPlan)
    .where(and(eq(careVisitPlan.communityId, communityId), eq(careVisitPlan.personId, personId)));
  return row ?? null;
}
