import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COUNTERS,
  SATISFIED_FROM,
  contribution,
  rates,
  rollupDelta,
  type Counter,
  type Counters,
  type RollupFacts,
} from './metrics';
import {
  EVENT_LEVELS,
  EVENT_RELATIONS,
  EVENT_STATES,
  allowedActions,
  nextLevel,
  stateAfter,
  type EventFacts,
  type EventLevel,
} from './machine';

const SH = 'Asia/Shanghai';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** An instant given as Shanghai wall-clock time, e.g. '2026-03-09T10:00'. */
const sh = (wall: string) => new Date(`${wall}:00+08:00`);

const reported: RollupFacts = {
  status: 'reported',
  reportedAt: sh('2026-03-09T10:00'),
  acceptedAt: null,
  closedAt: null,
  deadline: null,
  reworkCount: 0,
  rating: null,
};

/** A closed event: reported 9 March 10:00, accepted the same day, closed after `hours`, due in 48 hours. */
function closedAfter(hours: number, more: Partial<RollupFacts> = {}): RollupFacts {
  const reportedAt = sh('2026-03-09T10:00');
  return {
    status: 'closed',
    reportedAt,
    acceptedAt: sh('2026-03-09T11:00'),
    closedAt: new Date(reportedAt.getTime() + hours * HOUR),
    deadline: new Date(reportedAt.getTime() + 48 * HOUR),
    reworkCount: 0,
    rating: null,
    ...more,
  };
}

const asObject = (m: Map<string, Counters>) => Object.fromEntries(m);

describe('contribution', () => {
  it('counts a reported-only event on its day, by status', () => {
    expect(asObject(contribution(reported, SH))).toEqual({
      '2026-03-09': { reported: 1, status_reported: 1 },
    });
  });

  it('uses the local day of the time zone it is given', () => {
    const lateUtc = { ...reported, reportedAt: new Date('2026-03-09T17:00:00Z') }; // 01:00 on the 10th in Shanghai
    expect([...contribution(lateUtc, SH).keys()]).toEqual(['2026-03-10']);
    expect([...contribution(lateUtc, 'UTC').keys()]).toEqual(['2026-03-09']);
  });

  it('counts the acceptance on the day it was accepted, apart from the report', () => {
    const e: RollupFacts = {
      ...reported,
      status: 'accepted',
      reportedAt: sh('2026-03-09T23:30'),
      acceptedAt: sh('2026-03-10T08:00'),
    };
    expect(asObject(contribution(e, SH))).toEqual({
      '2026-03-09': { reported: 1, status_accepted: 1 },
      '2026-03-10': { accepted: 1 },
    });
  });

  it('merges both into one day when accepted the day it was reported', () => {
    const e: RollupFacts = { ...reported, status: 'dispatched', acceptedAt: sh('2026-03-09T10:05') };
    expect(asObject(contribution(e, SH))).toEqual({
      '2026-03-09': { reported: 1, status_dispatched: 1, accepted: 1 },
    });
  });

  it('counts a rejected or cancelled event that was never accepted only as reported', () => {
    for (const status of ['rejected', 'cancelled'] as const)
      expect(asObject(contribution({ ...reported, status }, SH))).toEqual({
        '2026-03-09': { reported: 1, [`status_${status}`]: 1 },
      });
  });

  it('counts a handled event as handled but not closed', () => {
    const e: RollupFacts = {
      ...reported,
      status: 'handled',
      acceptedAt: sh('2026-03-09T11:00'),
      reworkCount: 2,
    };
    expect(contribution(e, SH).get('2026-03-09')).toEqual({
      reported: 1,
      status_handled: 1,
      accepted: 1,
      handled: 1,
    });
  });

  it('counts a closed event on time, with its hours from report to close', () => {
    expect(contribution(closedAfter(30), SH).get('2026-03-09')).toEqual({
      reported: 1,
      status_closed: 1,
      accepted: 1,
      handled: 1,
      closed: 1,
      closedOnTime: 1,
      closeHours: 30,
    });
  });

  it('counts a close right at the deadline on time, and one a millisecond later late', () => {
    expect(contribution(closedAfter(48), SH).get('2026-03-09')?.closedOnTime).toBe(1);
    const onTime = closedAfter(48);
    const late = { ...onTime, closedAt: new Date(onTime.deadline!.getTime() + 1) };
    const c = contribution(late, SH).get('2026-03-09');
    expect(c?.closed).toBe(1);
    expect(c).not.toHaveProperty('closedOnTime');
    expect(c?.closeHours).toBeCloseTo(48, 6);
  });

  it('counts a closed event without a deadline as closed, never on time', () => {
    const c = contribution(closedAfter(1, { deadline: null }), SH).get('2026-03-09');
    expect(c?.closed).toBe(1);
    expect(c).not.toHaveProperty('closedOnTime');
  });

  it('does not count a closed status without a closing time as closed', () => {
    const c = contribution(closedAfter(1, { closedAt: null }), SH).get('2026-03-09');
    expect(c).toEqual({ reported: 1, status_closed: 1, accepted: 1 });
  });

  it.each([
    [0, undefined],
    [1, 1],
    [2, 1],
    [7, 1],
  ])('counts %i reworks of a closed event as reworked %s', (reworkCount, reworked) => {
    expect(contribution(closedAfter(10, { reworkCount }), SH).get('2026-03-09')?.reworked).toBe(reworked);
  });

  it('counts a rework only once the event is closed', () => {
    const e: RollupFacts = { ...closedAfter(10, { reworkCount: 3 }), status: 'in_progress', closedAt: null };
    expect(contribution(e, SH).get('2026-03-09')).not.toHaveProperty('reworked');
  });

  it.each([
    [1, { rated: 1 }],
    [2, { rated: 1 }],
    [3, { rated: 1 }],
    [4, { rated: 1, ratedGood: 1 }],
    [5, { rated: 1, ratedGood: 1 }],
  ])('counts a rating of %i as %o', (rating, expected) => {
    expect(SATISFIED_FROM).toBe(4);
    const c = contribution(closedAfter(10, { rating }), SH).get('2026-03-09');
    expect({ rated: c?.rated, ratedGood: c?.ratedGood }).toEqual({ ratedGood: undefined, ...expected });
  });

  it('counts only known counters', () => {
    fc.assert(
      fc.property(arbSnapshot, (e) => {
        for (const c of contribution(e, SH).values())
          for (const k of Object.keys(c)) expect(COUNTERS).toContain(k as Counter);
      }),
    );
  });
});

describe('rollupDelta', () => {
  it('is the whole contribution for a new event', () => {
    const e = closedAfter(30, { rating: 5, reworkCount: 1 });
    expect(rollupDelta(null, e, SH)).toEqual(contribution(e, SH));
  });

  it('moves the status counter and adds the acceptance on its own day', () => {
    const after: RollupFacts = { ...reported, status: 'accepted', acceptedAt: sh('2026-03-10T08:00') };
    expect(asObject(rollupDelta(reported, after, SH))).toEqual({
      '2026-03-09': { status_reported: -1, status_accepted: 1 },
      '2026-03-10': { accepted: 1 },
    });
  });

  it('takes back a close on a rework', () => {
    const before = closedAfter(30);
    const after: RollupFacts = { ...before, status: 'in_progress', closedAt: null, reworkCount: 1 };
    expect(asObject(rollupDelta(before, after, SH))).toEqual({
      '2026-03-09': {
        status_closed: -1,
        status_in_progress: 1,
        handled: -1,
        closed: -1,
        closedOnTime: -1,
        closeHours: -30,
      },
    });
  });

  it('is empty when nothing changed (property)', () => {
    fc.assert(
      fc.property(arbSnapshot, arbZone, (e, zone) => {
        expect(rollupDelta(e, e, zone).size).toBe(0);
        expect(rollupDelta(e, { ...e }, zone).size).toBe(0);
      }),
    );
  });

  it('is empty for a comment or any change that touches no counter', () => {
    const e = closedAfter(30, { rating: 3 });
    expect(rollupDelta(e, { ...e, deadline: new Date(e.deadline!.getTime() + HOUR) }, SH).size).toBe(0);
  });

  it('never keeps a zero counter or an empty day (property)', () => {
    fc.assert(
      fc.property(arbSnapshot, arbSnapshot, arbZone, (a, b, zone) => {
        for (const c of rollupDelta(a, b, zone).values()) {
          expect(Object.keys(c).length).toBeGreaterThan(0);
          for (const v of Object.values(c)) expect(Math.abs(v)).toBeGreaterThan(1e-9);
        }
      }),
    );
  });

  it('summed over any path through the loop, equals the contribution of where it ended (property)', () => {
    fc.assert(
      fc.property(arbLifecycle, arbZone, ({ snapshots }, zone) => {
        const rollup = new Map<string, Counters>();
        let before: RollupFacts | null = null;
        for (const after of snapshots) {
          fold(rollup, rollupDelta(before, after, zone));
          expectSameCounters(rollup, contribution(after, zone));
          before = after;
        }
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('has lifecycles that reach every state (the generator is not vacuous)', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(arbLifecycle, ({ snapshots, actions }) => {
        for (const s of snapshots) seen.add(s.status);
        for (const a of actions) seen.add(a);
      }),
      { numRuns: 200, seed: 1 },
    );
    for (const s of EVENT_STATES) expect(seen).toContain(s);
    for (const a of ['take', 'rework', 'reopen', 'escalate', 'return', 'rate']) expect(seen).toContain(a);
  });
});

describe('rates', () => {
  it('is all zeros and nulls for nothing', () => {
    expect(rates({})).toEqual({
      total: 0,
      accepted: 0,
      handled: 0,
      closed: 0,
      handlingRate: null,
      onTimeRate: null,
      satisfactionRate: null,
      reworkRate: null,
      avgHoursToClose: null,
      byStatus: [],
    });
  });

  it('rounds rates to four places and hours to one', () => {
    expect(
      rates({
        reported: 10,
        accepted: 6,
        handled: 4,
        closed: 3,
        closedOnTime: 1,
        rated: 7,
        ratedGood: 5,
        reworked: 2,
        closeHours: 10,
        status_closed: 3,
        status_in_progress: 3,
        status_reported: 4,
      }),
    ).toEqual({
      total: 10,
      accepted: 6,
      handled: 4,
      closed: 3,
      handlingRate: 0.6667, // 4 of 6 accepted
      onTimeRate: 0.3333, // 1 of 3 closed
      satisfactionRate: 0.7143, // 5 of 7 rated
      reworkRate: 0.6667, // 2 of 3 closed
      avgHoursToClose: 3.3, // 10 hours over 3 closed
      byStatus: [
        { status: 'reported', count: 4 },
        { status: 'in_progress', count: 3 },
        { status: 'closed', count: 3 },
      ],
    });
  });

  it('gives whole rates exactly', () => {
    const r = rates({
      accepted: 8,
      handled: 8,
      closed: 8,
      closedOnTime: 1,
      rated: 4,
      ratedGood: 0,
      closeHours: 8 * 7.25,
    });
    expect(r.handlingRate).toBe(1);
    expect(r.onTimeRate).toBe(0.125);
    expect(r.satisfactionRate).toBe(0);
    expect(r.reworkRate).toBe(0);
    expect(r.avgHoursToClose).toBe(7.3);
  });

  it('gives null where only the denominator is zero, whatever the numerator', () => {
    const r = rates({ handled: 2, closedOnTime: 1, ratedGood: 1, reworked: 1, closeHours: 5 });
    expect(r.handlingRate).toBeNull();
    expect(r.onTimeRate).toBeNull();
    expect(r.satisfactionRate).toBeNull();
    expect(r.reworkRate).toBeNull();
    expect(r.avgHoursToClose).toBeNull();
  });

  it('lists statuses in the machine’s order and only the non-zero ones', () => {
    const r = rates({ status_cancelled: 1, status_reported: 0, status_in_progress: 4, status_closed: 2 });
    expect(r.byStatus).toEqual([
      { status: 'in_progress', count: 4 },
      { status: 'closed', count: 2 },
      { status: 'cancelled', count: 1 },
    ]);
  });

  it('keeps every rate between 0 and 1 for counters summed from events (property)', () => {
    fc.assert(
      fc.property(fc.array(arbSnapshot, { maxLength: 30 }), (events) => {
        const r = rates(events.flatMap((e) => [...contribution(e, SH).values()]).reduce(merge, {}));
        expect(r.total).toBe(events.length);
        expect(r.byStatus.reduce((n, s) => n + s.count, 0)).toBe(events.length);
        for (const v of [r.handlingRate, r.onTimeRate, r.satisfactionRate, r.reworkRate])
          if (v !== null) expect(v >= 0 && v <= 1).toBe(true);
      }),
    );
  });
});

// ——— helpers and generators ———

function merge(a: Counters, b: Counters): Counters {
  const out: Counters = { ...a };
  for (const [k, v] of Object.entries(b) as [Counter, number][]) out[k] = (out[k] ?? 0) + v;
  return out;
}

/** Adds per-day deltas into a rollup the way the database upsert does, dropping what sums to zero. */
function fold(into: Map<string, Counters>, delta: Map<string, Counters>) {
  for (const [day, c] of delta) {
    const sum = merge(into.get(day) ?? {}, c);
    for (const k of Object.keys(sum) as Counter[]) if (Math.abs(sum[k]!) < 1e-6) delete sum[k];
    if (Object.keys(sum).length) into.set(day, sum);
    else into.delete(day);
  }
}

function expectSameCounters(actual: Map<string, Counters>, expected: Map<string, Counters>) {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [day, want] of expected) {
    const got = actual.get(day)!;
    expect(Object.keys(got).sort(), day).toEqual(Object.keys(want).sort());
    for (const [k, v] of Object.entries(want) as [Counter, number][])
      if (k === 'closeHours') expect(got[k], `${day} ${k}`).toBeCloseTo(v, 6);
      else expect(got[k], `${day} ${k}`).toBe(v);
  }
}

const arbZone = fc.constantFrom(SH, 'UTC', 'America/New_York', 'Pacific/Auckland');
const T0 = Date.parse('2026-01-01T00:00:00Z');
const arbInstant = fc.integer({ min: T0, max: T0 + 365 * DAY }).map((t) => new Date(t));

/** Any snapshot, consistent or not: the counting rules must hold whatever the row says. */
const arbSnapshot: fc.Arbitrary<RollupFacts> = fc.record({
  status: fc.constantFrom(...EVENT_STATES),
  reportedAt: arbInstant,
  acceptedAt: fc.option(arbInstant, { nil: null }),
  closedAt: fc.option(arbInstant, { nil: null }),
  deadline: fc.option(arbInstant, { nil: null }),
  reworkCount: fc.nat({ max: 4 }),
  rating: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
});

interface Step {
  pick: number;
  gapMs: number;
  dueHours: number;
  score: number;
}

/**
 * A path through the state machine from intake, with the row snapshots the service writes after each action
 * (the same changes as server/modules/events/workflow.ts, reduced to what the rollup reads).
 */
const arbLifecycle = fc
  .record({
    reportedAt: arbInstant,
    autoDispatch: fc.boolean(),
    open: fc.boolean(),
    steps: fc.array(
      fc.record({
        pick: fc.nat(),
        gapMs: fc.integer({ min: 0, max: 3 * DAY }),
        dueHours: fc.integer({ min: 1, max: 120 }),
        score: fc.integer({ min: 1, max: 5 }),
      }),
      { maxLength: 25 },
    ),
  })
  .map(({ reportedAt, autoDispatch, open, steps }) => lifecycle(reportedAt, autoDispatch, open, steps));

function lifecycle(reportedAt: Date, autoDispatch: boolean, open: boolean, steps: readonly Step[]) {
  const everyone = new Set(EVENT_RELATIONS);
  let now = reportedAt;
  let level: EventLevel = 'compound';
  let reopened = false;
  let taken = false;
  let row: RollupFacts = autoDispatch
    ? {
        ...reported,
        status: 'dispatched',
        reportedAt,
        acceptedAt: reportedAt,
        deadline: new Date(now.getTime() + 48 * HOUR),
      }
    : { ...reported, reportedAt };
  const snapshots = [row];
  const actions: string[] = [];
  for (const step of steps) {
    now = new Date(now.getTime() + step.gapMs);
    const facts: EventFacts = {
      status: row.status,
      level,
      rating: row.rating,
      closedAt: row.closedAt,
      reopened,
      openToTake: open && row.status === 'dispatched' && !taken,
    };
    const allowed = allowedActions(facts, everyone, now).filter((a) => a !== 'comment');
    if (allowed.length === 0) break;
    const action = allowed[step.pick % allowed.length]!;
    actions.push(action);
    const due = new Date(now.getTime() + step.dueHours * HOUR);
    const next: RollupFacts = { ...row, status: stateAfter(action, row.status) };
    switch (action) {
      case 'accept':
        next.acceptedAt = now;
        break;
      case 'dispatch':
        next.acceptedAt = row.acceptedAt ?? now;
        next.deadline = due;
        taken = false;
        break;
      case 'take':
        taken = true;
        break;
      case 'verify':
        next.closedAt = now;
        break;
      case 'rework':
        next.reworkCount = row.reworkCount + 1;
        break;
      case 'return':
        next.deadline = null;
        level = 'compound';
        taken = false;
        break;
      case 'escalate':
        level = nextLevel(level) ?? EVENT_LEVELS[EVENT_LEVELS.length - 1]!;
        next.deadline = due;
        taken = false;
        break;
      case 'rate':
        next.rating = step.score;
        break;
      case 'reopen':
        next.closedAt = null;
        next.rating = null;
        next.deadline = due;
        reopened = true;
        break;
      case 'start':
      case 'handle':
      case 'reject':
      case 'cancel':
        break;
    }
    row = next;
    snapshots.push(row);
  }
  return { snapshots, actions };
}
