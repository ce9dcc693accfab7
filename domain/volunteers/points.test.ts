import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  balanceAfter,
  DEFAULT_RULES,
  monthBounds,
  pointsForService,
  ratePoints,
  ruleOf,
  statementOf,
  type LedgerEntry,
} from './points';

describe('earning', () => {
  it('pays whole points for the minutes served, rounded down', () => {
    expect(pointsForService(120, 10)).toBe(20);
    expect(pointsForService(45, 10)).toBe(7);
    expect(pointsForService(0, 10)).toBe(0);
    expect(pointsForService(60, 0)).toBe(0);
  });

  it("uses the community's rate for the kind, else the default", () => {
    expect(ruleOf({}, 'elderly_care')).toBe(DEFAULT_RULES.elderly_care);
    expect(ruleOf({ elderly_care: 30 }, 'elderly_care')).toBe(30);
    expect(ratePoints({ culture: 6 }, 'culture', 90)).toBe(9);
    expect(ruleOf({}, 'open_event')).toBe(20);
  });

  it('never pays more than the rate times the hours', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 1000 }), (m, r) => {
        const p = pointsForService(m, r);
        return Number.isInteger(p) && p >= 0 && p <= (m * r) / 60;
      }),
    );
  });
});

describe('the balance', () => {
  it('refuses an entry that would take it below zero, or that changes nothing', () => {
    expect(balanceAfter(10, -10)).toBe(0);
    expect(balanceAfter(10, -11)).toBeNull();
    expect(balanceAfter(10, 0)).toBeNull();
    expect(balanceAfter(10, 1.5)).toBeNull();
    expect(balanceAfter(0, 5)).toBe(5);
  });

  it('any sequence of earning and redeeming keeps every entry and never goes negative', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: -50, max: 50 }).filter((n) => n !== 0),
          { maxLength: 200 },
        ),
        (ops) => {
          let balance = 0;
          const ledger: number[] = [];
          for (const op of ops) {
            const next = balanceAfter(balance, op);
            if (next === null) continue;
            ledger.push(op);
            balance = next;
            if (balance < 0) return false;
          }
          const earned = ops.filter((o) => o > 0).reduce((a, b) => a + b, 0);
          // Every earning is kept; the balance is exactly what the kept entries add up to.
          return (
            ledger.filter((o) => o > 0).length === ops.filter((o) => o > 0).length &&
            balance === ledger.reduce((a, b) => a + b, 0) &&
            balance <= earned
          );
        },
      ),
    );
  });
});

describe('the monthly statement', () => {
  const e = (points: number, iso: string): LedgerEntry => ({
    kind: points > 0 ? 'service' : 'redemption',
    points,
    at: new Date(iso),
  });
  const from = new Date('2026-05-01T00:00:00+08:00');
  const to = new Date('2026-06-01T00:00:00+08:00');

  it('opens with what came before and closes with what the month added', () => {
    const s = statementOf(
      [
        e(30, '2026-04-20T10:00:00+08:00'),
        e(20, '2026-05-01T00:00:00+08:00'),
        e(-15, '2026-05-31T23:59:00+08:00'),
        e(99, '2026-06-01T00:00:00+08:00'),
      ],
      from,
      to,
    );
    expect(s).toEqual({ opening: 30, earned: 20, spent: 15, closing: 35, entries: 2 });
  });

  it('bounds a month, December included', () => {
    expect(monthBounds('2026-05')).toEqual({ first: '2026-05-01', next: '2026-06-01' });
    expect(monthBounds('2026-12')).toEqual({ first: '2026-12-01', next: '2027-01-01' });
  });
});
