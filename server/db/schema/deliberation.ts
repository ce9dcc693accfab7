import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  unique,
} from 'drizzle-orm/pg-core';
import { FOLLOW_UP_KINDS, TASK_STATES } from '../../../domain/deliberation/follow-ups';
import { MEETING_KINDS, MEETING_STATES } from '../../../domain/deliberation/meetings';
import { TOPIC_STATES } from '../../../domain/deliberation/topics';
import { at, communityId, ref, tenantId } from './columns';
import { event } from './events';
import { governanceBody } from './governance';

/**
 * A topic (议题) of a compound, or of the community as a whole (`compound_id` null). `place_path` is the node's
 * path, so scope filters topics exactly as it filters places.
 */
export const topic = pgTable(
  'topic',
  {
    communityId: communityId(),
    id: tenantId(),
    compoundId: ref('compound_id'),
    placePath: text('place_path').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    status: text('status', { enum: TOPIC_STATES }).notNull(),
    source: text('source', { enum: ['resident', 'staff'] }).notNull(),
    raisedByAccountId: ref('raised_by_account_id').notNull(),
    raisedByName: text('raised_by_name').notNull(),
    /** Kept with the supports and comments they count, in the same transaction: lists show them without a count(*). */
    supportCount: integer('support_count').notNull().default(0),
    commentCount: integer('comment_count').notNull().default(0),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    index('topic_id_idx').on(t.id),
    index('topic_place_idx').using('btree', t.communityId, sql`${t.placePath} text_pattern_ops`, t.id),
    index('topic_compound_idx').on(t.communityId, t.compoundId, t.id),
  ],
);

export const topicComment = pgTable(
  'topic_comment',
  {
    communityId: communityId(),
    id: tenantId(),
    topicId: ref('topic_id').notNull(),
    accountId: ref('account_id').notNull(),
    authorName: text('author_name').notNull(),
    /** Residents and staff are told apart in the thread without naming the resident's house. */
    authorKind: text('author_kind', { enum: ['resident', 'staff'] }).notNull(),
    body: text('body').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({ columns: [t.communityId, t.topicId], foreignColumns: [topic.communityId, topic.id] }),
    index('topic_comment_topic_idx').on(t.communityId, t.topicId, t.id),
  ],
);

/** One support per account and topic: the primary key says so. */
export const topicSupport = pgTable(
  'topic_support',
  {
    communityId: communityId(),
    topicId: ref('topic_id').notNull(),
    accountId: ref('account_id').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.topicId, t.accountId] }),
    foreignKey({ columns: [t.communityId, t.topicId], foreignColumns: [topic.communityId, topic.id] }),
  ],
);

export const meeting = pgTable(
  'meeting',
  {
    communityId: communityId(),
    id: tenantId(),
    kind: text('kind', { enum: MEETING_KINDS }).notNull(),
    compoundId: ref('compound_id'),
    placePath: text('place_path').notNull(),
    title: text('title').notNull(),
    startsAt: at('starts_at').notNull(),
    location: text('location').notNull(),
    status: text('status', { enum: MEETING_STATES }).notNull(),
    minutes: text('minutes'),
    /** People present who were not invited by name (residents at a council). */
    otherAttendees: integer('other_attendees').notNull().default(0),
    heldAt: at('held_at'),
    cancelReason: text('cancel_reason'),
    convenedByAccountId: ref('convened_by_account_id').notNull(),
    convenedByName: text('convened_by_name').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    index('meeting_id_idx').on(t.id),
    index('meeting_place_idx').using(
      'btree',
      t.communityId,
      sql`${t.placePath} text_pattern_ops`,
      t.startsAt,
    ),
    // The statistics count meetings held in a period, by the time they sat.
    index('meeting_held_idx')
      .on(t.communityId, t.startsAt)
      .where(sql`${t.status} = 'held'`),
  ],
);

/** Who is invited: a governance body (joint meetings) or an account (a resident representative); and who came. */
export const meetingInvitee = pgTable(
  'meeting_invitee',
  {
    communityId: communityId(),
    id: tenantId(),
    meetingId: ref('meeting_id').notNull(),
    bodyId: ref('body_id'),
    accountId: ref('account_id'),
    name: text('name').notNull(),
    attended: boolean('attended'),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({ columns: [t.communityId, t.meetingId], foreignColumns: [meeting.communityId, meeting.id] }),
    foreignKey({
      columns: [t.communityId, t.bodyId],
      foreignColumns: [governanceBody.communityId, governanceBody.id],
    }),
    unique('meeting_invitee_body_key').on(t.communityId, t.meetingId, t.bodyId),
    unique('meeting_invitee_account_key').on(t.communityId, t.meetingId, t.accountId),
    index('meeting_invitee_account_idx').on(t.accountId),
  ],
);

/** A topic on a meeting's agenda; the record stays when the topic moves to a later meeting. */
export const agendaItem = pgTable(
  'agenda_item',
  {
    communityId: communityId(),
    meetingId: ref('meeting_id').notNull(),
    topicId: ref('topic_id').notNull(),
    position: integer('position').notNull(),
    /** Taken off the agenda (unscheduled) before the meeting. */
    removedAt: at('removed_at'),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.meetingId, t.topicId] }),
    foreignKey({ columns: [t.communityId, t.meetingId], foreignColumns: [meeting.communityId, meeting.id] }),
    foreignKey({ columns: [t.communityId, t.topicId], foreignColumns: [topic.communityId, topic.id] }),
    index('agenda_item_topic_idx').on(t.communityId, t.topicId),
  ],
);

/** A resolution (决议) of a held meeting: on an agenda topic or free-standing; `consensus` is 达成共识. */
export const resolution = pgTable(
  'resolution',
  {
    communityId: communityId(),
    id: tenantId(),
    meetingId: ref('meeting_id').notNull(),
    topicId: ref('topic_id'),
    text: text('text').notNull(),
    consensus: boolean('consensus').notNull(),
    createdByAccountId: ref('created_by_account_id').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({ columns: [t.communityId, t.meetingId], foreignColumns: [meeting.communityId, meeting.id] }),
    foreignKey({ columns: [t.communityId, t.topicId], foreignColumns: [topic.communityId, topic.id] }),
    // A topic is resolved once.
    unique('resolution_topic_key').on(t.communityId, t.topicId),
    index('resolution_meeting_idx').on(t.communityId, t.meetingId),
  ],
);

export const followUp = pgTable(
  'follow_up',
  {
    communityId: communityId(),
    id: tenantId(),
    resolutionId: ref('resolution_id').notNull(),
    kind: text('kind', { enum: FOLLOW_UP_KINDS }).notNull(),
    eventId: ref('event_id'),
    title: text('title').notNull(),
    ownerAccountId: ref('owner_account_id'),
    ownerName: text('owner_name'),
    dueOn: date('due_on', { mode: 'string' }),
    /** A task's own state; an event follow-up reads its event's. */
    status: text('status', { enum: TASK_STATES }),
    doneAt: at('done_at'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    index('follow_up_id_idx').on(t.id),
    foreignKey({
      columns: [t.communityId, t.resolutionId],
      foreignColumns: [resolution.communityId, resolution.id],
    }),
    foreignKey({ columns: [t.communityId, t.eventId], foreignColumns: [event.communityId, event.id] }),
    index('follow_up_resolution_idx').on(t.communityId, t.resolutionId),
    index('follow_up_owner_idx').on(t.ownerAccountId, t.dueOn),
  ],
);
