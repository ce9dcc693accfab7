import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildElectorate, DEVELOPER_KEY, electorateTotals, ownerKey, type RegistryHouse } from './electorate';
import { tally } from './tally';

const house = (houseId: number, ownerIds: number[], more: Partial<RegistryHouse> = {}): RegistryHouse => ({
  houseId,
  area: 80,
  areaSource: 'registered',
  developerHeld: false,
  ownerIds,
  ...more,
});

describe('owner key (SPC interpretation 2020, arts. 8–9)', () => {
  it('puts every unit of the developer under one key, whatever owners are recorded', () => {
    expect(ownerKey(house(1, [], { developerHeld: true }))).toBe(DEVELOPER_KEY);
    expect(ownerKey(house(2, [7], { developerHeld: true }))).toBe(DEVELOPER_KEY);
  });

  it('gives a buyer of several units one key, and co-owners one key for their unit', () => {
    expect(ownerKey(house(1, [5]))).toBe(ownerKey(house(2, [5])));
    expect(ownerKey(house(1, [5, 6]))).toBe(ownerKey(house(2, [6, 5])));
    expect(ownerKey(house(1, [5, 5]))).toBe(ownerKey(house(2, [5])));
  });

  it('tells a couple from one of them alone', () => {
    expect(ownerKey(house(1, [5, 6]))).not.toBe(ownerKey(house(2, [5])));
  });

  it('keeps a house with no owner on record as an owner of its own', () => {
    expect(ownerKey(house(1, []))).not.toBe(ownerKey(house(2, [])));
  });
});

describe('building the frozen electorate', () => {
  it('keeps every house with its area and source, sorted owners and the unknown-owner flag', () => {
    const e = buildElectorate([
      house(1, [9, 3], { area: 90.5, areaSource: 'surveyed' }),
      house(2, [], { developerHeld: true, area: 60 }),
      house(3, [], { area: 70, areaSource: 'contract' }),
    ]);
    expect(e).toEqual([
      {
        houseId: 1,
        area: 90.5,
        areaSource: 'surveyed',
        ownerKey: 'people:3,9',
        ownerIds: [3, 9],
        ownerUnknown: false,
      },
      {
        houseId: 2,
        area: 60,
        areaSource: 'registered',
        ownerKey: DEVELOPER_KEY,
        ownerIds: [],
        ownerUnknown: false,
      },
      { houseId: 3, area: 70, areaSource: 'contract', ownerKey: 'house:3', ownerIds: [], ownerUnknown: true },
    ]);
  });

  it('totals the six houses of the API test by hand: 500.00 m², four owners', () => {
    const e = buildElectorate([
      house(101, [1], { area: 80 }),
      house(102, [2, 3], { area: 90.5 }),
      house(201, [1], { area: 100.25 }),
      house(202, [], { area: 60, developerHeld: true }),
      house(301, [], { area: 70, developerHeld: true }),
      house(302, [4], { area: 99.25 }),
    ]);
    expect(electorateTotals(e)).toEqual({ totalArea: 500, totalOwners: 4 });
  });

  it('adds areas exactly in hundredths (0.1 + 0.2 is 0.3)', () => {
    expect(
      electorateTotals(buildElectorate([house(1, [1], { area: 0.1 }), house(2, [2], { area: 0.2 })]))
        .totalArea,
    ).toBe(0.3);
  });

  const houses = fc
    .array(
      fc.record({
        area: fc.integer({ min: 1, max: 30_000 }).map((h) => h / 100),
        developerHeld: fc.boolean(),
        ownerIds: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 40 },
    )
    .map((hs) => hs.map((h, i) => house(i + 1, h.ownerIds, h)));

  it('agrees with the tally on totals, and never counts more owners than houses (property)', () => {
    fc.assert(
      fc.property(houses, (hs) => {
        const e = buildElectorate(hs);
        const totals = electorateTotals(e);
        const t = tally('alteration', e, new Map());
        expect(totals).toEqual({ totalArea: t.area.total, totalOwners: t.heads.total });
        expect(totals.totalOwners).toBeLessThanOrEqual(hs.length);
        expect(totals.totalOwners).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it('counts all of the developer’s units as one head however many there are (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 20 }), (dev, own) => {
        const hs = [
          ...Array.from({ length: dev }, (_, i) => house(i + 1, [], { developerHeld: true })),
          ...Array.from({ length: own }, (_, i) => house(dev + i + 1, [100 + i])),
        ];
        expect(electorateTotals(buildElectorate(hs)).totalOwners).toBe(own + 1);
      }),
    );
  });
});
