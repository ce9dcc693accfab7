import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  acceptsContributions,
  balanceAfter,
  entryRefusal,
  LEDGER_KINDS,
  receiptNo,
  signed,
  totalsOf,
  type LedgerKind,
} from './ledger';

describe('project ledger balance', () => {
  it('adds income and subtracts expenses and refunds', () => {
    expect(balanceAfter(0, 'community_fund', 10_000)).toBe(10_000);
    expect(balanceAfter(10_000, 'expense', 4_000)).toBe(6_000);
    expect(balanceAfter(6_000, 'refund', 6_000)).toBe(0);
  });

  it('refuses an expense larger than the money held', () => {
    expect(balanceAfter(100, 'expense', 101)).toBeNull();
    expect(balanceAfter(0, 'refund', 1)).toBeNull();
  });

  it('refuses amounts that are not positive whole cents', () => {
    expect(balanceAfter(100, 'contribution', 0)).toBeNull();
    expect(balanceAfter(100, 'contribution', -5)).toBeNull();
    expect(balanceAfter(100, 'contribution', 1.5)).toBeNull();
  });

  it('never goes below zero and always equals income minus expense (any sequence)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ kind: fc.constantFrom(...LEDGER_KINDS), amount: fc.integer({ min: 1, max: 10_000 }) }),
        ),
        (ops) => {
          let balance = 0;
          const written: { kind: LedgerKind; amount: number }[] = [];
          for (const op of ops) {
            const next = balanceAfter(balance, op.kind, op.amount);
            if (next === null) {
              expect(balance + signed(op.kind, op.amount)).toBeLessThan(0);
              continue;
            }
            balance = next;
            written.push(op);
            expect(balance).toBeGreaterThanOrEqual(0);
          }
          expect(totalsOf(written).balance).toBe(balance);
        },
      ),
    );
  });
});

describe('when entries may be written', () => {
  it('takes money once approved and until acceptance; spends while running and after acceptance; refunds until settled', () => {
    expect(entryRefusal('proposed', 'community_fund')).not.toBeNull();
    expect(entryRefusal('approved', 'government_grant')).toBeNull();
    expect(entryRefusal('approved', 'expense')).not.toBeNull();
    expect(entryRefusal('in_progress', 'expense')).toBeNull();
    expect(entryRefusal('accepted', 'contribution')).not.toBeNull();
    expect(entryRefusal('proposed', 'refund')).not.toBeNull();
    expect(entryRefusal('in_progress', 'refund')).toBeNull();
    expect(entryRefusal('accepted', 'refund')).toBeNull();
    for (const k of LEDGER_KINDS) {
      expect(entryRefusal('closed', k)).not.toBeNull();
      expect(entryRefusal('cancelled', k)).not.toBeNull();
    }
  });

  it('lets residents contribute only to a crowdfunded project open to money', () => {
    expect(acceptsContributions('approved', true)).toBe(true);
    expect(acceptsContributions('in_progress', true)).toBe(true);
    expect(acceptsContributions('approved', false)).toBe(false);
    expect(acceptsContributions('proposed', true)).toBe(false);
    expect(acceptsContributions('accepted', true)).toBe(false);
  });

  it('numbers receipts by project and count, distinct for distinct pairs', () => {
    expect(receiptNo(12, 3)).toBe('MP000012-0003');
    fc.assert(
      fc.property(fc.nat(999_999), fc.nat(9_999), fc.nat(999_999), fc.nat(9_999), (p1, n1, p2, n2) => {
        fc.pre(p1 !== p2 || n1 !== n2);
        expect(receiptNo(p1, n1)).not.toBe(receiptNo(p2, n2));
      }),
    );
  });
});
