import { type AnyColumn, and, asc, desc, eq, gte, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { containing } from '../../db/like';
import { person, volunteerActivity, volunteerMember, volunteerSignup, volunteerTeam } from '../../db/schema';
import type { Scope } from '../auth/caller';
import type { Homes } from '../auth/permission-scope';
import { inScopePlaces } from '../auth/scope-sql';

export type TeamRow = typeof volunteerTeam.$inferSelect;
export type ActivityRow = typeof volunteerActivity.$inferSelect;
export type SignupRow = typeof volunteerSignup.$inferSelect;

/** Staff see teams by scope; everything is filtered in SQL, so an unseen team is simply not found. */
export const teamsIn = (scope: Scope) =>
  inScopePlaces(scope, volunteerTeam.communityId, volunteerTeam.nodePath);

/**
 * Who sees an activity: staff by scope, and residents whose home lies under the activity's compound or community
 * (the activities near them), or who are signed up for it.
 */
export function activitiesVisible(staff: Scope, homes: Homes, personIds: number[] = []): SQL {
  const parts: SQL[] = [inScopePlaces(staff, volunteerActivity.communityId, volunteerActivity.nodePath)];
  if (homes.over.length)
    parts.push(
      sql`(${volunteerActivity.communityId} = any(${sql.param(homes.communityIds)}::bigint[]) and ${volunteerActivity.nodePath} = any(${sql.param(homes.over)}::text[]))`,
    );
  if (personIds.length)
    parts.push(sql`exists (select 1 from ${volunteerSignup} s where s.community_id = ${volunteerActivity.communityId}
      and s.activity_id = ${volunteerActivity.id} and s.person_id = any(${sql.param(personIds)}::bigint[]))`);
  return sql`(${sql.join(parts, sql` or `)})`;
}

export async function findTeam(db: Executor, visible: SQL, id: number) {
  const [row] = await db
    .select()
    .from(volunteerTeam)
    .where(and(eq(volunteerTeam.id, id), visible));
  return row ?? null;
}

export interface Under {
  communityId: number | null;
  path: string;
}
/** A list's `nodeId` filter: rows whose node lies in the subtree (and, below a community, in its tenant). */
export const underNode = (u: Under | undefined, communityId: AnyColumn, path: AnyColumn) =>
  u
    ? and(
        u.communityId !== null ? sql`${communityId} = ${u.communityId}` : undefined,
        sql`${path} like ${`${u.path}%`}`,
      )
    : undefined;

export async function listTeams(
  db: Executor,
  visible: SQL,
  f: { under?: Under; beforeId?: number; limit: number },
) {
  return db
    .select({
      team: volunteerTeam,
      members: sql<number>`(select count(*)::int from ${volunteerMember} m where m.community_id = ${volunteerTeam.communityId} and m.team_id = ${volunteerTeam.id})`,
    })
    .from(volunteerTeam)
    .where(
      and(
        visible,
        underNode(f.under, volunteerTeam.communityId, volunteerTeam.nodePath),
        f.beforeId !== undefined ? lt(volunteerTeam.id, f.beforeId) : undefined,
      ),
    )
    .orderBy(desc(volunteerTeam.id))
    .limit(f.limit + 1);
}

export async function memberCount(db: Executor, t: TeamRow) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(volunteerMember)
    .where(and(eq(volunteerMember.communityId, t.communityId), eq(volunteerMember.teamId, t.id)));
  return row?.n ?? 0;
}

export async function insertTeam(db: Executor, t: typeof volunteerTeam.$inferInsert) {
  const [row] = await db.insert(volunteerTeam).values(t).returning();
  return row!;
}

export async function membersOf(db: Executor, t: TeamRow, f: { afterPersonId?: number; limit: number }) {
  return db
    .select({
      personId: volunteerMember.personId,
      name: person.name,
      role: volunteerMember.role,
      joinedAt: volunteerMember.joinedAt,
    })
    .from(volunteerMember)
    .innerJoin(
      person,
      and(eq(person.communityId, volunteerMember.communityId), eq(person.id, volunteerMember.personId)),
    )
    .where(
      and(
        eq(volunteerMember.communityId, t.communityId),
        eq(volunteerMember.teamId, t.id),
        f.afterPersonId !== undefined ? sql`${volunteerMember.personId} > ${f.afterPersonId}` : undefined,
      ),
    )
    .orderBy(asc(volunteerMember.personId))
    .limit(f.limit + 1);
}

export async function addMember(db: Executor, t: TeamRow, personId: number, role: 'leader' | 'member') {
  const [row] = await db
    .insert(volunteerMember)
    .values({ communityId: t.communityId, teamId: t.id, personId, role })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

export async function removeMember(db: Executor, t: TeamRow, personId: number) {
  const rows = await db
    .delete(volunteerMember)
    .where(
      and(
        eq(volunteerMember.communityId, t.communityId),
        eq(volunteerMember.teamId, t.id),
        eq(volunteerMember.personId, personId),
      ),
    )
    .returning();
  return rows[0] ?? null;
}

export async function findPerson(db: Executor, communityId: number, personId: number) {
  const [row] = await db
    .select({
      id: person.id,
      name: person.name,
      communityId: person.communityId,
      partyMember: person.partyMember,
    })
    .from(person)
    .where(and(eq(person.communityId, communityId), eq(person.id, personId)));
  return row ?? null;
}

/** The caller's own registry records: who they are in each community. */
export async function peopleOfAccount(db: Executor, accountId: number) {
  return db
    .select({
      id: person.id,
      communityId: person.communityId,
      name: person.name,
      partyMember: person.partyMember,
    })
    .from(person)
    .where(eq(person.accountId, accountId))
    .orderBy(asc(person.communityId), asc(person.id));
}

export async function findActivity(db: Executor, visible: SQL, id: number, lock = false) {
  const q = db
    .select()
    .from(volunteerActivity)
    .where(and(eq(volunteerActivity.id, id), visible));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

export interface ActivityFilter {
  under?: Under | undefined;
  teamId?: number | undefined;
  /** Only activities that have not ended by then. */
  endingAfter?: Date | undefined;
  /** Part of the title. */
  q?: string | undefined;
  beforeStart?: { startsAt: Date; id: number } | undefined;
  limit: number;
}

/** Newest first by start time; a resident's "near me" list passes `endingAfter` to see only what is still ahead. */
export async function listActivities(db: Executor, visible: SQL, f: ActivityFilter) {
  return db
    .select()
    .from(volunteerActivity)
    .where(
      and(
        visible,
        underNode(f.under, volunteerActivity.communityId, volunteerActivity.nodePath),
        f.teamId !== undefined ? eq(volunteerActivity.teamId, f.teamId) : undefined,
        f.endingAfter ? gte(volunteerActivity.endsAt, f.endingAfter) : undefined,
        f.q ? sql`${volunteerActivity.title} ilike ${containing(f.q)}` : undefined,
        f.beforeStart
          ? sql`(${volunteerActivity.startsAt}, ${volunteerActivity.id}) < (${f.beforeStart.startsAt}::timestamptz, ${f.beforeStart.id})`
          : undefined,
      ),
    )
    .orderBy(desc(volunteerActivity.startsAt), desc(volunteerActivity.id))
    .limit(f.limit + 1);
}

export async function insertActivity(db: Executor, a: typeof volunteerActivity.$inferInsert) {
  const [row] = await db.insert(volunteerActivity).values(a).returning();
  return row!;
}

const activityKey = (a: Pick<ActivityRow, 'communityId' | 'id'>) =>
  and(eq(volunteerActivity.communityId, a.communityId), eq(volunteerActivity.id, a.id));

export async function updateActivity(
  db: Executor,
  a: ActivityRow,
  patch: Partial<typeof volunteerActivity.$inferInsert>,
) {
  const [row] = await db.update(volunteerActivity).set(patch).where(activityKey(a)).returning();
  return row!;
}

/** Moves the sign-up count; the table's check constraint refuses a count past the capacity. */
export async function countSignup(db: Executor, a: ActivityRow, delta: 1 | -1) {
  const [row] = await db
    .update(volunteerActivity)
    .set({ signedUp: sql`${volunteerActivity.signedUp} + ${delta}` })
    .where(activityKey(a))
    .returning();
  return row!;
}

export async function teamNames(db: Executor, keys: { communityId: number; id: number }[]) {
  if (!keys.length) return new Map<string, string>();
  const rows = await db
    .select({ communityId: volunteerTeam.communityId, id: volunteerTeam.id, name: volunteerTeam.name })
    .from(volunteerTeam)
    .where(
      sql`(${volunteerTeam.communityId}, ${volunteerTeam.id}) in (${sql.join(
        keys.map((k) => sql`(${k.communityId}::bigint, ${k.id}::bigint)`),
        sql`, `,
      )})`,
    );
  return new Map(rows.map((r) => [`${r.communityId}:${r.id}`, r.name]));
}

export async function findSignup(
  db: Executor,
  a: ActivityRow,
  by: { personId: number } | { id: number },
  lock = false,
) {
  const q = db
    .select()
    .from(volunteerSignup)
    .where(
      and(
        eq(volunteerSignup.communityId, a.communityId),
        eq(volunteerSignup.activityId, a.id),
        'id' in by ? eq(volunteerSignup.id, by.id) : eq(volunteerSignup.personId, by.personId),
      ),
    );
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

export async function insertSignup(db: Executor, a: ActivityRow, personId: number, now: Date) {
  const [row] = await db
    .insert(volunteerSignup)
    .values({ communityId: a.communityId, activityId: a.id, personId, signedUpAt: now })
    .returning();
  return row!;
}

export async function updateSignup(
  db: Executor,
  s: SignupRow,
  patch: Partial<typeof volunteerSignup.$inferInsert>,
) {
  const [row] = await db
    .update(volunteerSignup)
    .set(patch)
    .where(and(eq(volunteerSignup.communityId, s.communityId), eq(volunteerSignup.id, s.id)))
    .returning();
  return row!;
}

/** The roster: current sign-ups (withdrawals last), with names. */
export async function roster(db: Executor, a: ActivityRow, f: { afterId?: number; limit: number }) {
  return db
    .select({ signup: volunteerSignup, name: person.name })
    .from(volunteerSignup)
    .innerJoin(
      person,
      and(eq(person.communityId, volunteerSignup.communityId), eq(person.id, volunteerSignup.personId)),
    )
    .where(
      and(
        eq(volunteerSignup.communityId, a.communityId),
        eq(volunteerSignup.activityId, a.id),
        f.afterId !== undefined ? sql`${volunteerSignup.id} > ${f.afterId}` : undefined,
      ),
    )
    .orderBy(asc(volunteerSignup.id))
    .limit(f.limit + 1);
}

/** The sign-ups of `personIds` among `activities`, for each activity's "my sign-up". */
export async function signupsOf(db: Executor, activities: ActivityRow[], personIds: number[]) {
  if (!activities.length || !personIds.length) return [];
  return db
    .select()
    .from(volunteerSignup)
    .where(
      and(
        // The activities' communities first, so on Citus a one-community page reads one shard.
        inArray(volunteerSignup.communityId, [...new Set(activities.map((a) => a.communityId))]),
        inArray(
          volunteerSignup.activityId,
          activities.map((a) => a.id),
        ),
        inArray(volunteerSignup.personId, personIds),
        isNull(volunteerSignup.cancelledAt),
      ),
    );
}

/** A person with their community, as the registry keys them. */
export interface PersonRef {
  id: number;
  communityId: number;
}

/** Sign-ups of `people`, naming their communities so that on Citus each community's rows come from one shard. */
export const signupsOfThem = (people: PersonRef[]) =>
  and(
    inArray(volunteerSignup.communityId, [...new Set(people.map((p) => p.communityId))]),
    inArray(
      volunteerSignup.personId,
      people.map((p) => p.id),
    ),
  );

/** A volunteer's own record: their sign-ups, newest activity first, with what they served. */
export async function signupsOfPeople(db: Executor, people: PersonRef[], limit: number) {
  if (!people.length) return [];
  return db
    .select({
      signup: volunteerSignup,
      name: person.name,
      title: volunteerActivity.title,
      place: volunteerActivity.place,
      startsAt: volunteerActivity.startsAt,
      endsAt: volunteerActivity.endsAt,
    })
    .from(volunteerSignup)
    .innerJoin(
      volunteerActivity,
      and(
        eq(volunteerActivity.communityId, volunteerSignup.communityId),
        eq(volunteerActivity.id, volunteerSignup.activityId),
      ),
    )
    .innerJoin(
      person,
      and(eq(person.communityId, volunteerSignup.communityId), eq(person.id, volunteerSignup.personId)),
    )
    .where(and(signupsOfThem(people), isNull(volunteerSignup.cancelledAt)))
    .orderBy(desc(volunteerActivity.startsAt))
    .limit(limit);
}

/** Person-times and minutes served over all time by `people`. */
export async function servedBy(db: Executor, people: PersonRef[]) {
  if (!people.length) return { personTimes: 0, minutes: 0 };
  const [row] = await db
    .select({
      personTimes: sql<number>`count(*)::int`,
      minutes: sql<number>`coalesce(sum(${volunteerSignup.minutes}), 0)::int`,
    })
    .from(volunteerSignup)
    .where(and(signupsOfThem(people), sql`${volunteerSignup.minutes} is not null`));
  return row ?? { personTimes: 0, minutes: 0 };
}
