import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AREA_SOURCES, hasAtMostTwoDecimals, houseSchema, preferredArea } from './house';
import type { AreaFigures } from './house';

const validHouse = {
  number: '1201',
  floor: 12,
  exclusiveArea: 89.37,
  areaSource: 'registered',
  use: 'residential',
  occupancy: 'owner_occupied',
} as const;

describe('preferredArea', () => {
  it('prefers the registered, then the surveyed, then the contract area', () => {
    expect(preferredArea({ registered: 88.1, surveyed: 89, contract: 90 })).toEqual({
      area: 88.1,
      source: 'registered',
    });
    expect(preferredArea({ surveyed: 89, contract: 90 })).toEqual({ area: 89, source: 'surveyed' });
    expect(preferredArea({ registered: null, contract: 90 })).toEqual({ area: 90, source: 'contract' });
    expect(preferredArea({})).toBeNull();
  });

  it('returns a figure that was given, from the earliest source that has one', () => {
    const figure = fc.option(fc.double({ min: 0.01, max: 9999.99, noNaN: true }), { nil: undefined });
    fc.assert(
      fc.property(
        fc.record({ registered: figure, surveyed: figure, contract: figure }),
        (figures: AreaFigures) => {
          const chosen = preferredArea(figures);
          const given = AREA_SOURCES.filter((source) => figures[source] !== undefined);
          if (given.length === 0) return chosen === null;
          return chosen !== null && chosen.source === given[0] && chosen.area === figures[chosen.source];
        },
      ),
    );
  });
});

describe('hasAtMostTwoDecimals', () => {
  it('accepts hundredths and rejects finer figures', () => {
    expect(hasAtMostTwoDecimals(89.37)).toBe(true);
    expect(hasAtMostTwoDecimals(120)).toBe(true);
    expect(hasAtMostTwoDecimals(0.1 + 0.2)).toBe(false);
    expect(hasAtMostTwoDecimals(89.375)).toBe(false);
    expect(hasAtMostTwoDecimals(Number.NaN)).toBe(false);
  });

  it('accepts every figure written with two decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), (hundredths) =>
        hasAtMostTwoDecimals(Number((hundredths / 100).toFixed(2))),
      ),
    );
  });
});

describe('houseSchema', () => {
  it('accepts a valid house', () => {
    expect(houseSchema.parse(validHouse)).toEqual(validHouse);
    expect(houseSchema.safeParse({ ...validHouse, floor: -5, exclusiveArea: 9999.99 }).success).toBe(true);
  });

  it.each([
    ['an empty number', { number: ' ' }],
    ['a 21-character number', { number: 'x'.repeat(21) }],
    ['a fractional floor', { floor: 2.5 }],
    ['floor −6', { floor: -6 }],
    ['floor 201', { floor: 201 }],
    ['a zero area', { exclusiveArea: 0 }],
    ['a negative area', { exclusiveArea: -10 }],
    ['an area of 10,000 m²', { exclusiveArea: 10_000 }],
    ['three decimals', { exclusiveArea: 89.375 }],
    ['an unknown source', { areaSource: 'estimated' }],
    ['an unknown use', { use: 'industrial' }],
    ['an unknown occupancy', { occupancy: 'squatted' }],
    ['an extra field', { owner: 'x' }],
  ])('rejects %s', (_label, change) => {
    expect(houseSchema.safeParse({ ...validHouse, ...change }).success).toBe(false);
  });
});
