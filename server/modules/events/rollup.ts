import { sql } from 'drizzle-orm';
import { COUNTERS, rollupDelta, type Counter, type RollupFacts } from '../../../domain/events/metrics';
import type { Executor } from '../../db/client';
import { eventRollup } from '../../db/schema';
import type { EventRow } from './repository';

const facts = (e: EventRow): RollupFacts => ({
  status: e.status,
  reportedAt: e.reportedAt,
  acceptedAt: e.acceptedAt,
  closedAt: e.closedAt,
  deadline: e.deadline,
  reworkCount: e.reworkCount,
  rating: e.rating,
});

/** Applies an event's change to the statistics in the same transaction as the change itself. */
export async function applyRollup(
  db: Executor,
  before: EventRow | null,
  after: EventRow,
  timeZone: string,
): Promise<void> {
  await applyRollups(db, [{ before, after }], timeZone);
}

/**
 * Applies many events' changes at once: their differences are summed per row of the rollup first (one upsert may
 * not touch a row twice), and every row carries every counter so one statement sets them all.
 */
export async function applyRollups(
  db: Executor,
  changes: { before: EventRow | null; after: EventRow }[],
  timeZone: string,
): Promise<void> {
  const rows = new Map<string, typeof eventRollup.$inferInsert & Record<Counter, number>>();
  for (const { before, after } of changes)
    for (const [day, counters] of rollupDelta(before && facts(before), facts(after), timeZone)) {
      const compoundId = after.compoundId ?? 0;
      const key = `${after.communityId}/${compoundId}/${after.categoryCode}/${day}`;
      let row = rows.get(key);
      if (!row) {
        row = {
          communityId: after.communityId,
          compoundId,
          categoryCode: after.categoryCode,
          day,
          ...(Object.fromEntries(COUNTERS.map((c) => [c, 0])) as Record<Counter, number>),
        };
        rows.set(key, row);
      }
      for (const [c, n] of Object.entries(counters) as [Counter, number][]) row[c] += n;
    }
  if (!rows.size) return;
  await db
    .insert(eventRollup)
    .values([...rows.values()])
    .onConflictDoUpdate({
      target: [eventRollup.communityId, eventRollup.compoundId, eventRollup.categoryCode, eventRollup.day],
      set: Object.fromEntries(
        COUNTERS.map((k) => [k, sql`${eventRollup[k]} + excluded.${sql.identifier(eventRollup[k].name)}`]),
      ),
    });
}
