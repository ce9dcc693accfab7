import { and, asc, desc, eq, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { MeetingKind, MeetingState } from '../../../domain/deliberation/meetings';
import type { Executor } from '../../db/client';
import {
  account,
  agendaItem,
  event,
  followUp,
  governanceBody,
  meeting,
  meetingInvitee,
  resolution,
  roleGrant,
  topic,
} from '../../db/schema';
import { readableSql, type Access } from './access';

export type MeetingRow = typeof meeting.$inferSelect;
export type InviteeRow = typeof meetingInvitee.$inferSelect;

/** Meetings staff may read in scope, residents' home meetings, and the ones an account is invited to by name. */
export const visibleMeetings = (a: Access) =>
  or(
    readableSql(a, {
      communityId: meeting.communityId,
      compoundId: meeting.compoundId,
      placePath: meeting.placePath,
    }),
    sql`exists (select 1 from ${meetingInvitee} i where i.community_id = ${meeting.communityId}
      and i.meeting_id = ${meeting.id} and i.account_id = ${a.caller.accountId})`,
  )!;

const key = (m: { communityId: number; id: number }) =>
  and(eq(meeting.communityId, m.communityId), eq(meeting.id, m.id));

export async function findMeeting(db: Executor, visible: SQL, id: number, lock = false) {
  const q = db
    .select()
    .from(meeting)
    .where(and(eq(meeting.id, id), visible));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

export async function listMeetings(
  db: Executor,
  f: {
    visible: SQL;
    under?: { communityId: number | null; path: string } | undefined;
    kind?: MeetingKind | undefined;
    status?: MeetingState | undefined;
    after?: { startsAt: string; id: number } | undefined;
    limit: number;
  },
) {
  return db
    .select()
    .from(meeting)
    .where(
      and(
        f.visible,
        f.under?.communityId != null ? eq(meeting.communityId, f.under.communityId) : undefined,
        f.under ? sql`${meeting.placePath} like ${`${f.under.path}%`}` : undefined,
        f.kind ? eq(meeting.kind, f.kind) : undefined,
        f.status ? eq(meeting.status, f.status) : undefined,
        f.after
          ? sql`(${meeting.startsAt}, ${meeting.id}) < (${f.after.startsAt}::timestamptz, ${f.after.id})`
          : undefined,
      ),
    )
    .orderBy(desc(meeting.startsAt), desc(meeting.id))
    .limit(f.limit + 1);
}

export async function insertMeeting(db: Executor, values: typeof meeting.$inferInsert) {
  const [row] = await db.insert(meeting).values(values).returning();
  return row!;
}

export async function updateMeeting(
  db: Executor,
  m: MeetingRow,
  patch: Partial<typeof meeting.$inferInsert>,
) {
  const [row] = await db
    .update(meeting)
    .set({ ...patch, updatedAt: new Date() })
    .where(key(m))
    .returning();
  return row!;
}

export async function inviteesOf(db: Executor, m: MeetingRow) {
  return db
    .select({
      id: meetingInvitee.id,
      bodyId: meetingInvitee.bodyId,
      bodyKind: governanceBody.kind,
      accountId: meetingInvitee.accountId,
      name: meetingInvitee.name,
      attended: meetingInvitee.attended,
    })
    .from(meetingInvitee)
    .leftJoin(
      governanceBody,
      and(
        eq(governanceBody.communityId, meetingInvitee.communityId),
        eq(governanceBody.id, meetingInvitee.bodyId),
      ),
    )
    .where(and(eq(meetingInvitee.communityId, m.communityId), eq(meetingInvitee.meetingId, m.id)))
    .orderBy(asc(meetingInvitee.id));
}

/** Replaces the invitations; a re-invited body or account keeps its row. */
export async function setInvitees(
  db: Executor,
  m: MeetingRow,
  bodies: { id: number; name: string }[],
  accounts: { id: number; name: string }[],
) {
  const scope = and(eq(meetingInvitee.communityId, m.communityId), eq(meetingInvitee.meetingId, m.id));
  const bodyIds = bodies.map((b) => b.id);
  const accountIds = accounts.map((x) => x.id);
  await db
    .delete(meetingInvitee)
    .where(
      and(
        scope,
        or(
          and(
            sql`${meetingInvitee.bodyId} is not null`,
            bodyIds.length ? sql`not (${inArray(meetingInvitee.bodyId, bodyIds)})` : undefined,
          ),
          and(
            sql`${meetingInvitee.accountId} is not null`,
            accountIds.length ? sql`not (${inArray(meetingInvitee.accountId, accountIds)})` : undefined,
          ),
        ),
      ),
    );
  const rows = [
    ...bodies.map((b) => ({ communityId: m.communityId, meetingId: m.id, bodyId: b.id, name: b.name })),
    ...accounts.map((x) => ({ communityId: m.communityId, meetingId: m.id, accountId: x.id, name: x.name })),
  ];
  if (rows.length) await db.insert(meetingInvitee).values(rows).onConflictDoNothing();
}

export async function setAttendance(db: Executor, m: MeetingRow, attended: number[]) {
  await db
    .update(meetingInvitee)
    .set({
      attended: attended.length ? sql`${meetingInvitee.id} = any(${sql.param(attended)}::bigint[])` : false,
    })
    .where(and(eq(meetingInvitee.communityId, m.communityId), eq(meetingInvitee.meetingId, m.id)));
}

/** The topics on the agenda, in order. */
export async function agendaOf(db: Executor, m: MeetingRow) {
  return db
    .select({ topic, position: agendaItem.position })
    .from(agendaItem)
    .innerJoin(topic, and(eq(topic.communityId, agendaItem.communityId), eq(topic.id, agendaItem.topicId)))
    .where(
      and(
        eq(agendaItem.communityId, m.communityId),
        eq(agendaItem.meetingId, m.id),
        isNull(agendaItem.removedAt),
      ),
    )
    .orderBy(asc(agendaItem.position));
}

export async function addToAgenda(db: Executor, m: MeetingRow, topicId: number) {
  const position = sql`(select coalesce(max(${agendaItem.position}), 0) + 1 from ${agendaItem}
    where ${agendaItem.communityId} = ${m.communityId} and ${agendaItem.meetingId} = ${m.id})`;
  await db
    .insert(agendaItem)
    .values({ communityId: m.communityId, meetingId: m.id, topicId, position })
    .onConflictDoUpdate({
      target: [agendaItem.communityId, agendaItem.meetingId, agendaItem.topicId],
      set: { removedAt: null, position },
    });
}

/** Takes topics off the agenda (all of them when `topicIds` is left out, for a cancelled meeting). */
export async function removeFromAgenda(db: Executor, m: MeetingRow, topicIds?: number[]) {
  await db
    .update(agendaItem)
    .set({ removedAt: new Date() })
    .where(
      and(
        eq(agendaItem.communityId, m.communityId),
        eq(agendaItem.meetingId, m.id),
        isNull(agendaItem.removedAt),
        topicIds ? inArray(agendaItem.topicId, topicIds) : undefined,
      ),
    );
}

export async function resolutionsOf(db: Executor, m: MeetingRow) {
  const [resolutions, followUps] = await Promise.all([
    db
      .select({
        id: resolution.id,
        topicId: resolution.topicId,
        topicTitle: topic.title,
        text: resolution.text,
        consensus: resolution.consensus,
        createdAt: resolution.createdAt,
      })
      .from(resolution)
      .leftJoin(topic, and(eq(topic.communityId, resolution.communityId), eq(topic.id, resolution.topicId)))
      .where(and(eq(resolution.communityId, m.communityId), eq(resolution.meetingId, m.id)))
      .orderBy(asc(resolution.id)),
    followUpsWhere(
      db,
      and(
        eq(followUp.communityId, m.communityId),
        sql`${followUp.resolutionId} in (select id from ${resolution} r where r.community_id = ${m.communityId} and r.meeting_id = ${m.id})`,
      )!,
    ),
  ]);
  return resolutions.map((r) => ({ ...r, followUps: followUps.filter((f) => f.resolutionId === r.id) }));
}

/** Follow-ups with their event's state, and the meeting they came from (whose conveners manage them). */
export async function followUpsWhere(db: Executor, where: SQL, lock = false) {
  const q = db
    .select({
      followUp,
      eventStatus: event.status,
      eventDeadline: event.deadline,
      meetingPath: meeting.placePath,
      meetingCompoundId: meeting.compoundId,
    })
    .from(followUp)
    .innerJoin(
      resolution,
      and(eq(resolution.communityId, followUp.communityId), eq(resolution.id, followUp.resolutionId)),
    )
    .innerJoin(
      meeting,
      and(eq(meeting.communityId, resolution.communityId), eq(meeting.id, resolution.meetingId)),
    )
    .leftJoin(event, and(eq(event.communityId, followUp.communityId), eq(event.id, followUp.eventId)))
    .where(where)
    .orderBy(asc(followUp.id));
  const rows = lock ? await q.for('update', { of: followUp }) : await q;
  return rows.map((r) => ({
    ...r.followUp,
    eventStatus: r.eventStatus,
    eventDeadline: r.eventDeadline,
    meetingPath: r.meetingPath,
    meetingCompoundId: r.meetingCompoundId,
  }));
}
export type FollowUpRow = Awaited<ReturnType<typeof followUpsWhere>>[number];

export async function insertResolution(db: Executor, values: typeof resolution.$inferInsert) {
  const [row] = await db.insert(resolution).values(values).returning();
  return row!;
}

export async function insertFollowUp(db: Executor, values: typeof followUp.$inferInsert) {
  const [row] = await db.insert(followUp).values(values).returning();
  return row!;
}

export async function setTaskStatus(db: Executor, f: FollowUpRow, status: 'open' | 'done') {
  await db
    .update(followUp)
    .set({ status, doneAt: status === 'done' ? new Date() : null })
    .where(and(eq(followUp.communityId, f.communityId), eq(followUp.id, f.id)));
}

/** Bodies of the community serving at or below `path` (a compound's, or every compound's for a community). */
export async function bodiesUnder(db: Executor, communityId: number, path: string, ids: number[]) {
  if (!ids.length) return [];
  return db
    .select({ id: governanceBody.id, name: governanceBody.name, kind: governanceBody.kind })
    .from(governanceBody)
    .where(
      and(
        eq(governanceBody.communityId, communityId),
        inArray(governanceBody.id, ids),
        sql`${governanceBody.placePath} like ${`${path}%`}`,
      ),
    );
}

/**
 * Accounts with a role at or around a place: granted at a node above it (community staff, the street) or below it
 * (the compound's party branch, property staff, residents). Both tables are global: no tenant table is joined.
 */
export async function accountsAround(db: Executor, path: string, ids?: number[]) {
  const rows = await db
    .select({ accountId: account.id, displayName: account.displayName, role: roleGrant.role })
    .from(roleGrant)
    .innerJoin(account, eq(account.id, roleGrant.accountId))
    .where(
      and(
        isNull(account.disabledAt),
        or(sql`${roleGrant.nodePath} like ${`${path}%`}`, sql`${path} like ${roleGrant.nodePath} || '%'`),
        ids ? inArray(account.id, ids.length ? ids : [0]) : sql`${roleGrant.role} <> 'resident'`,
        sql`${roleGrant.role} not in ('admin', 'auditor')`,
      ),
    )
    .orderBy(asc(account.id))
    .limit(500);
  const out = new Map<number, { accountId: number; displayName: string; roles: string[] }>();
  for (const r of rows) {
    const a = out.get(r.accountId) ?? { accountId: r.accountId, displayName: r.displayName, roles: [] };
    a.roles.push(r.role);
    out.set(r.accountId, a);
  }
  return [...out.values()];
}

/** Held meetings under a node in a period, for the statistics (few hundred a year per street). */
export async function heldMeetings(
  db: Executor,
  visible: SQL,
  under: { communityId: number | null; path: string },
  from: Date,
  to: Date,
) {
  return db
    .select({
      id: meeting.id,
      communityId: meeting.communityId,
      kind: meeting.kind,
      startsAt: meeting.startsAt,
    })
    .from(meeting)
    .where(
      and(
        visible,
        under.communityId !== null ? eq(meeting.communityId, under.communityId) : undefined,
        sql`${meeting.placePath} like ${`${under.path}%`}`,
        eq(meeting.status, 'held'),
        sql`${meeting.startsAt} >= ${from.toISOString()}::timestamptz`,
        lt(meeting.startsAt, to),
      ),
    );
}
