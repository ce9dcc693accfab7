import { bigint, doublePrecision, integer, pgTable, timestamp } from 'drizzle-orm/pg-core';
import { orgNode } from './org';

/**
 * A street's early-warning thresholds (issue 7 item 3): how many reports of one matter in one building, within how
 * many days, make a hotspot, and how unusual a week must be to count as a spike. A street without a row uses
 * `DEFAULT_WARNING_POLICY`. A global reference table, like the street's event policy.
 */
export const streetWarningPolicy = pgTable('street_warning_policy', {
  streetId: bigint('street_id', { mode: 'number' })
    .primaryKey()
    .references(() => orgNode.id),
  hotspotCount: integer('hotspot_count').notNull(),
  hotspotDays: integer('hotspot_days').notNull(),
  spikeK: doublePrecision('spike_k').notNull(),
  spikeMinCount: integer('spike_min_count').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
