import { and, asc, desc, eq, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  person,
  selfOrg,
  selfOrgActivity,
  selfOrgMember,
  selfOrgStage,
  selfOrgSupport,
  volunteerActivity,
} from '../../db/schema';
import type { Scope } from '../auth/caller';
import type { Homes } from '../auth/permission-scope';
import { inScopePlaces } from '../auth/scope-sql';
import { underNode, type Under } from '../volunteers/repository';

export type OrgRow = typeof selfOrg.$inferSelect;

export const orgsIn = (scope: Scope) => inScopePlaces(scope, selfOrg.communityId, selfOrg.nodePath);

/** What a resident sees on the phone: the organisations of their compound and community. */
export const orgsNear = (homes: Homes): SQL =>
  homes.over.length
    ? sql`(${selfOrg.communityId} = any(${sql.param(homes.communityIds)}::bigint[]) and ${selfOrg.nodePath} = any(${sql.param(homes.over)}::text[]))`
    : sql`false`;

const memberCount = sql<number>`(select count(*)::int from ${selfOrgMember} m
  where m.community_id = ${selfOrg.communityId} and m.org_id = ${selfOrg.id})`;
const leaderName = sql<string | null>`(select p.name from ${person} p
  where p.community_id = ${selfOrg.communityId} and p.id = ${selfOrg.leaderPersonId})`;

export async function findOrg(db: Executor, visible: SQL, id: number, lock = false) {
  const q = db
    .select()
    .from(selfOrg)
    .where(and(eq(selfOrg.id, id), visible));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

export async function listOrgs(
  db: Executor,
  visible: SQL,
  f: { under?: Under; stage?: OrgRow['stage']; beforeId?: number; limit: number },
) {
  return db
    .select({ org: selfOrg, members: memberCount, leaderName })
    .from(selfOrg)
    .where(
      and(
        visible,
        underNode(f.under, selfOrg.communityId, selfOrg.nodePath),
        f.stage ? eq(selfOrg.stage, f.stage) : undefined,
        f.beforeId !== undefined ? lt(selfOrg.id, f.beforeId) : undefined,
      ),
    )
    .orderBy(desc(selfOrg.id))
    .limit(f.limit + 1);
}
export type OrgListRow = Awaited<ReturnType<typeof listOrgs>>[number];

export async function withCounts(db: Executor, o: OrgRow): Promise<OrgListRow> {
  const [row] = await db
    .select({ members: memberCount, leaderName })
    .from(selfOrg)
    .where(and(eq(selfOrg.communityId, o.communityId), eq(selfOrg.id, o.id)));
  return { org: o, members: row?.members ?? 0, leaderName: row?.leaderName ?? null };
}

export async function insertOrg(db: Executor, values: typeof selfOrg.$inferInsert) {
  const [row] = await db.insert(selfOrg).values(values).returning();
  return row!;
}

export async function setStage(db: Executor, o: OrgRow, stage: OrgRow['stage']) {
  const [row] = await db
    .update(selfOrg)
    .set({ stage })
    .where(and(eq(selfOrg.communityId, o.communityId), eq(selfOrg.id, o.id)))
    .returning();
  return row!;
}

export async function insertStage(db: Executor, values: typeof selfOrgStage.$inferInsert) {
  await db.insert(selfOrgStage).values(values);
}

export async function detailOf(db: Executor, o: OrgRow) {
  const [stages, support, activities] = await Promise.all([
    db
      .select()
      .from(selfOrgStage)
      .where(and(eq(selfOrgStage.communityId, o.communityId), eq(selfOrgStage.orgId, o.id)))
      .orderBy(asc(selfOrgStage.id)),
    db
      .select()
      .from(selfOrgSupport)
      .where(and(eq(selfOrgSupport.communityId, o.communityId), eq(selfOrgSupport.orgId, o.id)))
      .orderBy(desc(selfOrgSupport.receivedOn), desc(selfOrgSupport.id)),
    db
      .select({
        id: volunteerActivity.id,
        title: volunteerActivity.title,
        place: volunteerActivity.place,
        startsAt: volunteerActivity.startsAt,
        status: volunteerActivity.status,
      })
      .from(selfOrgActivity)
      .innerJoin(
        volunteerActivity,
        and(
          eq(volunteerActivity.communityId, selfOrgActivity.communityId),
          eq(volunteerActivity.id, selfOrgActivity.activityId),
        ),
      )
      .where(and(eq(selfOrgActivity.communityId, o.communityId), eq(selfOrgActivity.orgId, o.id)))
      .orderBy(desc(volunteerActivity.startsAt))
      .limit(50),
  ]);
  return { stages, support, activities };
}

export async function membersOf(db: Executor, o: OrgRow, f: { afterPersonId?: number; limit: number }) {
  return db
    .select({ personId: selfOrgMember.personId, name: person.name, joinedAt: selfOrgMember.joinedAt })
    .from(selfOrgMember)
    .innerJoin(
      person,
      and(eq(person.communityId, selfOrgMember.communityId), eq(person.id, selfOrgMember.personId)),
    )
    .where(
      and(
        eq(selfOrgMember.communityId, o.communityId),
        eq(selfOrgMember.orgId, o.id),
        f.afterPersonId !== undefined ? sql`${selfOrgMember.personId} > ${f.afterPersonId}` : undefined,
      ),
    )
    .orderBy(asc(selfOrgMember.personId))
    .limit(f.limit + 1);
}

export async function addMember(db: Executor, o: OrgRow, personId: number) {
  const [row] = await db
    .insert(selfOrgMember)
    .values({ communityId: o.communityId, orgId: o.id, personId })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

/** Whether the person was a member (and is no longer). */
export async function removeMember(db: Executor, o: OrgRow, personId: number) {
  const rows = await db
    .delete(selfOrgMember)
    .where(
      and(
        eq(selfOrgMember.communityId, o.communityId),
        eq(selfOrgMember.orgId, o.id),
        eq(selfOrgMember.personId, personId),
      ),
    )
    .returning();
  return rows.length > 0;
}

export async function insertSupport(db: Executor, values: typeof selfOrgSupport.$inferInsert) {
  const [row] = await db.insert(selfOrgSupport).values(values).returning();
  return row!;
}

/** Links an activity to an organisation; null when the activity already belongs to one. */
export async function linkActivity(db: Executor, o: OrgRow, activityId: number) {
  const [row] = await db
    .insert(selfOrgActivity)
    .values({ communityId: o.communityId, orgId: o.id, activityId })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

/** Whether the activity was the organisation's (and is no longer). */
export async function unlinkActivity(db: Executor, o: OrgRow, activityId: number) {
  const rows = await db
    .delete(selfOrgActivity)
    .where(
      and(
        eq(selfOrgActivity.communityId, o.communityId),
        eq(selfOrgActivity.orgId, o.id),
        eq(selfOrgActivity.activityId, activityId),
      ),
    )
    .returning();
  return rows.length > 0;
}

export async function countByStage(db: Executor, visible: SQL, under: Under | undefined) {
  return db
    .select({
      stage: selfOrg.stage,
      n: sql<number>`count(*)::int`,
      members: sql<number>`coalesce(sum(${memberCount}), 0)::int`,
    })
    .from(selfOrg)
    .where(and(visible, underNode(under, selfOrg.communityId, selfOrg.nodePath)))
    .groupBy(selfOrg.stage);
}
