import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { APPROVAL_KINDS, PROJECT_STATES } from '../../../domain/projects/lifecycle';
import { LEDGER_KINDS } from '../../../domain/projects/ledger';
import { COMMITMENT_KINDS, PARTNER_KINDS, PERIOD_UNITS } from '../../../domain/projects/partners';
import { at, authored, communityId, ref, storedFile, tenantId } from './columns';
import { person } from './registry';
import { volunteerActivity, volunteerTeam } from './volunteers';

/** A partner unit (共建单位) of a community or one of its compounds: an enterprise, a school, an agency … */
export const partnerUnit = pgTable(
  'partner_unit',
  {
    communityId: communityId(),
    id: tenantId(),
    nodeId: ref('node_id').notNull(),
    nodePath: text('node_path').notNull(),
    kind: text('kind', { enum: PARTNER_KINDS }).notNull(),
    name: text('name').notNull(),
    /** The unit's liaison as the unit names its office (a post or a desk), not a resident's personal data. */
    contact: text('contact'),
    /** An archived unit stays on its agreements' record but takes no new agreement, fulfilment or resource. */
    archivedAt: at('archived_at'),
    ...authored(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    uniqueIndex('partner_unit_name_key').on(t.communityId, t.name),
    index('partner_unit_id_idx').on(t.id),
    index('partner_unit_node_idx').using('btree', t.communityId, sql`${t.nodePath} text_pattern_ops`, t.id),
  ],
);

/** A co-building agreement (共建协议) for a period; its commitments are rows of `partner_commitment`. */
export const partnerAgreement = pgTable(
  'partner_agreement',
  {
    communityId: communityId(),
    id: tenantId(),
    partnerId: ref('partner_id').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    note: text('note'),
    ...authored(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({
      columns: [t.communityId, t.partnerId],
      foreignColumns: [partnerUnit.communityId, partnerUnit.id],
    }),
    check('partner_agreement_period_check', sql`${t.endsOn} >= ${t.startsOn}`),
    index('partner_agreement_partner_idx').on(t.communityId, t.partnerId, t.startsOn),
  ],
);

/** What the partner undertakes: `target` of `kind` in every `period` of the agreement. */
export const partnerCommitment = pgTable(
  'partner_commitment',
  {
    communityId: communityId(),
    id: tenantId(),
    agreementId: ref('agreement_id').notNull(),
    kind: text('kind', { enum: COMMITMENT_KINDS }).notNull(),
    title: text('title'),
    target: integer('target').notNull(),
    period: text('period', { enum: PERIOD_UNITS }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({
      columns: [t.communityId, t.agreementId],
      foreignColumns: [partnerAgreement.communityId, partnerAgreement.id],
    }),
    check('partner_commitment_target_check', sql`${t.target} > 0`),
    index('partner_commitment_agreement_idx').on(t.communityId, t.agreementId),
  ],
);

/** One thing done under a commitment, optionally the volunteer activity it was. */
export const partnerFulfilment = pgTable(
  'partner_fulfilment',
  {
    communityId: communityId(),
    id: tenantId(),
    commitmentId: ref('commitment_id').notNull(),
    doneOn: date('done_on', { mode: 'string' }).notNull(),
    note: text('note').notNull(),
    activityId: ref('activity_id'),
    byAccountId: ref('by_account_id'),
    byName: text('by_name').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({
      columns: [t.communityId, t.commitmentId],
      foreignColumns: [partnerCommitment.communityId, partnerCommitment.id],
    }),
    foreignKey({
      columns: [t.communityId, t.activityId],
      foreignColumns: [volunteerActivity.communityId, volunteerActivity.id],
    }),
    index('partner_fulfilment_commitment_idx').on(t.communityId, t.commitmentId, t.doneOn),
  ],
);

/** The needs list (需求清单): raised by a resident on the phone, or by staff from a topic or an event. */
export const projectNeed = pgTable(
  'project_need',
  {
    communityId: communityId(),
    id: tenantId(),
    nodeId: ref('node_id').notNull(),
    nodePath: text('node_path').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    source: text('source', { enum: ['resident', 'staff', 'topic', 'event'] }).notNull(),
    topicId: ref('topic_id'),
    eventId: ref('event_id'),
    raisedByAccountId: ref('raised_by_account_id'),
    raisedByName: text('raised_by_name').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    index('project_need_id_idx').on(t.id),
    index('project_need_node_idx').using('btree', t.communityId, sql`${t.nodePath} text_pattern_ops`, t.id),
  ],
);

/** The resources list (资源清单): a partner unit, a fund, a venue or a volunteer team the community can draw on. */
export const projectResource = pgTable(
  'project_resource',
  {
    communityId: communityId(),
    id: tenantId(),
    nodeId: ref('node_id').notNull(),
    nodePath: text('node_path').notNull(),
    kind: text('kind', { enum: ['partner', 'fund', 'venue', 'volunteer_team'] }).notNull(),
    name: text('name').notNull(),
    partnerId: ref('partner_id'),
    teamId: ref('team_id'),
    /** A fund's amount in cents. */
    amount: ref('amount'),
    venue: text('venue'),
    note: text('note'),
    /** An archived resource stays linked to the projects that drew on it but is offered to no new one. */
    archivedAt: at('archived_at'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({
      columns: [t.communityId, t.partnerId],
      foreignColumns: [partnerUnit.communityId, partnerUnit.id],
    }),
    foreignKey({
      columns: [t.communityId, t.teamId],
      foreignColumns: [volunteerTeam.communityId, volunteerTeam.id],
    }),
    check('project_resource_amount_check', sql`${t.amount} is null or ${t.amount} >= 0`),
    index('project_resource_node_idx').using(
      'btree',
      t.communityId,
      sql`${t.nodePath} text_pattern_ops`,
      t.id,
    ),
  ],
);

/**
 * A micro-project (民生微实事, the projects list). `balance` is kept with every ledger entry under this row's lock;
 * its check constraint refuses a negative balance even if code forgot.
 */
export const project = pgTable(
  'project',
  {
    communityId: communityId(),
    id: tenantId(),
    nodeId: ref('node_id').notNull(),
    nodePath: text('node_path').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    /** In cents. */
    budget: ref('budget').notNull(),
    crowdfunding: boolean('crowdfunding').notNull().default(false),
    status: text('status', { enum: PROJECT_STATES }).notNull().default('proposed'),
    approvedBy: text('approved_by', { enum: APPROVAL_KINDS }),
    voteId: ref('vote_id'),
    approvedAt: at('approved_at'),
    acceptedAt: at('accepted_at'),
    acceptanceNote: text('acceptance_note'),
    closedAt: at('closed_at'),
    income: ref('income').notNull().default(0),
    expense: ref('expense').notNull().default(0),
    balance: ref('balance').notNull().default(0),
    contributions: integer('contributions').notNull().default(0),
    ...authored(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    check('project_budget_check', sql`${t.budget} >= 0`),
    check('project_balance_check', sql`${t.balance} >= 0 and ${t.balance} = ${t.income} - ${t.expense}`),
    index('project_id_idx').on(t.id),
    index('project_node_idx').using('btree', t.communityId, sql`${t.nodePath} text_pattern_ops`, t.id),
  ],
);

export const projectNeedLink = pgTable(
  'project_need_link',
  {
    communityId: communityId(),
    projectId: ref('project_id').notNull(),
    needId: ref('need_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.projectId, t.needId] }),
    foreignKey({ columns: [t.communityId, t.projectId], foreignColumns: [project.communityId, project.id] }),
    foreignKey({
      columns: [t.communityId, t.needId],
      foreignColumns: [projectNeed.communityId, projectNeed.id],
    }),
    index('project_need_link_need_idx').on(t.communityId, t.needId),
  ],
);

export const projectResourceLink = pgTable(
  'project_resource_link',
  {
    communityId: communityId(),
    projectId: ref('project_id').notNull(),
    resourceId: ref('resource_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.projectId, t.resourceId] }),
    foreignKey({ columns: [t.communityId, t.projectId], foreignColumns: [project.communityId, project.id] }),
    foreignKey({
      columns: [t.communityId, t.resourceId],
      foreignColumns: [projectResource.communityId, projectResource.id],
    }),
  ],
);

/**
 * A project's money ledger: append-only (a trigger refuses UPDATE, DELETE and TRUNCATE: migration
 * projects_custom). Amounts are positive cents; the kind says which way they go. A contribution carries the
 * resident and its receipt number, unique in the community.
 */
export const projectEntry = pgTable(
  'project_entry',
  {
    communityId: communityId(),
    id: tenantId(),
    projectId: ref('project_id').notNull(),
    kind: text('kind', { enum: LEDGER_KINDS }).notNull(),
    amount: ref('amount').notNull(),
    balanceAfter: ref('balance_after').notNull(),
    personId: ref('person_id'),
    receiptNo: text('receipt_no'),
    payee: text('payee'),
    note: text('note'),
    byAccountId: ref('by_account_id'),
    byName: text('by_name').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({ columns: [t.communityId, t.projectId], foreignColumns: [project.communityId, project.id] }),
    foreignKey({ columns: [t.communityId, t.personId], foreignColumns: [person.communityId, person.id] }),
    uniqueIndex('project_entry_receipt_key').on(t.communityId, t.receiptNo),
    check('project_entry_amount_check', sql`${t.amount} > 0`),
    check('project_entry_balance_check', sql`${t.balanceAfter} >= 0`),
    check(
      'project_entry_contribution_check',
      sql`(${t.kind} = 'contribution') = (${t.receiptNo} is not null and ${t.personId} is not null)`,
    ),
    check('project_entry_expense_check', sql`${t.kind} <> 'expense' or ${t.payee} is not null`),
    index('project_entry_project_idx').on(t.communityId, t.projectId, t.id),
    index('project_entry_person_idx').on(t.communityId, t.personId),
  ],
);

/** The photos of a project's acceptance (验收), moved from the uploader's waiting uploads. */
export const projectPhoto = pgTable(
  'project_photo',
  {
    communityId: communityId(),
    id: text('id').notNull(),
    projectId: ref('project_id').notNull(),
    ...storedFile(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({ columns: [t.communityId, t.projectId], foreignColumns: [project.communityId, project.id] }),
    index('project_photo_project_idx').on(t.communityId, t.projectId),
  ],
);
