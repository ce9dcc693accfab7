import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_STATS_DAYS, monthsBetween, share, statsPeriod } from './stats';

describe('months of a period', () => {
  it('lists every month, across a year end', () => {
    expect(monthsBetween('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03-01', '2026-03-31')).toEqual(['2026-03']);
  });
  it('has one entry per month, ascending', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.nat(40),
        (y, m, n) => {
          const from = `${y}-${String(m).padStart(2, '0')}-01`;
          const endIndex = y * 12 + (m - 1) + n;
          const to = `${Math.floor(endIndex / 12)}-${String((endIndex % 12) + 1).padStart(2, '0')}-28`;
          const months = monthsBetween(from, to);
          return months.length === n + 1 && months.every((x, i) => i === 0 || months[i - 1]! < x);
        },
      ),
    );
  });
});

describe('stats period', () => {
  it('defaults to twelve whole months up to today', () => {
    expect(statsPeriod({}, '2026-03-09')).toEqual({ from: '2025-04-01', to: '2026-03-09' });
    expect(statsPeriod({}, '2026-12-31')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(statsPeriod({ to: '2026-01-10' }, '2026-03-09')).toEqual({ from: '2025-02-01', to: '2026-01-10' });
  });
  it('refuses a backwards or too long period on `from`', () => {
    expect(statsPeriod({ from: '2026-03-10', to: '2026-03-09' }, '2026-03-09')).toMatchObject({
      field: 'querystring.from',
    });
    expect(statsPeriod({ from: '2020-01-01', to: '2026-03-09' }, '2026-03-09')).toMatchObject({
      message: `at most ${MAX_STATS_DAYS} days`,
    });
    expect(statsPeriod({ from: '2026-03-09', to: '2026-03-09' }, '2026-03-09')).toEqual({
      from: '2026-03-09',
      to: '2026-03-09',
    });
  });
});

describe('share', () => {
  it('is null for nothing, never NaN, and three decimals otherwise', () => {
    expect(share(0, 0)).toBeNull();
    expect(share(2, 3)).toBe(0.667);
    expect(share(110, 160)).toBe(0.688);
  });
});
