import { sql } from 'drizzle-orm';
import { bigint, foreignKey, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { OBJECTION_STATES } from '../../../domain/notices/period';
import { at, communityId, storedFile } from './columns';

/**
 * A public notice (公示) to the residents under a node (a compound, building or unit; the community for everyone in
 * it) for a period. `subject_kind`/`subject_id` name what it is about when another capability posted it (a vote's
 * result, an elevator plan, a convention).
 */
export const notice = pgTable(
  'notice',
  {
    communityId: communityId(),
    id: bigint('id', { mode: 'number' }).notNull().generatedByDefaultAsIdentity(),
    nodeId: bigint('node_id', { mode: 'number' }).notNull(),
    nodePath: text('node_path').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    startsAt: at('starts_at').notNull(),
    endsAt: at('ends_at').notNull(),
    subjectKind: text('subject_kind'),
    subjectId: bigint('subject_id', { mode: 'number' }),
    publishedByAccountId: bigint('published_by_account_id', { mode: 'number' }),
    publishedByName: text('published_by_name').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    index('notice_id_idx').on(t.id),
    index('notice_node_idx').using('btree', t.communityId, sql`${t.nodePath} text_pattern_ops`, t.id),
    index('notice_subject_idx').on(t.communityId, t.subjectKind, t.subjectId),
  ],
);

/** Files posted with a notice (images and PDFs, accepted by their content). */
export const noticeAttachment = pgTable(
  'notice_attachment',
  {
    communityId: communityId(),
    id: uuid('id').notNull(),
    noticeId: bigint('notice_id', { mode: 'number' }).notNull(),
    ...storedFile(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({ columns: [t.communityId, t.noticeId], foreignColumns: [notice.communityId, notice.id] }),
    index('notice_attachment_notice_idx').on(t.communityId, t.noticeId),
  ],
);

/** A resident opened the notice: once per account, with the building they read it as (counts by building). */
export const noticeReceipt = pgTable(
  'notice_receipt',
  {
    communityId: communityId(),
    noticeId: bigint('notice_id', { mode: 'number' }).notNull(),
    accountId: bigint('account_id', { mode: 'number' }).notNull(),
    /** The reader's building (or the place of their home when it hangs under no building). */
    buildingId: bigint('building_id', { mode: 'number' }),
    readAt: at('read_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.noticeId, t.accountId] }),
    foreignKey({ columns: [t.communityId, t.noticeId], foreignColumns: [notice.communityId, notice.id] }),
  ],
);

/** A resident's written objection during the period, and how staff resolved it. */
export const noticeObjection = pgTable(
  'notice_objection',
  {
    communityId: communityId(),
    id: bigint('id', { mode: 'number' }).notNull().generatedByDefaultAsIdentity(),
    noticeId: bigint('notice_id', { mode: 'number' }).notNull(),
    accountId: bigint('account_id', { mode: 'number' }).notNull(),
    authorName: text('author_name').notNull(),
    text: text('text').notNull(),
    status: text('status', { enum: OBJECTION_STATES }).notNull().default('pending'),
    reply: text('reply'),
    resolvedByAccountId: bigint('resolved_by_account_id', { mode: 'number' }),
    resolvedByName: text('resolved_by_name'),
    resolvedAt: at('resolved_at'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({ columns: [t.communityId, t.noticeId], foreignColumns: [notice.communityId, notice.id] }),
    index('notice_objection_notice_idx').on(t.communityId, t.noticeId, t.id),
  ],
);
