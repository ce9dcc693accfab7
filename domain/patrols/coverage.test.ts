import { describe, expect, it } from 'vitest';
import { coverage, periodOf, rate, sumRows, type CoveragePatrol, type CoveragePlan } from './coverage';

const TZ = 'Asia/Shanghai';
// Local wall-clock time in Shanghai (UTC+8) as an instant.
const at = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);

const plan: CoveragePlan = {
  id: 1,
  windows: [
    { start: '08:00', end: '11:00' },
    { start: '14:00', end: '17:00' },
    { start: '19:00', end: '21:00' },
  ],
  activeFrom: '2026-11-02',
  activeTo: null,
  workerIds: [10, 11],
};

const patrol = (startedAt: Date, extra: Partial<CoveragePatrol> = {}): CoveragePatrol => ({
  planId: 1,
  startedAt,
  finished: true,
  accountIds: [10],
  failedItems: 0,
  eventsFiled: 0,
  ...extra,
});

const range = (from: string, to: string, period: 'day' | 'week' | 'month' = 'day') => ({
  from,
  to,
  timeZone: TZ,
  period,
});

describe('periods', () => {
  it('labels a date by itself, its week’s Monday or its month', () => {
    expect(periodOf('2026-11-05', 'day')).toBe('2026-11-05');
    expect(periodOf('2026-11-05', 'week')).toBe('2026-11-02');
    expect(periodOf('2026-11-02', 'week')).toBe('2026-11-02');
    expect(periodOf('2026-11-08', 'week')).toBe('2026-11-02');
    expect(periodOf('2026-11-09', 'week')).toBe('2026-11-09');
    expect(periodOf('2026-11-30', 'month')).toBe('2026-11');
  });
});

describe('coverage', () => {
  it('counts three planned rounds a day and the windows patrols started in', () => {
    const c = coverage(
      [plan],
      [patrol(at('2026-11-02', '08:30')), patrol(at('2026-11-02', '15:00'))],
      range('2026-11-02', '2026-11-03'),
    );
    expect(c.byPlan.get(1)).toEqual([
      { period: '2026-11-02', planned: 3, done: 2, extra: 0, failedItems: 0, eventsFiled: 0 },
      { period: '2026-11-03', planned: 3, done: 0, extra: 0, failedItems: 0, eventsFiled: 0 },
    ]);
  });

  it('takes a window’s start and not its end', () => {
    const c = coverage(
      [plan],
      [
        patrol(at('2026-11-02', '08:00')),
        patrol(at('2026-11-02', '11:00')),
        patrol(at('2026-11-02', '21:00')),
      ],
      range('2026-11-02', '2026-11-02'),
    );
    expect(c.byPlan.get(1)?.[0]).toMatchObject({ planned: 3, done: 1, extra: 2 });
  });

  it('counts a window once however many patrols started in it', () => {
    const c = coverage(
      [plan],
      [patrol(at('2026-11-02', '08:10')), patrol(at('2026-11-02', '09:10'), { accountIds: [11] })],
      range('2026-11-02', '2026-11-02'),
    );
    expect(c.byPlan.get(1)?.[0]).toMatchObject({ done: 1, extra: 1 });
    // Each worker walked that round once.
    expect(c.byWorker.get(10)?.[0]).toMatchObject({ planned: 3, done: 1, extra: 0 });
    expect(c.byWorker.get(11)?.[0]).toMatchObject({ planned: 3, done: 1, extra: 0 });
  });

  it('plans nothing on days the plan is not in force, and patrols on them are extra', () => {
    const c = coverage(
      [{ ...plan, activeFrom: '2026-11-03', activeTo: '2026-11-03' }],
      [
        patrol(at('2026-11-02', '08:30')),
        patrol(at('2026-11-03', '08:30')),
        patrol(at('2026-11-04', '08:30')),
      ],
      range('2026-11-02', '2026-11-04'),
    );
    expect(c.byPlan.get(1)?.map((r) => [r.period, r.planned, r.done, r.extra])).toEqual([
      ['2026-11-02', 0, 0, 1],
      ['2026-11-03', 3, 1, 0],
      ['2026-11-04', 0, 0, 1],
    ]);
  });

  it('uses the local day: a patrol at 00:30 in Shanghai belongs to that day, not the UTC one', () => {
    const c = coverage(
      [{ ...plan, windows: [{ start: '00:00', end: '01:00' }] }],
      [patrol(new Date('2026-11-02T16:30:00Z'))],
      range('2026-11-02', '2026-11-03'),
    );
    expect(c.byPlan.get(1)?.map((r) => [r.period, r.done])).toEqual([
      ['2026-11-02', 0],
      ['2026-11-03', 1],
    ]);
  });

  it('does not count unfinished patrols as rounds but keeps their failed items and events', () => {
    const c = coverage(
      [plan],
      [patrol(at('2026-11-02', '08:30'), { finished: false, failedItems: 2, eventsFiled: 1 })],
      range('2026-11-02', '2026-11-02'),
    );
    expect(c.byPlan.get(1)?.[0]).toMatchObject({ done: 0, extra: 0, failedItems: 2, eventsFiled: 1 });
  });

  it('credits co-patrollers, ignores patrols outside the range and of unknown plans', () => {
    const c = coverage(
      [plan],
      [
        patrol(at('2026-11-02', '19:30'), { accountIds: [10, 11, 12] }),
        patrol(at('2026-11-01', '19:30')),
        patrol(at('2026-11-02', '08:30'), { planId: 99 }),
      ],
      range('2026-11-02', '2026-11-02'),
    );
    expect(c.byPlan.get(1)?.[0]).toMatchObject({ done: 1, extra: 0 });
    expect(c.byWorker.get(12)?.[0]).toMatchObject({ planned: 0, done: 1 });
    expect(c.byWorker.get(11)?.[0]).toMatchObject({ planned: 3, done: 1 });
  });

  it('adds days up into weeks and months', () => {
    const patrols = ['2026-11-02', '2026-11-03', '2026-11-09'].map((d) => patrol(at(d, '08:30')));
    const weeks = coverage([plan], patrols, range('2026-11-02', '2026-11-15', 'week'));
    expect(weeks.byPlan.get(1)?.map((r) => [r.period, r.planned, r.done])).toEqual([
      ['2026-11-02', 21, 2],
      ['2026-11-09', 21, 1],
    ]);
    const months = coverage([plan], patrols, range('2026-10-30', '2026-11-02', 'month'));
    expect(months.byPlan.get(1)?.map((r) => [r.period, r.planned, r.done])).toEqual([
      ['2026-10', 0, 0],
      ['2026-11', 3, 1],
    ]);
  });

  it('sums plans into a grid and gives a rate only where something was planned', () => {
    const a = [{ period: 'x', planned: 3, done: 2, extra: 0, failedItems: 1, eventsFiled: 1 }];
    const b = [{ period: 'x', planned: 1, done: 1, extra: 1, failedItems: 0, eventsFiled: 0 }];
    expect(sumRows([a, b])).toEqual([
      { period: 'x', planned: 4, done: 3, extra: 1, failedItems: 1, eventsFiled: 1 },
    ]);
    expect(rate({ planned: 4, done: 3 })).toBe(0.75);
    expect(rate({ planned: 0, done: 3 })).toBeNull();
  });
});
