import { sql } from 'drizzle-orm';
import {
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  unique,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { ChecklistItem } from '../../../domain/patrols/checklists';
import { PLAN_SCOPES } from '../../../domain/patrols/checklists';
import { ANSWER_RESULTS, PATROL_STATES } from '../../../domain/patrols/patrol';
import type { RoundWindow } from '../../../domain/patrols/rounds';
import { at, communityId, ref, tenantId } from './columns';
import { event } from './events';
import { grid, place } from './org';

/**
 * A patrol plan: a grid's rounds (一日三巡) or a building's (the building leader's five duties). `node_path` is the
 * community's for a grid plan and the building's for a building plan, which is what scope filters on. The checklist
 * is data; a patrol copies it when it starts, so later edits of the plan never change what was answered.
 */
export const patrolPlan = pgTable(
  'patrol_plan',
  {
    communityId: communityId(),
    id: tenantId(),
    scope: text('scope', { enum: PLAN_SCOPES }).notNull(),
    gridId: ref('grid_id'),
    buildingId: ref('building_id'),
    nodePath: text('node_path').notNull(),
    name: text('name').notNull(),
    windows: jsonb('windows').$type<RoundWindow[]>().notNull(),
    checklist: jsonb('checklist').$type<ChecklistItem[]>().notNull(),
    activeFrom: date('active_from').notNull(),
    activeTo: date('active_to'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({ columns: [t.communityId, t.gridId], foreignColumns: [grid.communityId, grid.id] }),
    foreignKey({ columns: [t.communityId, t.buildingId], foreignColumns: [place.communityId, place.id] }),
    index('patrol_plan_node_idx').using('btree', t.communityId, sql`${t.nodePath} text_pattern_ops`, t.id),
    index('patrol_plan_grid_idx').on(t.communityId, t.gridId),
    check(
      'patrol_plan_scope_target',
      sql`(${t.scope} = 'grid' and ${t.gridId} is not null and ${t.buildingId} is null)
       or (${t.scope} = 'building' and ${t.buildingId} is not null and ${t.gridId} is null)`,
    ),
    check('patrol_plan_active', sql`${t.activeTo} is null or ${t.activeTo} >= ${t.activeFrom}`),
  ],
);

/** A place patrols check in at, with the code printed on its plate (domain/patrols/patrol.ts). */
export const patrolPoint = pgTable(
  'patrol_point',
  {
    communityId: communityId(),
    id: tenantId(),
    placeId: ref('place_id').notNull(),
    placePath: text('place_path').notNull(),
    name: text('name').notNull(),
    code: text('code').notNull(),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({ columns: [t.communityId, t.placeId], foreignColumns: [place.communityId, place.id] }),
    unique('patrol_point_code_key').on(t.communityId, t.code),
    index('patrol_point_place_idx').using('btree', t.communityId, sql`${t.placePath} text_pattern_ops`),
  ],
);

/**
 * One round walked: started by a grid worker or building leader for a plan. The counters are kept in the writing
 * transactions so lists and the coverage report need no scan of check-ins and answers.
 */
export const patrol = pgTable(
  'patrol',
  {
    communityId: communityId(),
    id: tenantId(),
    planId: ref('plan_id').notNull(),
    nodePath: text('node_path').notNull(),
    leaderAccountId: ref('leader_account_id').notNull(),
    leaderName: text('leader_name').notNull(),
    status: text('status', { enum: PATROL_STATES }).notNull().default('in_progress'),
    checklist: jsonb('checklist').$type<ChecklistItem[]>().notNull(),
    startedAt: at('started_at').notNull().defaultNow(),
    finishedAt: at('finished_at'),
    note: text('note'),
    checkIns: integer('check_ins').notNull().default(0),
    failedItems: integer('failed_items').notNull().default(0),
    eventsFiled: integer('events_filed').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({
      columns: [t.communityId, t.planId],
      foreignColumns: [patrolPlan.communityId, patrolPlan.id],
    }),
    // A double tap on "start" must not open two rounds of one plan for one leader.
    uniqueIndex('patrol_one_open_key')
      .on(t.communityId, t.planId, t.leaderAccountId)
      .where(sql`${t.status} = 'in_progress'`),
    index('patrol_plan_started_idx').on(t.communityId, t.planId, t.startedAt),
    index('patrol_leader_idx').on(t.communityId, t.leaderAccountId, t.startedAt),
    index('patrol_node_idx').using('btree', t.communityId, sql`${t.nodePath} text_pattern_ops`, t.id),
    check('patrol_finished', sql`(${t.status} = 'finished') = (${t.finishedAt} is not null)`),
    check('patrol_counters', sql`${t.checkIns} >= 0 and ${t.failedItems} >= 0 and ${t.eventsFiled} >= 0`),
  ],
);

/** 联合巡查: staff accounts or party members of the community walking with the leader. */
export const patrolMember = pgTable(
  'patrol_member',
  {
    communityId: communityId(),
    id: tenantId(),
    patrolId: ref('patrol_id').notNull(),
    accountId: ref('account_id'),
    personId: ref('person_id'),
    name: text('name').notNull(),
    addedAt: at('added_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({ columns: [t.communityId, t.patrolId], foreignColumns: [patrol.communityId, patrol.id] }),
    unique('patrol_member_account_key').on(t.communityId, t.patrolId, t.accountId),
    unique('patrol_member_person_key').on(t.communityId, t.patrolId, t.personId),
    index('patrol_member_account_idx').on(t.communityId, t.accountId),
    check('patrol_member_who', sql`(${t.accountId} is null) <> (${t.personId} is null)`),
  ],
);

/** Where and when the patrol was: a scanned point, or the phone's coordinates. */
export const patrolCheckIn = pgTable(
  'patrol_check_in',
  {
    communityId: communityId(),
    id: tenantId(),
    patrolId: ref('patrol_id').notNull(),
    at: at('at').notNull().defaultNow(),
    pointId: ref('point_id'),
    placeId: ref('place_id'),
    placeName: text('place_name'),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    note: text('note'),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({ columns: [t.communityId, t.patrolId], foreignColumns: [patrol.communityId, patrol.id] }),
    foreignKey({
      columns: [t.communityId, t.pointId],
      foreignColumns: [patrolPoint.communityId, patrolPoint.id],
    }),
    foreignKey({ columns: [t.communityId, t.placeId], foreignColumns: [place.communityId, place.id] }),
    index('patrol_check_in_patrol_idx').on(t.communityId, t.patrolId, t.id),
    check(
      'patrol_check_in_where',
      sql`${t.pointId} is not null or (${t.lat} is not null and ${t.lng} is not null)`,
    ),
  ],
);

/**
 * One answer per checklist item per patrol. `attachment_ids` are the photos, still waiting uploads of the patrol's
 * leader: filing the event moves them onto it. `event_id` links the event a failed item filed.
 */
export const patrolAnswer = pgTable(
  'patrol_answer',
  {
    communityId: communityId(),
    patrolId: ref('patrol_id').notNull(),
    itemCode: text('item_code').notNull(),
    result: text('result', { enum: ANSWER_RESULTS }).notNull(),
    note: text('note'),
    attachmentIds: jsonb('attachment_ids').$type<string[]>().notNull().default([]),
    checkInId: ref('check_in_id'),
    eventId: ref('event_id'),
    answeredAt: at('answered_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.patrolId, t.itemCode] }),
    foreignKey({ columns: [t.communityId, t.patrolId], foreignColumns: [patrol.communityId, patrol.id] }),
    foreignKey({
      columns: [t.communityId, t.checkInId],
      foreignColumns: [patrolCheckIn.communityId, patrolCheckIn.id],
    }),
    foreignKey({ columns: [t.communityId, t.eventId], foreignColumns: [event.communityId, event.id] }),
    index('patrol_answer_event_idx').on(t.communityId, t.eventId),
    check('patrol_answer_event_failed', sql`${t.eventId} is null or ${t.result} = 'fail'`),
  ],
);
