import { bigint, index, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Append-only, hash-chained. One chain per community (`community_id`), chain 0 for global changes
 * (accounts, nodes above the community), so communities never wait on each other's audit writes and the
 * table distributes by community like every tenant table. A trigger forbids UPDATE and DELETE.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    communityId: bigint('community_id', { mode: 'number' }).notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: bigint('actor_id', { mode: 'number' }),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    reason: text('reason'),
    ip: text('ip'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.seq] }),
    index('audit_log_at_idx').on(t.communityId, t.at),
    index('audit_log_entity_idx').on(t.communityId, t.entityType, t.entityId),
    index('audit_log_actor_idx').on(t.communityId, t.actorId),
    index('audit_log_action_idx').on(t.communityId, t.action),
  ],
);

/**
 * Where each chain now starts after old rows were pruned (`linli audit prune`): the seq and hash of the last
 * pruned row, so verification links the first kept row to it instead of to the genesis hash.
 */
export const auditCheckpoint = pgTable(
  'audit_checkpoint',
  {
    communityId: bigint('community_id', { mode: 'number' }).notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    hash: text('hash').notNull(),
    prunedAt: timestamp('pruned_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.communityId] })],
);
