import { startOfLocalDay } from '../../../domain/common/local-date';
import { monthBounds, statementOf } from '../../../domain/volunteers/points';
import type { Executor } from '../../db/client';
import { presentEntry } from './presenter';
import * as repo from './repository';
import type { StatementResponse } from './schema';

/** A person's month in the compound's time zone: opening balance, what came in and went out, closing balance. */
export async function monthlyStatement(
  db: Executor,
  p: { id: number; communityId: number; name: string },
  month: string,
  timeZone: string,
): Promise<StatementResponse> {
  const { first, next } = monthBounds(month);
  const from = startOfLocalDay(first, timeZone);
  const to = startOfLocalDay(next, timeZone);
  const rows = await repo.entriesUntil(db, p, to);
  const s = statementOf(
    rows.map((e) => ({ kind: e.kind, points: e.points, at: e.createdAt })),
    from,
    to,
  );
  return {
    personId: p.id,
    name: p.name,
    month,
    opening: s.opening,
    earned: s.earned,
    spent: s.spent,
    closing: s.closing,
    entries: rows.filter((e) => e.createdAt >= from).map(presentEntry),
  };
}
