import { and, asc, desc, eq, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { TopicState } from '../../../domain/deliberation/topics';
import type { Executor } from '../../db/client';
import { agendaItem, meeting, resolution, topic, topicComment, topicSupport } from '../../db/schema';
import { readableSql, type Access } from './access';

export type TopicRow = typeof topic.$inferSelect;

export const visibleTopics = (a: Access) =>
  readableSql(a, {
    communityId: topic.communityId,
    compoundId: topic.compoundId,
    placePath: topic.placePath,
  });

const key = (t: { communityId: number; id: number }) =>
  and(eq(topic.communityId, t.communityId), eq(topic.id, t.id));

export async function findTopic(db: Executor, visible: SQL, id: number, lock = false) {
  const q = db
    .select()
    .from(topic)
    .where(and(eq(topic.id, id), visible));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

export async function listTopics(
  db: Executor,
  f: {
    visible: SQL;
    under?: { communityId: number | null; path: string } | undefined;
    status?: TopicState | undefined;
    beforeId?: number | undefined;
    limit: number;
  },
) {
  return db
    .select()
    .from(topic)
    .where(
      and(
        f.visible,
        f.under?.communityId != null ? eq(topic.communityId, f.under.communityId) : undefined,
        f.under ? sql`${topic.placePath} like ${`${f.under.path}%`}` : undefined,
        f.status ? eq(topic.status, f.status) : undefined,
        f.beforeId !== undefined ? lt(topic.id, f.beforeId) : undefined,
      ),
    )
    .orderBy(desc(topic.id))
    .limit(f.limit + 1);
}

export async function insertTopic(db: Executor, values: typeof topic.$inferInsert) {
  const [row] = await db.insert(topic).values(values).returning();
  return row!;
}

export async function setTopicStatus(db: Executor, t: TopicRow, status: TopicState) {
  const [row] = await db.update(topic).set({ status, updatedAt: new Date() }).where(key(t)).returning();
  return row!;
}

export async function insertComment(db: Executor, values: typeof topicComment.$inferInsert) {
  const [row] = await db.insert(topicComment).values(values).returning();
  await db
    .update(topic)
    .set({ commentCount: sql`${topic.commentCount} + 1` })
    .where(and(eq(topic.communityId, values.communityId), eq(topic.id, values.topicId)));
  return row!;
}

export async function listComments(db: Executor, t: TopicRow, afterId: number | undefined, limit: number) {
  return db
    .select()
    .from(topicComment)
    .where(
      and(
        eq(topicComment.communityId, t.communityId),
        eq(topicComment.topicId, t.id),
        afterId !== undefined ? sql`${topicComment.id} > ${afterId}` : undefined,
      ),
    )
    .orderBy(asc(topicComment.id))
    .limit(limit + 1);
}

/** Adds the support and counts it; false when the account supported the topic already. */
export async function insertSupport(db: Executor, t: TopicRow, accountId: number) {
  const added = await db
    .insert(topicSupport)
    .values({ communityId: t.communityId, topicId: t.id, accountId })
    .onConflictDoNothing()
    .returning();
  if (!added.length) return t;
  const [row] = await db
    .update(topic)
    .set({ supportCount: sql`${topic.supportCount} + 1` })
    .where(key(t))
    .returning();
  return row!;
}

export async function supportedBy(db: Executor, t: TopicRow, accountId: number) {
  const [row] = await db
    .select({ accountId: topicSupport.accountId })
    .from(topicSupport)
    .where(
      and(
        eq(topicSupport.communityId, t.communityId),
        eq(topicSupport.topicId, t.id),
        eq(topicSupport.accountId, accountId),
      ),
    );
  return row !== undefined;
}

/** The meeting whose agenda the topic is on now (not taken off it), if any. */
export async function currentMeeting(db: Executor, t: TopicRow) {
  const [row] = await db
    .select({
      id: meeting.id,
      title: meeting.title,
      kind: meeting.kind,
      startsAt: meeting.startsAt,
      location: meeting.location,
      status: meeting.status,
    })
    .from(agendaItem)
    .innerJoin(
      meeting,
      and(eq(meeting.communityId, agendaItem.communityId), eq(meeting.id, agendaItem.meetingId)),
    )
    .where(
      and(
        eq(agendaItem.communityId, t.communityId),
        eq(agendaItem.topicId, t.id),
        isNull(agendaItem.removedAt),
      ),
    )
    .orderBy(desc(meeting.startsAt))
    .limit(1);
  return row ?? null;
}

export async function resolutionOfTopic(db: Executor, t: TopicRow) {
  const [row] = await db
    .select({ id: resolution.id, text: resolution.text, consensus: resolution.consensus })
    .from(resolution)
    .where(and(eq(resolution.communityId, t.communityId), eq(resolution.topicId, t.id)));
  return row ?? null;
}
