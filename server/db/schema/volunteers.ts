import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  unique,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import {
  ACTIVITY_KINDS,
  ACTIVITY_STATES,
  CHECK_METHODS,
  TEAM_LEVELS,
} from '../../../domain/volunteers/activities';
import { ENTRY_KINDS, RULE_KEYS } from '../../../domain/volunteers/points';
import { at, communityId, ref, tenantId } from './columns';
import { person } from './registry';

/**
 * A volunteer team (志愿服务队) of a compound, a community or the whole street. A street's team is kept by one of
 * its communities (the tenant) and its `node_path` is the street's, so the community's staff and the street's see it.
 */
export const volunteerTeam = pgTable(
  'volunteer_team',
  {
    communityId: communityId(),
    id: tenantId(),
    level: text('level', { enum: TEAM_LEVELS }).notNull(),
    nodeId: ref('node_id').notNull(),
    nodePath: text('node_path').notNull(),
    name: text('name').notNull(),
    description: text('description'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    unique('volunteer_team_name_key').on(t.communityId, t.nodeId, t.name),
    index('volunteer_team_node_idx').using('btree', t.communityId, sql`${t.nodePath} text_pattern_ops`, t.id),
  ],
);

export const volunteerMember = pgTable(
  'volunteer_member',
  {
    communityId: communityId(),
    teamId: ref('team_id').notNull(),
    personId: ref('person_id').notNull(),
    role: text('role', { enum: ['leader', 'member'] })
      .notNull()
      .default('member'),
    joinedAt: at('joined_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.teamId, t.personId] }),
    foreignKey({
      columns: [t.communityId, t.teamId],
      foreignColumns: [volunteerTeam.communityId, volunteerTeam.id],
    }),
    foreignKey({ columns: [t.communityId, t.personId], foreignColumns: [person.communityId, person.id] }),
    index('volunteer_member_person_idx').on(t.communityId, t.personId),
  ],
);

/**
 * An activity at a compound or community. `signed_up` counts the current sign-ups, kept in the sign-up's own
 * transaction; the check constraint is what makes the capacity hold under concurrent sign-ups. `check_secret` keys
 * the organiser's minute codes and never leaves the server.
 */
export const volunteerActivity = pgTable(
  'volunteer_activity',
  {
    communityId: communityId(),
    id: tenantId(),
    teamId: ref('team_id'),
    nodeId: ref('node_id').notNull(),
    nodePath: text('node_path').notNull(),
    kind: text('kind', { enum: ACTIVITY_KINDS }).notNull(),
    title: text('title').notNull(),
    description: text('description'),
    place: text('place').notNull(),
    startsAt: at('starts_at').notNull(),
    endsAt: at('ends_at').notNull(),
    capacity: integer('capacity').notNull(),
    signedUp: integer('signed_up').notNull().default(0),
    status: text('status', { enum: ACTIVITY_STATES }).notNull().default('open'),
    checkSecret: text('check_secret').notNull(),
    organiserAccountId: ref('organiser_account_id').notNull(),
    organiserName: text('organiser_name').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({
      columns: [t.communityId, t.teamId],
      foreignColumns: [volunteerTeam.communityId, volunteerTeam.id],
    }),
    check('volunteer_activity_capacity_check', sql`${t.signedUp} >= 0 and ${t.signedUp} <= ${t.capacity}`),
    check('volunteer_activity_time_check', sql`${t.endsAt} > ${t.startsAt}`),
    index('volunteer_activity_id_idx').on(t.id),
    index('volunteer_activity_node_idx').using(
      'btree',
      t.communityId,
      sql`${t.nodePath} text_pattern_ops`,
      t.startsAt,
    ),
    index('volunteer_activity_team_idx').on(t.communityId, t.teamId, t.startsAt),
  ],
);

/**
 * One person's place at an activity. A withdrawal keeps the row (`cancelled_at`); signing up again revives it.
 * `minutes` is set at check-out: the service this person gave, which statistics and points count.
 */
export const volunteerSignup = pgTable(
  'volunteer_signup',
  {
    communityId: communityId(),
    id: tenantId(),
    activityId: ref('activity_id').notNull(),
    personId: ref('person_id').notNull(),
    signedUpAt: at('signed_up_at').notNull().defaultNow(),
    cancelledAt: at('cancelled_at'),
    checkedInAt: at('checked_in_at'),
    checkedInBy: text('checked_in_by', { enum: CHECK_METHODS }),
    checkedOutAt: at('checked_out_at'),
    checkedOutBy: text('checked_out_by', { enum: CHECK_METHODS }),
    minutes: integer('minutes'),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    unique('volunteer_signup_person_key').on(t.communityId, t.activityId, t.personId),
    foreignKey({
      columns: [t.communityId, t.activityId],
      foreignColumns: [volunteerActivity.communityId, volunteerActivity.id],
    }),
    foreignKey({ columns: [t.communityId, t.personId], foreignColumns: [person.communityId, person.id] }),
    check('volunteer_signup_minutes_check', sql`${t.minutes} is null or ${t.minutes} >= 0`),
    index('volunteer_signup_person_idx').on(t.communityId, t.personId, t.checkedOutAt),
  ],
);

/** A community's points rules: per hour for each activity kind, per open event; missing keys use the defaults. */
export const pointsRule = pgTable(
  'points_rule',
  {
    communityId: communityId(),
    key: text('key', { enum: RULE_KEYS }).notNull(),
    points: integer('points').notNull(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.key] }),
    check('points_rule_points_check', sql`${t.points} >= 0`),
  ],
);

/**
 * A person's balance, locked `for update` by every entry written for them; the check constraint refuses a
 * negative balance even if a code path forgot to look.
 */
export const pointsAccount = pgTable(
  'points_account',
  {
    communityId: communityId(),
    personId: ref('person_id').notNull(),
    balance: integer('balance').notNull().default(0),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.personId] }),
    foreignKey({ columns: [t.communityId, t.personId], foreignColumns: [person.communityId, person.id] }),
    check('points_account_balance_check', sql`${t.balance} >= 0`),
  ],
);

/**
 * The passbook's ledger: append-only (a trigger refuses UPDATE, DELETE and TRUNCATE: migration
 * points_append_only). Each entry names its cause (a sign-up, an event, a redemption), once: the unique index
 * makes a cause pay or cost at most one entry.
 */
export const pointsEntry = pgTable(
  'points_entry',
  {
    communityId: communityId(),
    id: tenantId(),
    personId: ref('person_id').notNull(),
    kind: text('kind', { enum: ENTRY_KINDS }).notNull(),
    points: integer('points').notNull(),
    balanceAfter: integer('balance_after').notNull(),
    causeId: ref('cause_id').notNull(),
    note: text('note').notNull(),
    byAccountId: ref('by_account_id'),
    byName: text('by_name').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({
      columns: [t.communityId, t.personId],
      foreignColumns: [pointsAccount.communityId, pointsAccount.personId],
    }),
    uniqueIndex('points_entry_cause_key').on(t.communityId, t.kind, t.causeId),
    check('points_entry_points_check', sql`${t.points} <> 0`),
    check('points_entry_balance_check', sql`${t.balanceAfter} >= 0`),
    index('points_entry_person_idx').on(t.communityId, t.personId, t.createdAt),
  ],
);

/** A reward of the catalogue (积分兑换), offered at a compound or to the whole community. */
export const pointsReward = pgTable(
  'points_reward',
  {
    communityId: communityId(),
    id: tenantId(),
    nodeId: ref('node_id').notNull(),
    nodePath: text('node_path').notNull(),
    name: text('name').notNull(),
    description: text('description'),
    cost: integer('cost').notNull(),
    /** Null: unlimited. */
    stock: integer('stock'),
    active: boolean('active').notNull().default(true),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    check('points_reward_cost_check', sql`${t.cost} > 0`),
    check('points_reward_stock_check', sql`${t.stock} is null or ${t.stock} >= 0`),
    index('points_reward_node_idx').using('btree', t.communityId, sql`${t.nodePath} text_pattern_ops`, t.id),
  ],
);

/** A redemption: the points went out in the same transaction (its ledger entry); staff hand the reward over. */
export const pointsRedemption = pgTable(
  'points_redemption',
  {
    communityId: communityId(),
    id: tenantId(),
    rewardId: ref('reward_id').notNull(),
    personId: ref('person_id').notNull(),
    rewardName: text('reward_name').notNull(),
    cost: integer('cost').notNull(),
    status: text('status', { enum: ['requested', 'delivered'] })
      .notNull()
      .default('requested'),
    createdAt: at('created_at').notNull().defaultNow(),
    deliveredAt: at('delivered_at'),
    deliveredByName: text('delivered_by_name'),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({
      columns: [t.communityId, t.rewardId],
      foreignColumns: [pointsReward.communityId, pointsReward.id],
    }),
    foreignKey({ columns: [t.communityId, t.personId], foreignColumns: [person.communityId, person.id] }),
    index('points_redemption_status_idx').on(t.communityId, t.status, t.id),
    index('points_redemption_person_idx').on(t.communityId, t.personId, t.id),
  ],
);
