import { sql } from 'drizzle-orm';
import { foreignKey, index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { CONVENTION_STATES } from '../../../domain/conventions/machine';
import { at, authored, communityId, ref, tenantId } from './columns';
import { house } from './registry';

/** A convention (公约) of a compound or a building, adopted by its owners' vote (matter 2) and signed by residents. */
export const convention = pgTable(
  'convention',
  {
    communityId: communityId(),
    id: tenantId(),
    nodeId: ref('node_id').notNull(),
    nodePath: text('node_path').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    status: text('status', { enum: CONVENTION_STATES }).notNull().default('draft'),
    voteId: ref('vote_id'),
    adoptedAt: at('adopted_at'),
    ...authored(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    index('convention_id_idx').on(t.id),
    index('convention_node_idx').using('btree', t.communityId, sql`${t.nodePath} text_pattern_ops`, t.id),
  ],
);

/**
 * A resident's signature: one per account, with the house they signed for (their home under the convention's place),
 * so coverage counts households by building.
 */
export const conventionSignature = pgTable(
  'convention_signature',
  {
    communityId: communityId(),
    conventionId: ref('convention_id').notNull(),
    accountId: ref('account_id').notNull(),
    houseId: ref('house_id').notNull(),
    /** The house's place path, so coverage groups signatures by building without a join. */
    housePath: text('house_path').notNull(),
    signerName: text('signer_name').notNull(),
    signedAt: at('signed_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.conventionId, t.accountId] }),
    foreignKey({
      columns: [t.communityId, t.conventionId],
      foreignColumns: [convention.communityId, convention.id],
    }),
    foreignKey({ columns: [t.communityId, t.houseId], foreignColumns: [house.communityId, house.id] }),
    index('convention_signature_house_idx').on(t.communityId, t.conventionId, t.houseId),
  ],
);
