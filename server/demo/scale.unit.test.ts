import { describe, expect, it } from 'vitest';
import { planTotals, scalePlan } from './scale';

describe('scalePlan', () => {
  it('makes a district of 200 communities, 1 M houses and 10 M events at N = 1', () => {
    expect(planTotals(scalePlan(1))).toEqual({ communities: 200, houses: 1_000_000, events: 10_000_000 });
  });

  it('grows by communities above and shrinks the units below one community', () => {
    expect(planTotals(scalePlan(0.1))).toEqual({ communities: 20, houses: 100_000, events: 1_000_000 });
    expect(planTotals(scalePlan(0.005))).toEqual({ communities: 1, houses: 5_000, events: 50_000 });
    expect(planTotals(scalePlan(0.0002))).toEqual({ communities: 1, houses: 200, events: 2_000 });
  });

  it('refuses a scale that is not a positive number up to 20', () => {
    for (const n of [0, -1, Number.NaN, 21]) expect(() => scalePlan(n)).toThrow(RangeError);
  });
});
