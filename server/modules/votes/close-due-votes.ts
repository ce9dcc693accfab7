import { and, eq, lte } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { vote } from '../../db/schema';
import { systemCaller } from '../auth/caller';
import { closeVote } from './close-vote';

/**
 * Closes open votes whose voting period has ended, as the system, so a result is never left unnoticed because
 * nobody pressed "close" (RULES.md §1: the result is noticed within 3 days). Each vote closes in its own transaction;
 * one that fails is logged and tried again next run while the others close.
 */
export async function closeDueVotes(
  db: Db,
  now: Date,
  timeZone: string,
  log: (msg: string, err?: unknown) => void,
): Promise<number> {
  const due = await db
    .select({ id: vote.id })
    .from(vote)
    .where(and(eq(vote.status, 'open'), lte(vote.closesAt, now)))
    .orderBy(vote.closesAt)
    .limit(100);
  if (!due.length) return 0;
  // The administrator may not run votes (domain/auth/roles.ts); the system closes them for the street that would.
  const system = await systemCaller(db, 'system', 'street_staff');
  let closed = 0;
  for (const { id } of due) {
    try {
      await db.transaction((tx) => closeVote(tx, system, id, { timeZone }));
      closed++;
    } catch (err) {
      log(`vote ${id} could not be closed at the end of its period`, err);
    }
  }
  return closed;
}
