import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costProblems, defaultWeights, shareCosts, toCents, toYuan, type FloorWeight } from './cost-sharing';

const floors = (weights: number[], households = 2): FloorWeight[] =>
  weights.map((weight, i) => ({ floor: i + 1, weight, households }));
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

describe('cost sharing by floor', () => {
  it('splits a budget that divides evenly exactly by weight', () => {
    // 7 floors × 2 households; weights 0,1,1,1,1,1,1: twelve paying households share 600,000.00 yuan.
    const t = shareCosts(60_000_000, floors([0, 1, 1, 1, 1, 1, 1]));
    expect(t[0]).toMatchObject({ amountCents: 0, perHouseholdCents: [0, 0] });
    for (const f of t.slice(1))
      expect(f).toMatchObject({ amountCents: 10_000_000, perHouseholdCents: [5_000_000, 5_000_000] });
  });

  it('hands the leftover cents to the largest remainders, higher floors first on a tie', () => {
    // 100.00 yuan over three households of equal weight: 33.34 + 33.33 + 33.33, the extra cent to the top floor.
    const t = shareCosts(10_000, floors([1, 1, 1], 1));
    expect(t.map((f) => f.amountCents)).toEqual([3333, 3333, 3334]);
    expect(sum(t.map((f) => f.amountCents))).toBe(10_000);
  });

  it('follows the weights: a floor with twice the weight pays twice (within a cent per household)', () => {
    const t = shareCosts(100_001, floors([0, 1, 2], 1));
    expect(t.map((f) => f.amountCents)).toEqual([0, 33_334, 66_667]);
  });

  it('keeps the households of one floor within a cent of each other', () => {
    const t = shareCosts(1_000, [{ floor: 3, weight: 1, households: 3 }]);
    expect(t[0]!.perHouseholdCents).toEqual([334, 333, 333]);
  });

  it('sums to the budget exactly, for any budget and weights (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000_000 }),
        fc.array(fc.record({ w: fc.integer({ min: 0, max: 500 }), h: fc.integer({ min: 0, max: 6 }) }), {
          minLength: 1,
          maxLength: 33,
        }),
        (budget, fs) => {
          const input = fs.map((f, i) => ({ floor: i + 1, weight: f.w / 100, households: f.h }));
          fc.pre(costProblems(budget, input).length === 0);
          const t = shareCosts(budget, input);
          expect(sum(t.map((f) => f.amountCents))).toBe(budget);
          expect(sum(t.flatMap((f) => f.perHouseholdCents))).toBe(budget);
          const total = sum(input.map((f) => f.weight * 100 * f.households));
          for (const f of t) {
            expect(f.amountCents).toBe(sum(f.perHouseholdCents));
            for (const c of f.perHouseholdCents) {
              expect(Number.isInteger(c)).toBe(true);
              // Each household is within one cent of its exact share, and a zero weight pays nothing.
              expect(Math.abs(c - (budget * f.weight * 100) / total)).toBeLessThan(1 + 1e-6);
              if (f.weight === 0) expect(c).toBe(0);
            }
          }
        },
      ),
    );
  });

  it('never charges a lighter household more than a heavier one (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000_000 }),
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 2, maxLength: 20 }),
        (budget, ws) => {
          const input = floors(
            ws.map((w) => w / 100),
            2,
          );
          fc.pre(costProblems(budget, input).length === 0);
          const t = shareCosts(budget, input);
          for (const a of t)
            for (const b of t)
              if (a.weight < b.weight)
                expect(Math.max(...a.perHouseholdCents)).toBeLessThanOrEqual(
                  Math.min(...b.perHouseholdCents),
                );
        },
      ),
    );
  });

  it('is deterministic whatever the order of the floors given', () => {
    const a = shareCosts(99_999, floors([0, 0.6, 0.8, 1, 1.2], 2));
    const b = shareCosts(99_999, [...floors([0, 0.6, 0.8, 1, 1.2], 2)].reverse());
    const byFloor = (t: typeof a) => Object.fromEntries(t.map((f) => [f.floor, f.perHouseholdCents]));
    expect(byFloor(b)).toEqual(byFloor(a));
  });

  it('names what is wrong with the input', () => {
    expect(costProblems(0, floors([1]))).toContainEqual(expect.objectContaining({ field: 'budget' }));
    expect(costProblems(-5, floors([1]))).toContainEqual(expect.objectContaining({ field: 'budget' }));
    expect(costProblems(100.5, floors([1]))).toContainEqual(expect.objectContaining({ field: 'budget' }));
    expect(costProblems(100, floors([1, -1]))).toContainEqual(
      expect.objectContaining({ field: 'weights.1.weight' }),
    );
    expect(costProblems(100, floors([1, 0.123]))).toContainEqual(
      expect.objectContaining({ field: 'weights.1.weight' }),
    );
    expect(costProblems(100, floors([0, 0]))).toContainEqual(expect.objectContaining({ field: 'weights' }));
    expect(costProblems(100, floors([1], 0))).toContainEqual(expect.objectContaining({ field: 'weights' }));
    expect(costProblems(100, [...floors([1]), ...floors([2])])).toContainEqual(
      expect.objectContaining({ field: 'weights', message: 'each floor once' }),
    );
    expect(() => shareCosts(0, floors([1]))).toThrow(/budget/);
    expect(costProblems(100, floors([0, 1]))).toEqual([]);
  });

  it('offers default weights rising with the floor, the ground floor paying nothing', () => {
    expect(defaultWeights(7)).toEqual([0, 0.6, 0.8, 1, 1.2, 1.4, 1.6]);
    expect(defaultWeights(0)).toEqual([]);
  });

  it('converts yuan and cents without float drift', () => {
    expect(toCents(0.1 + 0.2)).toBe(30);
    expect(toCents(123_456.78)).toBe(12_345_678);
    expect(toYuan(12_345_678)).toBe(123_456.78);
  });
});
