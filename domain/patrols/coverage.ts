import { addDays, daysBetween, localDate, localTime } from '../common/local-date';
import { windowAt, type RoundWindow } from './rounds';

/** A plan as coverage sees it: its rounds, the days it is in force (inclusive; `to` null = open) and its workers. */
export interface CoveragePlan {
  id: number;
  windows: readonly RoundWindow[];
  activeFrom: string;
  activeTo: string | null;
  /** Accounts expected to walk it (the grid's workers, or the building's leader). */
  workerIds: readonly number[];
}

export interface CoveragePatrol {
  planId: number;
  startedAt: Date;
  finished: boolean;
  /** The patrol's leader and its co-patrollers who are accounts. */
  accountIds: readonly number[];
  failedItems: number;
  eventsFiled: number;
}

export const PERIODS = ['day', 'week', 'month'] as const;
export type Period = (typeof PERIODS)[number];

export interface CoverageRow {
  period: string;
  planned: number;
  done: number;
  /** Finished patrols that covered no planned round: outside every window, a window already done, or no plan that day. */
  extra: number;
  failedItems: number;
  eventsFiled: number;
}

export interface Coverage {
  byPlan: Map<number, CoverageRow[]>;
  byWorker: Map<number, CoverageRow[]>;
}

// 2024-01-01 was a Monday.
const A_MONDAY = '2024-01-01';

/** The label of the period a local date belongs to: the date, the Monday of its week, or its month. */
export function periodOf(date: string, period: Period): string {
  if (period === 'day') return date;
  if (period === 'month') return date.slice(0, 7);
  const offset = ((daysBetween(A_MONDAY, date) % 7) + 7) % 7;
  return addDays(date, -offset);
}

export const inForce = (p: Pick<CoveragePlan, 'activeFrom' | 'activeTo'>, date: string) =>
  p.activeFrom <= date && (p.activeTo === null || date <= p.activeTo);

const empty = (period: string): CoverageRow => ({
  period,
  planned: 0,
  done: 0,
  extra: 0,
  failedItems: 0,
  eventsFiled: 0,
});

function rowIn(rows: Map<number, Map<string, CoverageRow>>, key: number, period: string) {
  let byPeriod = rows.get(key);
  if (!byPeriod) rows.set(key, (byPeriod = new Map<string, CoverageRow>()));
  let row = byPeriod.get(period);
  if (!row) byPeriod.set(period, (row = empty(period)));
  return row;
}

/**
 * Rounds done against rounds planned, from `from` to `to` (local dates, inclusive). A round is one window of one
 * day of a plan in force; it is done when a finished patrol of the plan started inside the window that day, and a
 * worker has done it when they walked that patrol (as leader or co-patroller). A worker's planned rounds are those
 * of every plan they are expected on. Days without a plan plan nothing; patrols on them are extra.
 */
export function coverage(
  plans: readonly CoveragePlan[],
  patrols: readonly CoveragePatrol[],
  range: { from: string; to: string; timeZone: string; period: Period },
): Coverage {
  const byPlan = new Map<number, Map<string, CoverageRow>>();
  const byWorker = new Map<number, Map<string, CoverageRow>>();
  const planOf = new Map(plans.map((p) => [p.id, p]));
  const days = Math.max(daysBetween(range.from, range.to) + 1, 0);
  for (const p of plans) {
    for (let d = 0; d < days; d++) {
      const date = addDays(range.from, d);
      const period = periodOf(date, range.period);
      const planned = inForce(p, date) ? p.windows.length : 0;
      rowIn(byPlan, p.id, period).planned += planned;
      for (const w of p.workerIds) rowIn(byWorker, w, period).planned += planned;
    }
  }
  const covered = new Set<string>();
  const coveredBy = new Set<string>();
  const sorted = [...patrols].sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
  for (const t of sorted) {
    const plan = planOf.get(t.planId);
    const date = localDate(t.startedAt, range.timeZone);
    if (!plan || date < range.from || date > range.to) continue;
    const period = periodOf(date, range.period);
    const row = rowIn(byPlan, plan.id, period);
    row.failedItems += t.failedItems;
    row.eventsFiled += t.eventsFiled;
    if (!t.finished) continue;
    const w = inForce(plan, date) ? windowAt(plan.windows, localTime(t.startedAt, range.timeZone)) : -1;
    const round = `${plan.id}/${date}/${w}`;
    if (w < 0 || covered.has(round)) row.extra += 1;
    else {
      covered.add(round);
      row.done += 1;
    }
    for (const a of new Set(t.accountIds)) {
      const mine = rowIn(byWorker, a, period);
      if (w >= 0 && !coveredBy.has(`${a}/${round}`)) {
        coveredBy.add(`${a}/${round}`);
        mine.done += 1;
      } else mine.extra += 1;
    }
  }
  const flat = (m: Map<number, Map<string, CoverageRow>>) =>
    new Map(
      [...m].map(([k, v]) => [k, [...v.values()].sort((a, b) => a.period.localeCompare(b.period))] as const),
    );
  return { byPlan: flat(byPlan), byWorker: flat(byWorker) };
}

/** Rows of several keys added up per period (a grid's plans into the grid). */
export function sumRows(lists: readonly (readonly CoverageRow[])[]): CoverageRow[] {
  const out = new Map<string, CoverageRow>();
  for (const rows of lists)
    for (const r of rows) {
      const o = out.get(r.period) ?? empty(r.period);
      out.set(r.period, {
        period: r.period,
        planned: o.planned + r.planned,
        done: o.done + r.done,
        extra: o.extra + r.extra,
        failedItems: o.failedItems + r.failedItems,
        eventsFiled: o.eventsFiled + r.eventsFiled,
      });
    }
  return [...out.values()].sort((a, b) => a.period.localeCompare(b.period));
}

/** Done over planned, as a fraction; null when nothing was planned. */
export const rate = (r: Pick<CoverageRow, 'planned' | 'done'>) => (r.planned ? r.done / r.planned : null);
