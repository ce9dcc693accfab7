import {
  bigint,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { person } from './registry';

/** How often someone in a care group should be visited (seed 004's household visits). */
export const careVisitPlan = pgTable(
  'care_visit_plan',
  {
    communityId: bigint('community_id', { mode: 'number' }).notNull(),
    personId: bigint('person_id', { mode: 'number' }).notNull(),
    intervalDays: integer('interval_days').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.personId] }),
    foreignKey({ columns: [t.communityId, t.personId], foreignColumns: [person.communityId, person.id] }),
  ],
);

export const careVisit = pgTable(
  'care_visit',
  {
    communityId: bigint('community_id', { mode: 'number' }).notNull(),
    id: bigint('id', { mode: 'number' }).notNull().generatedByDefaultAsIdentity(),
    personId: bigint('person_id', { mode: 'number' }).notNull(),
    visitedOn: date('visited_on', { mode: 'string' }).notNull(),
    visitorAccountId: bigint('visitor_account_id', { mode: 'number' }),
    visitorName: text('visitor_name').notNull(),
    notes: text('notes').notNull(),
    /** Needs found on the visit; they become events once the events capability exists. */
    needs: text('needs'),
    /** The event the needs were filed as (seed 004: a need found on a visit is followed up like any report). */
    eventId: bigint('event_id', { mode: 'number' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({ columns: [t.communityId, t.personId], foreignColumns: [person.communityId, person.id] }),
    index('care_visit_person_idx').on(t.communityId, t.personId, t.visitedOn),
  ],
);
