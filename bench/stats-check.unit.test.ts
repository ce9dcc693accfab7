import { describe, expect, it } from 'vitest';
import { statsDifferences, type StatsFigures } from './stats-check';

const base: StatsFigures = {
  total: 10,
  accepted: 8,
  handled: 6,
  closed: 5,
  handlingRate: 0.75,
  onTimeRate: 0.8,
  satisfactionRate: null,
  reworkRate: 0.2,
  avgHoursToClose: 30.4,
  byCategory: [
    { code: 'a', count: 5 },
    { code: 'b', count: 5 },
  ],
  byStatus: [{ status: 'closed', count: 10 }],
  byDay: [{ day: '2026-01-01', reported: 10, closed: 5 }],
};

describe('statsDifferences', () => {
  it('finds none between equal answers, whatever the order of ties and all-zero days', () => {
    const other = {
      ...base,
      byCategory: [...base.byCategory].reverse(),
      byDay: [...base.byDay, { day: '2026-01-02', reported: 0, closed: 0 }],
    };
    expect(statsDifferences(base, other)).toEqual([]);
  });

  it('names each count or rate that differs', () => {
    expect(statsDifferences(base, { ...base, closed: 4, onTimeRate: 0.75 })).toEqual([
      'closed: 5 ≠ 4',
      'onTimeRate: 0.8 ≠ 0.75',
    ]);
    expect(statsDifferences(base, { ...base, satisfactionRate: 0 })).toEqual(['satisfactionRate: null ≠ 0']);
  });

  it('allows one rounding step in the average hours and no more', () => {
    expect(statsDifferences(base, { ...base, avgHoursToClose: 30.5 })).toEqual([]);
    expect(statsDifferences(base, { ...base, avgHoursToClose: 30.6 })).toEqual([
      'avgHoursToClose: 30.4 ≠ 30.6',
    ]);
    expect(statsDifferences(base, { ...base, avgHoursToClose: null })).toEqual([
      'avgHoursToClose: 30.4 ≠ null',
    ]);
  });

  it('finds a missing or different category, status or day', () => {
    expect(statsDifferences(base, { ...base, byCategory: [{ code: 'a', count: 5 }] })).toEqual([
      'byCategory b: 5 ≠ undefined',
    ]);
    expect(statsDifferences(base, { ...base, byStatus: [{ status: 'closed', count: 9 }] })).toEqual([
      'byStatus closed: 10 ≠ 9',
    ]);
    expect(
      statsDifferences(base, { ...base, byDay: [{ day: '2026-01-01', reported: 10, closed: 4 }] }),
    ).toEqual(['byDay 2026-01-01: 10/5 ≠ 10/4']);
  });
});
