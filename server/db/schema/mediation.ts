import { sql } from 'drizzle-orm';
import { check, date, foreignKey, index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { CASE_STATES, CASE_TYPES, OUTCOMES, PARTY_ROLES } from '../../../domain/mediation/machine';
import { at, authored, communityId, ref, tenantId } from './columns';
import { event } from './events';
import { person } from './registry';

/**
 * A resident the community has named a people's mediator (人民调解员). One row per person and community; `ended_at`
 * keeps the record when someone steps down, so old cases still name their mediators.
 */
export const mediator = pgTable(
  'mediator',
  {
    communityId: communityId(),
    personId: ref('person_id').notNull(),
    since: at('since').notNull().defaultNow(),
    endedAt: at('ended_at'),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.personId] }),
    foreignKey({ columns: [t.communityId, t.personId], foreignColumns: [person.communityId, person.id] }),
  ],
);

/**
 * A mediation case at a compound or community. `event_id` links the reported event it came from; `outcome` is set
 * by the action that decides the case and is what the statistics count.
 */
export const mediationCase = pgTable(
  'mediation_case',
  {
    communityId: communityId(),
    id: tenantId(),
    nodeId: ref('node_id').notNull(),
    nodePath: text('node_path').notNull(),
    eventId: ref('event_id'),
    type: text('type', { enum: CASE_TYPES }).notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    status: text('status', { enum: CASE_STATES }).notNull().default('open'),
    outcome: text('outcome', { enum: OUTCOMES }),
    agreement: text('agreement'),
    failureReason: text('failure_reason'),
    referredTo: text('referred_to'),
    followUpOn: date('follow_up_on', { mode: 'string' }),
    followUpResult: text('follow_up_result'),
    openedAt: at('opened_at').notNull().defaultNow(),
    decidedAt: at('decided_at'),
    closedAt: at('closed_at'),
    ...authored(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({ columns: [t.communityId, t.eventId], foreignColumns: [event.communityId, event.id] }),
    check(
      'mediation_case_outcome_check',
      sql`(${t.status} = 'open') = (${t.outcome} is null) and (${t.outcome} <> 'agreed' or ${t.agreement} is not null)
        and (${t.outcome} <> 'referred' or ${t.referredTo} is not null)`,
    ),
    index('mediation_case_id_idx').on(t.id),
    index('mediation_case_node_idx').using(
      'btree',
      t.communityId,
      sql`${t.nodePath} text_pattern_ops`,
      t.openedAt,
    ),
    index('mediation_case_event_idx').on(t.communityId, t.eventId),
  ],
);

/** A party to a dispute: a resident of the registry (`person_id`) or someone named only. */
export const mediationParty = pgTable(
  'mediation_party',
  {
    communityId: communityId(),
    id: tenantId(),
    caseId: ref('case_id').notNull(),
    role: text('role', { enum: PARTY_ROLES }).notNull(),
    name: text('name').notNull(),
    personId: ref('person_id'),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({
      columns: [t.communityId, t.caseId],
      foreignColumns: [mediationCase.communityId, mediationCase.id],
    }),
    foreignKey({ columns: [t.communityId, t.personId], foreignColumns: [person.communityId, person.id] }),
    index('mediation_party_case_idx').on(t.communityId, t.caseId),
    index('mediation_party_person_idx').on(t.communityId, t.personId),
  ],
);

/** The mediators who take a case; each must be a mediator of the case's community. */
export const mediationCaseMediator = pgTable(
  'mediation_case_mediator',
  {
    communityId: communityId(),
    caseId: ref('case_id').notNull(),
    personId: ref('person_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.caseId, t.personId] }),
    foreignKey({
      columns: [t.communityId, t.caseId],
      foreignColumns: [mediationCase.communityId, mediationCase.id],
    }),
    foreignKey({
      columns: [t.communityId, t.personId],
      foreignColumns: [mediator.communityId, mediator.personId],
    }),
  ],
);

/** One mediation session: when, where, who came, and what was said. */
export const mediationSession = pgTable(
  'mediation_session',
  {
    communityId: communityId(),
    id: tenantId(),
    caseId: ref('case_id').notNull(),
    heldAt: at('held_at').notNull(),
    place: text('place').notNull(),
    notes: text('notes').notNull(),
    attendees: text('attendees').array().notNull(),
    recordedByName: text('recorded_by_name').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({
      columns: [t.communityId, t.caseId],
      foreignColumns: [mediationCase.communityId, mediationCase.id],
    }),
    index('mediation_session_case_idx').on(t.communityId, t.caseId, t.heldAt),
  ],
);
