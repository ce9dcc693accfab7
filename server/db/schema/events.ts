import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { EVENT_LEVELS, EVENT_STATES } from '../../../domain/events/machine';
import { PARTY_KINDS, type LocalizedName } from '../../../domain/events/categories';
import { COUNTERS, type Counter } from '../../../domain/events/metrics';
import { storedFile } from './columns';
import { orgNode } from './org';

const at = (name: string) => timestamp(name, { withTimezone: true });
const communityId = () => bigint('community_id', { mode: 'number' }).notNull();

/** The published list of matters (事项清单, RULES.md §6): a global reference table. */
export const eventCategory = pgTable('event_category', {
  code: text('code').primaryKey(),
  parentCode: text('parent_code'),
  name: jsonb('name').$type<LocalizedName>().notNull(),
  responsibleParty: text('responsible_party', { enum: PARTY_KINDS }).notNull(),
  department: text('department'),
  startLevel: text('start_level', { enum: EVENT_LEVELS }).notNull(),
  deadlineHours: integer('deadline_hours'),
  deadlineWorkingDays: integer('deadline_working_days'),
  dispatchMode: text('dispatch_mode', { enum: ['assign', 'open'] }).notNull(),
  autoDispatch: boolean('auto_dispatch').notNull(),
  sort: integer('sort').notNull().default(0),
  /** The category's position in the coarse rollups' `category_reports` arrays: given once, never reused. */
  slot: smallint('slot').notNull().unique(),
});

/** A street's own rules: its working-day calendar, escalation policy and dispatch overrides per category. */
export const streetEventPolicy = pgTable('street_event_policy', {
  streetId: bigint('street_id', { mode: 'number' })
    .primaryKey()
    .references(() => orgNode.id),
  holidays: date('holidays', { mode: 'string' }).array().notNull(),
  workdays: date('workdays', { mode: 'string' }).array().notNull(),
  escalateAfterHours: integer('escalate_after_hours').notNull(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

export const dispatchRule = pgTable(
  'dispatch_rule',
  {
    streetId: bigint('street_id', { mode: 'number' })
      .notNull()
      .references(() => orgNode.id),
    categoryCode: text('category_code')
      .notNull()
      .references(() => eventCategory.code),
    responsibleParty: text('responsible_party', { enum: PARTY_KINDS }).notNull(),
    department: text('department'),
    startLevel: text('start_level', { enum: EVENT_LEVELS }).notNull(),
    autoDispatch: boolean('auto_dispatch').notNull(),
  },
  (t) => [primaryKey({ columns: [t.streetId, t.categoryCode] })],
);

export const event = pgTable(
  'event',
  {
    communityId: communityId(),
    id: bigint('id', { mode: 'number' }).notNull().generatedByDefaultAsIdentity(),
    categoryCode: text('category_code').notNull(),
    description: text('description').notNull(),
    status: text('status', { enum: EVENT_STATES }).notNull(),
    level: text('level', { enum: EVENT_LEVELS }).notNull(),
    /** The compound, building or unit; null when the event concerns the community as a whole. */
    placeId: bigint('place_id', { mode: 'number' }),
    /** The place's path, or the community's when there is no place: what scope filters on. */
    placePath: text('place_path').notNull(),
    compoundId: bigint('compound_id', { mode: 'number' }),
    houseId: bigint('house_id', { mode: 'number' }),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    address: text('address'),
    channel: text('channel', {
      enum: ['resident', 'console', 'patrol', 'api', 'open311', 'care_visit', 'device'],
    }).notNull(),
    reporterAccountId: bigint('reporter_account_id', { mode: 'number' }),
    reporterName: text('reporter_name').notNull(),
    assigneeKind: text('assignee_kind', { enum: PARTY_KINDS }),
    assigneeNodeId: bigint('assignee_node_id', { mode: 'number' }),
    assigneeNodePath: text('assignee_node_path'),
    assigneeDepartment: text('assignee_department'),
    assigneeAccountId: bigint('assignee_account_id', { mode: 'number' }),
    assigneeName: text('assignee_name'),
    dispatchMode: text('dispatch_mode', { enum: ['assign', 'open'] }).notNull(),
    deadline: at('deadline'),
    reportedAt: at('reported_at').notNull().defaultNow(),
    acceptedAt: at('accepted_at'),
    dispatchedAt: at('dispatched_at'),
    handledAt: at('handled_at'),
    closedAt: at('closed_at'),
    reworkCount: integer('rework_count').notNull().default(0),
    escalations: integer('escalations').notNull().default(0),
    rating: smallint('rating'),
    ratingComment: text('rating_comment'),
    reopened: boolean('reopened').notNull().default(false),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    // An event is opened by its id alone (links, a resident's own report, Open311): one index probe, not a scan.
    index('event_id_idx').on(t.id),
    index('event_place_idx').using('btree', t.communityId, sql`${t.placePath} text_pattern_ops`, t.id),
    index('event_status_idx').on(t.communityId, t.status, t.id),
    // The duplicate hint: the same category at the same place within a day.
    index('event_duplicate_idx').on(t.communityId, t.categoryCode, t.placeId, t.reportedAt),
    index('event_reporter_idx').on(t.reporterAccountId, t.id),
    // Early warnings read a community's recent reports (hotspots: the last weeks) without scanning its history.
    index('event_reported_idx').on(t.communityId, t.reportedAt),
    // The handler's inbox and the escalation job read only the events whose clock is running.
    index('event_running_idx')
      .on(t.assigneeKind, t.deadline, t.id)
      .where(sql`${t.status} in ('dispatched', 'in_progress')`),
    index('event_assignee_account_idx')
      .on(t.assigneeAccountId, t.deadline)
      .where(sql`${t.assigneeAccountId} is not null`),
  ],
);

/** The electronic file of an event (RULES.md §6): every action, who took it, and what they said. */
export const eventLog = pgTable(
  'event_log',
  {
    communityId: communityId(),
    id: bigint('id', { mode: 'number' }).notNull().generatedByDefaultAsIdentity(),
    eventId: bigint('event_id', { mode: 'number' }).notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status', { enum: EVENT_STATES }),
    toStatus: text('to_status', { enum: EVENT_STATES }).notNull(),
    actorAccountId: bigint('actor_account_id', { mode: 'number' }),
    actorName: text('actor_name').notNull(),
    note: text('note'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    at: at('at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({ columns: [t.communityId, t.eventId], foreignColumns: [event.communityId, event.id] }),
    index('event_log_event_idx').on(t.communityId, t.eventId, t.id),
  ],
);

/** A photo waiting to be attached: uploaded before the event (or its handling note) exists. */
export const upload = pgTable(
  'upload',
  {
    id: uuid('id').primaryKey(),
    accountId: bigint('account_id', { mode: 'number' }).notNull(),
    ...storedFile(),
  },
  (t) => [index('upload_account_idx').on(t.accountId, t.createdAt)],
);

export const eventAttachment = pgTable(
  'event_attachment',
  {
    communityId: communityId(),
    id: uuid('id').notNull(),
    eventId: bigint('event_id', { mode: 'number' }).notNull(),
    logId: bigint('log_id', { mode: 'number' }),
    ...storedFile(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({ columns: [t.communityId, t.eventId], foreignColumns: [event.communityId, event.id] }),
    index('event_attachment_event_idx').on(t.communityId, t.eventId),
  ],
);

/** A retried request with the same `Idempotency-Key` gets the first answer back (issue contract). */
export const idempotencyKey = pgTable(
  'idempotency_key',
  {
    accountId: bigint('account_id', { mode: 'number' }).notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    communityId: bigint('community_id', { mode: 'number' }).notNull(),
    eventId: bigint('event_id', { mode: 'number' }).notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.key] })],
);

/** The in-app inbox: one row per person told about an event. */
export const inboxItem = pgTable(
  'inbox_item',
  {
    communityId: communityId(),
    id: bigint('id', { mode: 'number' }).notNull().generatedByDefaultAsIdentity(),
    accountId: bigint('account_id', { mode: 'number' }).notNull(),
    eventId: bigint('event_id', { mode: 'number' }).notNull(),
    kind: text('kind').notNull(),
    text: text('text').notNull(),
    readAt: at('read_at'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({ columns: [t.communityId, t.eventId], foreignColumns: [event.communityId, event.id] }),
    index('inbox_item_account_idx').on(t.accountId, t.id),
  ],
);

const counter = (name: string) => doublePrecision(name).notNull().default(0);
/** Fresh column builders per table (a builder belongs to the one table it is built into). */
const counterColumns = () =>
  Object.fromEntries(
    COUNTERS.map((c) => [c, counter(c.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`))]),
  ) as Record<Counter, ReturnType<typeof counter>>;

/** Statistics per community, compound (0 = none), category and local day; kept in the write transaction. */
export const eventRollup = pgTable(
  'event_rollup',
  {
    communityId: communityId(),
    compoundId: bigint('compound_id', { mode: 'number' }).notNull(),
    categoryCode: text('category_code').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    ...counterColumns(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.compoundId, t.categoryCode, t.day] }),
    index('event_rollup_day_idx').on(t.communityId, t.day),
  ],
);

/** A month's reports and closures per day of the month (the 1st first), for the daily trend. */
const dayArray = (name: string) => doublePrecision(name).array().notNull();
/**
 * Reports per category at the category's `slot` (1-based): summed position by position, a period's categories
 * cost a few additions per row instead of unpacking a map per row.
 */
const categoryReports = () => doublePrecision('category_reports').array().notNull();

/**
 * Statistics per community and local day, over all compounds and categories (reports per category in
 * `category_reports`): the edge days of a period that starts or ends mid-month. Kept in the write transaction with
 * `event_rollup`, so a street's or district's figures read a few rows per community instead of most of the fine
 * rollup (docs/BENCHMARKS.md, `stats`).
 */
export const eventRollupDay = pgTable(
  'event_rollup_day',
  {
    communityId: communityId(),
    day: date('day', { mode: 'string' }).notNull(),
    ...counterColumns(),
    categoryReports: categoryReports(),
  },
  (t) => [primaryKey({ columns: [t.communityId, t.day] })],
);

/** Statistics per community and month (`month` is its first day): the whole months of a period, and its trend. */
export const eventRollupMonth = pgTable(
  'event_rollup_month',
  {
    communityId: communityId(),
    month: date('month', { mode: 'string' }).notNull(),
    ...counterColumns(),
    categoryReports: categoryReports(),
    reportedDays: dayArray('reported_days'),
    closedDays: dayArray('closed_days'),
  },
  (t) => [primaryKey({ columns: [t.communityId, t.month] })],
);
