import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  numeric,
  pgTable,
  primaryKey,
  text,
  unique,
} from 'drizzle-orm/pg-core';
import { SELF_ORG_KINDS, STAGES, SUPPORT_KINDS } from '../../../domain/selforgs/stages';
import { at, communityId, ref, tenantId } from './columns';
import { person } from './registry';
import { volunteerActivity } from './volunteers';

/** A residents' self-organisation (居民自组织) of a compound or a community, and its incubation stage. */
export const selfOrg = pgTable(
  'self_org',
  {
    communityId: communityId(),
    id: tenantId(),
    nodeId: ref('node_id').notNull(),
    nodePath: text('node_path').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: SELF_ORG_KINDS }).notNull(),
    description: text('description'),
    leaderPersonId: ref('leader_person_id'),
    stage: text('stage', { enum: STAGES }).notNull().default('forming'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    unique('self_org_name_key').on(t.communityId, t.nodeId, t.name),
    foreignKey({
      columns: [t.communityId, t.leaderPersonId],
      foreignColumns: [person.communityId, person.id],
    }),
    index('self_org_id_idx').on(t.id),
    index('self_org_node_idx').using('btree', t.communityId, sql`${t.nodePath} text_pattern_ops`, t.id),
  ],
);

export const selfOrgMember = pgTable(
  'self_org_member',
  {
    communityId: communityId(),
    orgId: ref('org_id').notNull(),
    personId: ref('person_id').notNull(),
    joinedAt: at('joined_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.orgId, t.personId] }),
    foreignKey({ columns: [t.communityId, t.orgId], foreignColumns: [selfOrg.communityId, selfOrg.id] }),
    foreignKey({ columns: [t.communityId, t.personId], foreignColumns: [person.communityId, person.id] }),
  ],
);

/** Each change of incubation stage, with the day it took effect and why. */
export const selfOrgStage = pgTable(
  'self_org_stage',
  {
    communityId: communityId(),
    id: tenantId(),
    orgId: ref('org_id').notNull(),
    fromStage: text('from_stage', { enum: STAGES }),
    toStage: text('to_stage', { enum: STAGES }).notNull(),
    on: date('on', { mode: 'string' }).notNull(),
    note: text('note'),
    byName: text('by_name').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({ columns: [t.communityId, t.orgId], foreignColumns: [selfOrg.communityId, selfOrg.id] }),
    index('self_org_stage_org_idx').on(t.communityId, t.orgId, t.id),
  ],
);

/** Support an organisation received: a venue, funds, training or materials, from whom, and how much. */
export const selfOrgSupport = pgTable(
  'self_org_support',
  {
    communityId: communityId(),
    id: tenantId(),
    orgId: ref('org_id').notNull(),
    kind: text('kind', { enum: SUPPORT_KINDS }).notNull(),
    provider: text('provider').notNull(),
    /** Yuan, for funds and for what a venue, training or materials were worth; null when not valued. */
    amount: numeric('amount', { precision: 14, scale: 2, mode: 'number' }),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    note: text('note'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({ columns: [t.communityId, t.orgId], foreignColumns: [selfOrg.communityId, selfOrg.id] }),
    check('self_org_support_amount_check', sql`${t.amount} is null or ${t.amount} >= 0`),
    index('self_org_support_org_idx').on(t.communityId, t.orgId, t.receivedOn),
  ],
);

/**
 * A volunteer activity an organisation runs. A join table rather than a column on the activity, so the volunteers
 * module stays as it is; an activity belongs to at most one organisation.
 */
export const selfOrgActivity = pgTable(
  'self_org_activity',
  {
    communityId: communityId(),
    activityId: ref('activity_id').notNull(),
    orgId: ref('org_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.activityId] }),
    foreignKey({ columns: [t.communityId, t.orgId], foreignColumns: [selfOrg.communityId, selfOrg.id] }),
    foreignKey({
      columns: [t.communityId, t.activityId],
      foreignColumns: [volunteerActivity.communityId, volunteerActivity.id],
    }),
    index('self_org_activity_org_idx').on(t.communityId, t.orgId),
  ],
);
