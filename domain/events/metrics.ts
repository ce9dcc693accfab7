import { localDate } from '../common/local-date';
import { EVENT_STATES, type EventState } from './machine';

/**
 * Statistics come from a rollup kept in the write transaction (DESIGN.md), never from scanning events. Each
 * event contributes counters to the day it was reported (total, by status) and to the day it was accepted (the
 * rates of RULES.md §7, which are over events accepted in a period). A change to an event applies the
 * difference between its contribution after and before, so the rollup stays exact whatever path it took.
 */
export const COUNTERS = [
  'reported',
  'accepted',
  'handled',
  'closed',
  'closedOnTime',
  'rated',
  'ratedGood',
  'reworked',
  'closeHours',
  ...EVENT_STATES.map((s) => `status_${s}` as const),
] as const;
export type Counter = (typeof COUNTERS)[number];
export type Counters = Partial<Record<Counter, number>>;

export interface RollupFacts {
  status: EventState;
  reportedAt: Date;
  acceptedAt: Date | null;
  closedAt: Date | null;
  deadline: Date | null;
  reworkCount: number;
  rating: number | null;
}

/** A rating of 4 or 5 counts as satisfied (满意). */
export const SATISFIED_FROM = 4;

function add(map: Map<string, Counters>, day: string, c: Counters) {
  const into = map.get(day) ?? {};
  for (const [k, v] of Object.entries(c) as [Counter, number][]) into[k] = (into[k] ?? 0) + v;
  map.set(day, into);
}

/** What one event adds to the rollup, per local day. */
export function contribution(e: RollupFacts, timeZone: string): Map<string, Counters> {
  const out = new Map<string, Counters>();
  add(out, localDate(e.reportedAt, timeZone), { reported: 1, [`status_${e.status}`]: 1 });
  if (e.acceptedAt) {
    const closed = e.status === 'closed' && e.closedAt !== null;
    const c: Counters = { accepted: 1 };
    if (e.status === 'handled' || closed) c.handled = 1;
    if (closed) {
      c.closed = 1;
      if (e.deadline && e.closedAt!.getTime() <= e.deadline.getTime()) c.closedOnTime = 1;
      if (e.reworkCount > 0) c.reworked = 1;
      c.closeHours = (e.closedAt!.getTime() - e.reportedAt.getTime()) / 3_600_000;
    }
    if (e.rating !== null) {
      c.rated = 1;
      if (e.rating >= SATISFIED_FROM) c.ratedGood = 1;
    }
    add(out, localDate(e.acceptedAt, timeZone), c);
  }
  return out;
}

/** after − before, per day, without the counters that did not change. */
export function rollupDelta(
  before: RollupFacts | null,
  after: RollupFacts,
  timeZone: string,
): Map<string, Counters> {
  const out = contribution(after, timeZone);
  if (before)
    for (const [day, c] of contribution(before, timeZone))
      add(out, day, Object.fromEntries(Object.entries(c).map(([k, v]) => [k, -v])));
  for (const [day, c] of out) {
    for (const k of Object.keys(c) as Counter[]) if (Math.abs(c[k] ?? 0) < 1e-9) delete c[k];
    if (Object.keys(c).length === 0) out.delete(day);
  }
  return out;
}

const ratio = (num: number, den: number) => (den > 0 ? Math.round((num / den) * 10_000) / 10_000 : null);

/** The rates of GET /stats/events from summed counters; null where the denominator is zero. */
export function rates(c: Counters) {
  const v = (k: Counter) => c[k] ?? 0;
  return {
    total: v('reported'),
    accepted: v('accepted'),
    handled: v('handled'),
    closed: v('closed'),
    handlingRate: ratio(v('handled'), v('accepted')),
    onTimeRate: ratio(v('closedOnTime'), v('closed')),
    satisfactionRate: ratio(v('ratedGood'), v('rated')),
    reworkRate: ratio(v('reworked'), v('closed')),
    avgHoursToClose: v('closed') ? Math.round((v('closeHours') / v('closed')) * 10) / 10 : null,
    byStatus: EVENT_STATES.map((status) => ({ status, count: v(`status_${status}`) })).filter(
      (s) => s.count > 0,
    ),
  };
}
