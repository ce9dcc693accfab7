import { CASE_TYPES, type CaseType } from '../../../domain/mediation/machine';
import { percent, shiftMonth, yearOverYear } from '../../../domain/mediation/trend';
import type { Db } from '../../db/client';
import type { Caller } from '../auth/caller';
import { permissionScope } from '../auth/permission-scope';
import { subtreeOf } from '../org/subtree';
import * as repo from './repository';
import type { StatsQuery, TrendQuery } from './schema';

const zero = () => ({ total: 0, pending: 0, agreed: 0, failed: 0, referred: 0 });

/** Counts by type and outcome of the cases opened in the period, in the caller's scope or a node of it. */
export async function caseStats(db: Db, caller: Caller, q: StatsQuery) {
  const scope = await permissionScope(db, caller, 'mediation.read');
  const rows = await repo.countByType(db, repo.casesIn(scope), {
    under: await subtreeOf(db, scope, q.nodeId),
    from: q.from,
    to: q.to,
  });
  const byType = new Map<CaseType, ReturnType<typeof zero>>(CASE_TYPES.map((t) => [t, zero()]));
  const total = zero();
  for (const r of rows)
    for (const c of [byType.get(r.type)!, total]) {
      c.total += r.n;
      c[r.outcome ?? 'pending'] += r.n;
    }
  const decided = total.agreed + total.failed + total.referred;
  return {
    total,
    byType: CASE_TYPES.map((type) => ({ type, ...byType.get(type)! })),
    agreementRate: percent(total.agreed, decided),
  };
}

const monthNow = (timeZone: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit' }).format(new Date());

/** The monthly trend of one type of dispute against the same months a year earlier (seed 001: −65.1 %). */
export async function caseTrend(db: Db, caller: Caller, q: TrendQuery, timeZone: string) {
  const scope = await permissionScope(db, caller, 'mediation.read');
  const last = q.month ?? monthNow(timeZone);
  // A day's margin before the first compared month: the month boundary is the street's, not UTC's.
  const first = shiftMonth(last, -(q.months - 1) - 12);
  const rows = await repo.countByMonth(db, repo.casesIn(scope), {
    under: await subtreeOf(db, scope, q.nodeId),
    type: q.type,
    from: new Date(Date.parse(`${first}-01T00:00:00Z`) - 86_400_000),
    timeZone,
  });
  return { type: q.type, ...yearOverYear(new Map(rows.map((r) => [r.month, r.n])), last, q.months) };
}
