import { sql } from 'drizzle-orm';
import { date, foreignKey, index, jsonb, pgTable, primaryKey, text, unique } from 'drizzle-orm/pg-core';
import { EVALUATION_TARGETS, ROUND_STATES, type Dimension } from '../../../domain/evaluations/rounds';
import { at, communityId, ref, tenantId } from './columns';
import { governanceBody } from './governance';
import { place } from './org';

/** A round of evaluation (评议) of one compound's property company or owners' committee, for a period. */
export const evaluationRound = pgTable(
  'evaluation_round',
  {
    communityId: communityId(),
    id: tenantId(),
    compoundId: ref('compound_id').notNull(),
    placePath: text('place_path').notNull(),
    target: text('target', { enum: EVALUATION_TARGETS }).notNull(),
    /** The body evaluated when it is registered; a property company may be only the compound's attribute. */
    bodyId: ref('body_id'),
    targetName: text('target_name').notNull(),
    title: text('title').notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    closesOn: date('closes_on', { mode: 'string' }).notNull(),
    /** The questionnaire, frozen with the round so answers and results always refer to the same questions. */
    dimensions: jsonb('dimensions').$type<Dimension[]>().notNull(),
    status: text('status', { enum: ROUND_STATES }).notNull(),
    createdByAccountId: ref('created_by_account_id').notNull(),
    createdByName: text('created_by_name').notNull(),
    openedAt: at('opened_at'),
    closedAt: at('closed_at'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    index('evaluation_round_id_idx').on(t.id),
    foreignKey({ columns: [t.communityId, t.compoundId], foreignColumns: [place.communityId, place.id] }),
    foreignKey({
      columns: [t.communityId, t.bodyId],
      foreignColumns: [governanceBody.communityId, governanceBody.id],
    }),
    index('evaluation_round_place_idx').using(
      'btree',
      t.communityId,
      sql`${t.placePath} text_pattern_ops`,
      t.periodFrom,
    ),
  ],
);

/** One answer per account and round; scores by dimension code. Who answered is never shown with the scores. */
export const evaluationResponse = pgTable(
  'evaluation_response',
  {
    communityId: communityId(),
    id: tenantId(),
    roundId: ref('round_id').notNull(),
    accountId: ref('account_id').notNull(),
    scores: jsonb('scores').$type<Record<string, number>>().notNull(),
    comment: text('comment'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({
      columns: [t.communityId, t.roundId],
      foreignColumns: [evaluationRound.communityId, evaluationRound.id],
    }),
    unique('evaluation_response_account_key').on(t.communityId, t.roundId, t.accountId),
  ],
);
