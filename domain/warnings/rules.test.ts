import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WARNING_POLICY,
  dueSoon,
  hotspots,
  spike,
  SPIKE_MIN_WEEKS,
  warningPolicyProblems,
  weeklyCounts,
  weekStart,
  type BuildingReport,
} from './rules';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = new Date('2026-12-06T10:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('policy', () => {
  it('accepts the defaults', () => {
    expect(warningPolicyProblems(DEFAULT_WARNING_POLICY)).toEqual([]);
  });

  it('names each field out of range or not whole', () => {
    expect(
      warningPolicyProblems({ hotspotCount: 1, hotspotDays: 2.5, spikeK: 0.5, spikeMinCount: 3 }).map(
        (p) => p.path,
      ),
    ).toEqual(['hotspotCount', 'hotspotDays', 'spikeK']);
    expect(warningPolicyProblems({ ...DEFAULT_WARNING_POLICY, spikeK: 2.5 })).toEqual([]);
    expect(warningPolicyProblems({ ...DEFAULT_WARNING_POLICY, hotspotDays: Number.NaN })[0]?.path).toBe(
      'hotspotDays',
    );
  });
});

describe('due soon', () => {
  const running = (id: number, startedAgoH: number, allowedH: number) => ({
    id,
    dispatchedAt: ago(startedAgoH * HOUR),
    deadline: new Date(ago(startedAgoH * HOUR).getTime() + allowedH * HOUR),
  });

  it('warns from exactly 80 % of the time until the deadline, not before and not after', () => {
    const got = dueSoon(
      [
        running(1, 7.9, 10), // 79 %
        running(2, 8, 10), // exactly 80 %
        running(3, 10, 10), // exactly at the deadline
        running(4, 10.01, 10), // overdue
        running(5, 9, 10), // 90 %
      ],
      now,
    );
    expect(got.map((d) => d.id)).toEqual([3, 5, 2]);
    expect(got[2]!.used).toBeCloseTo(0.8);
    expect(got[2]!.leftMs).toBe(2 * HOUR);
    expect(got[0]!.leftMs).toBe(0);
    expect(got[0]!.used).toBe(1);
  });

  it('is empty without running events', () => {
    expect(dueSoon([], now)).toEqual([]);
  });

  it('warns only about events in the yellow band, soonest first', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ started: fc.integer({ min: 0, max: 100 }), allowed: fc.integer({ min: 1, max: 100 }) }),
        ),
        (xs) => {
          const got = dueSoon(
            xs.map((x, i) => running(i, x.started, x.allowed)),
            now,
          );
          for (const d of got) {
            expect(d.used).toBeGreaterThanOrEqual(0.8 - 1e-12);
            expect(d.leftMs).toBeGreaterThanOrEqual(0);
          }
          for (let i = 1; i < got.length; i++)
            expect(got[i]!.deadline.getTime()).toBeGreaterThanOrEqual(got[i - 1]!.deadline.getTime());
          expect(got.length).toBe(
            xs.filter((x) => x.started * 5 >= x.allowed * 4 && x.started <= x.allowed).length,
          );
        },
      ),
    );
  });
});

describe('hotspots', () => {
  const policy = { hotspotCount: 3, hotspotDays: 30 };
  let nextId = 1;
  const report = (msAgo: number, over: Partial<BuildingReport> = {}): BuildingReport => ({
    eventId: nextId++,
    communityId: 10,
    buildingId: 100,
    categoryCode: 'facility.light',
    reportedAt: ago(msAgo),
    ...over,
  });

  it('finds exactly N reports in exactly M days: both ends of the window count', () => {
    const rs = [report(30 * DAY), report(10 * DAY), report(0)];
    const [h] = hotspots(rs, policy, now);
    expect(h).toMatchObject({ communityId: 10, buildingId: 100, categoryCode: 'facility.light', count: 3 });
    expect(h!.eventIds).toEqual([rs[2]!.eventId, rs[1]!.eventId, rs[0]!.eventId]);
    expect(h!.first).toEqual(rs[0]!.reportedAt);
    expect(h!.last).toEqual(rs[2]!.reportedAt);
  });

  it('does not count a report one millisecond before the window', () => {
    expect(hotspots([report(30 * DAY + 1), report(10 * DAY), report(0)], policy, now)).toEqual([]);
  });

  it('needs N: N − 1 reports are not a hotspot', () => {
    expect(hotspots([report(DAY), report(2 * DAY)], policy, now)).toEqual([]);
  });

  it('is empty on an empty history', () => {
    expect(hotspots([], policy, now)).toEqual([]);
  });

  it('keeps buildings, categories and communities apart', () => {
    const rs = [
      report(DAY),
      report(DAY, { buildingId: 101 }),
      report(DAY, { categoryCode: 'noise' }),
      report(DAY, { communityId: 11 }),
      report(2 * DAY),
    ];
    expect(hotspots(rs, policy, now)).toEqual([]);
    const more = hotspots([...rs, report(3 * DAY)], policy, now);
    expect(more.map((h) => [h.buildingId, h.categoryCode, h.count])).toEqual([[100, 'facility.light', 3]]);
  });

  it('ignores reports after now', () => {
    expect(hotspots([report(-HOUR), report(DAY), report(2 * DAY)], policy, now)).toEqual([]);
  });

  it('puts the largest first, then the most recent', () => {
    const rs = [
      ...[1, 2, 3].map((d) => report(d * DAY, { buildingId: 1 })),
      ...[5, 6, 7, 8].map((d) => report(d * DAY, { buildingId: 2 })),
      ...[0, 1, 2].map((d) => report(d * DAY + HOUR, { buildingId: 3 })),
    ];
    expect(hotspots(rs, policy, now).map((h) => h.buildingId)).toEqual([2, 3, 1]);
  });

  it('counts every report of a group once, whatever the order', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            days: fc.integer({ min: 0, max: 60 }),
            building: fc.integer({ min: 1, max: 3 }),
            cat: fc.constantFrom('a', 'b'),
          }),
        ),
        (xs) => {
          const rs = xs.map((x, i) => ({
            eventId: i,
            communityId: 1,
            buildingId: x.building,
            categoryCode: x.cat,
            reportedAt: ago(x.days * DAY),
          }));
          const got = hotspots(rs, policy, now);
          for (const h of got) {
            const expected = xs.filter(
              (x) => x.days <= 30 && x.building === h.buildingId && x.cat === h.categoryCode,
            );
            expect(h.count).toBe(expected.length);
            expect(h.count).toBeGreaterThanOrEqual(3);
          }
          expect(hotspots([...rs].reverse(), policy, now)).toEqual(got);
        },
      ),
    );
  });
});

describe('weekly counts', () => {
  const today = '2026-12-06';

  it('sums rolling weeks ending today, the current week first', () => {
    const daily = [
      { day: '2026-12-06', count: 1 },
      { day: '2026-11-30', count: 2 }, // still the current week (today − 6)
      { day: '2026-11-29', count: 4 }, // week 1
      { day: '2026-11-23', count: 8 }, // week 1's first day
      { day: '2026-11-22', count: 16 }, // week 2
    ];
    expect(weeklyCounts(daily, today, 3, '2026-01-01')).toEqual([3, 12, 16]);
    expect(weekStart(today, 0)).toBe('2026-11-30');
    expect(weekStart(today, 1)).toBe('2026-11-23');
  });

  it('drops the weeks before the data begins, and days in the future', () => {
    // 14 days of data exactly: two whole weeks.
    expect(weeklyCounts([{ day: '2026-12-07', count: 5 }], today, 12, '2026-11-23')).toEqual([0, 0]);
    expect(weeklyCounts([], today, 12, '2026-11-24')).toEqual([0]);
    expect(weeklyCounts([], today, 12, '2026-12-07')).toEqual([]);
  });
});

describe('spikes', () => {
  const policy = { spikeK: 3, spikeMinCount: 3 };

  it('gives no verdict on an empty or short history', () => {
    expect(spike(10, [], policy)).toBeNull();
    expect(spike(10, Array<number>(SPIKE_MIN_WEEKS - 1).fill(0), policy)).toBeNull();
    expect(spike(10, Array<number>(SPIKE_MIN_WEEKS).fill(0), policy)?.spike).toBe(true);
  });

  it('treats a category appearing for the first time by the Poisson floor and the minimum count', () => {
    const zeros = Array<number>(12).fill(0);
    // median 0, spread 1: the threshold is k = 3, and the count must pass it.
    expect(spike(3, zeros, policy)).toMatchObject({ median: 0, spread: 1, threshold: 3, spike: false });
    expect(spike(4, zeros, policy)?.spike).toBe(true);
    expect(spike(4, zeros, { spikeK: 1, spikeMinCount: 5 })?.spike).toBe(false);
    expect(spike(2, zeros, { spikeK: 1, spikeMinCount: 1 })?.spike).toBe(true);
  });

  it('is not fooled by one earlier burst, where mean + 3 sd would be', () => {
    const history = [2, 3, 2, 30, 3, 2, 2, 3, 2, 3, 2, 2];
    const v = spike(12, history, policy)!;
    expect(v.median).toBe(2);
    expect(v.spike).toBe(true);
    const mean = history.reduce((a, b) => a + b, 0) / history.length;
    const sd = Math.sqrt(history.reduce((a, b) => a + (b - mean) ** 2, 0) / history.length);
    expect(12 > mean + 3 * sd).toBe(false);
  });

  it('uses the scaled MAD when the history varies more than chance', () => {
    const history = [10, 20, 10, 20, 10, 20, 10, 20];
    const v = spike(40, history, policy)!;
    expect(v.median).toBe(15);
    expect(v.spread).toBeCloseTo(1.4826 * 5);
    expect(v.threshold).toBeCloseTo(15 + 3 * 1.4826 * 5);
    expect(v.spike).toBe(true);
    expect(spike(37, history, policy)!.spike).toBe(false);
  });

  it('never calls a count at or below the median a spike', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(50), { minLength: SPIKE_MIN_WEEKS, maxLength: 12 }), (history) => {
        const v = spike(0, history, policy)!;
        expect(v.spike).toBe(false);
        const m = v.median;
        expect(spike(Math.floor(m), history, policy)!.spike).toBe(false);
      }),
    );
  });
});
