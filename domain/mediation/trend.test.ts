import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeRate, monthsEnding, percent, shiftMonth, yearOverYear } from './trend';

describe('changeRate', () => {
  it("reproduces seed 001's fall of 65.1 %", () => {
    expect(changeRate(15, 43)).toBe(-65.1);
  });
  it('is positive for a rise and zero for no change', () => {
    expect(changeRate(3, 2)).toBe(50);
    expect(changeRate(7, 7)).toBe(0);
  });
  it('is null when there was nothing to compare with', () => {
    expect(changeRate(5, 0)).toBeNull();
    expect(changeRate(0, 0)).toBeNull();
  });
  it('is −100 when the disputes stopped', () => {
    expect(changeRate(0, 9)).toBe(-100);
  });
  it('rounds to one decimal and never falls below −100 (property)', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.integer({ min: 1, max: 10_000 }), (c, p) => {
        const r = changeRate(c, p)!;
        expect(r).toBeGreaterThanOrEqual(-100);
        expect(Math.round(r * 10)).toBe(r * 10);
        if (r !== 0) expect(Math.sign(r)).toBe(Math.sign(c - p));
        if (c === p) expect(r).toBe(0);
      }),
    );
  });
});

describe('months', () => {
  it('shifts across years', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-11', 2)).toBe('2027-01');
    expect(shiftMonth('2026-06', -12)).toBe('2025-06');
  });
  it('lists the window oldest first', () => {
    expect(monthsEnding('2026-02', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
  });
});

describe('yearOverYear', () => {
  it('compares each month with the same month a year earlier, and the window as a whole', () => {
    const counts = new Map([
      ['2025-01', 10],
      ['2025-02', 4],
      ['2026-01', 5],
      ['2026-02', 1],
    ]);
    const t = yearOverYear(counts, '2026-02', 2);
    expect(t.months).toEqual([
      { month: '2026-01', count: 5, previous: 10, rate: -50 },
      { month: '2026-02', count: 1, previous: 4, rate: -75 },
    ]);
    expect(t).toMatchObject({ total: 6, previousTotal: 14, rate: -57.1 });
  });
  it('counts missing months as zero', () => {
    const t = yearOverYear(new Map(), '2026-12');
    expect(t.months).toHaveLength(12);
    expect(t.rate).toBeNull();
  });
});

describe('percent', () => {
  it('is the share to one decimal, null of nothing', () => {
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(3, 3)).toBe(100);
    expect(percent(0, 0)).toBeNull();
  });
});
