import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../common/local-date';
import { coverPeriod, monthOf, nextMonth } from './period-cover';

/** Every day the cover counts, with its sign: the month rows' days, plus and minus the day rows. */
function countedDays(from: string, to: string): Map<string, number> {
  const c = coverPeriod(from, to);
  const out = new Map<string, number>();
  const bump = (d: string, n: number) => out.set(d, (out.get(d) ?? 0) + n);
  for (const m of c.months) for (let d = m; d < nextMonth(m); d = addDays(d, 1)) bump(d, 1);
  for (const d of c.plusDays) bump(d, 1);
  for (const d of c.minusDays) bump(d, -1);
  for (const [d, n] of out) if (n === 0) out.delete(d);
  return out;
}

describe('coverPeriod', () => {
  it('reads a twelve-month period from a 7th as whole months less six days', () => {
    const c = coverPeriod('2025-12-07', '2026-12-06');
    expect(c.months).toEqual([
      '2025-12-01',
      ...Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}-01`),
    ]);
    expect(c.minusDays).toEqual([
      '2025-12-01',
      '2025-12-02',
      '2025-12-03',
      '2025-12-04',
      '2025-12-05',
      '2025-12-06',
    ]);
    expect(c.plusDays).toEqual([
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
    expect([c.firstMonth, c.lastMonth]).toEqual(['2025-12-01', '2026-12-01']);
  });

  it('reads a short period inside one month day by day, and a leap February whole', () => {
    expect(coverPeriod('2026-03-10', '2026-03-12')).toMatchObject({
      months: [],
      plusDays: ['2026-03-10', '2026-03-11', '2026-03-12'],
      minusDays: [],
    });
    expect(coverPeriod('2028-02-01', '2028-02-29')).toMatchObject({
      months: ['2028-02-01'],
      plusDays: [],
      minusDays: [],
    });
  });

  it('counts every day of any period exactly once and no other day, reading at most half of each edge month', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2024-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 800 }), (from, span) => {
        const to = addDays(from, span);
        const counted = countedDays(from, to);
        expect(counted.size).toBe(span + 1);
        for (const [d, n] of counted) {
          expect(n).toBe(1);
          expect(d >= from && d <= to).toBe(true);
        }
        const c = coverPeriod(from, to);
        expect(c.plusDays.length + c.minusDays.length).toBeLessThanOrEqual(31);
        expect(monthOf(from)).toBe(c.firstMonth);
        expect(daysBetween(c.firstMonth, from)).toBeLessThan(31);
      }),
    );
  });
});
