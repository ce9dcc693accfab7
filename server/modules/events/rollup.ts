import { sql } from 'drizzle-orm';
import { rollupDelta, type Counter, type RollupFacts } from '../../../domain/events/metrics';
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
  for (const [day, counters] of rollupDelta(before && facts(before), facts(after), timeZone)) {
    const entries = Object.entries(counters) as [Counter, number][];
    await db
      .insert(eventRollup)
      .values({
        communityId: after.communityId,
        compoundId: after.compoundId ?? 0,
        categoryCode: after.categoryCode,
        day,
        ...Object.fromEntries(entries),
      })
      .onConflictDoUpdate({
        target: [eventRollup.communityId, eventRollup.compoundId, eventRollup.categoryCode, eventRollup.day],
        set: Object.fromEntries(
          entries.map(([k]) => [k, sql`${eventRollup[k]} + excluded.${sql.identifier(eventRollup[k].name)}`]),
        ),
      });
  }
}
