import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BUILDING_LEADER_DUTIES, coverage, partyOrgCoverage } from './building-leaders';
import type { BuildingCoverageInput, Coverage } from './building-leaders';

describe('BUILDING_LEADER_DUTIES', () => {
  it('lists the five duties of seed 000 with distinct ids and both labels', () => {
    expect(BUILDING_LEADER_DUTIES).toHaveLength(5);
    expect(new Set(BUILDING_LEADER_DUTIES.map((d) => d.id)).size).toBe(5);
    for (const duty of BUILDING_LEADER_DUTIES) {
      expect(duty.label['zh-CN']).toMatch(/\p{Script=Han}/u);
      expect(duty.label['en-US']).toMatch(/^[A-Z][\x20-\x7e]+$/);
    }
    expect(BUILDING_LEADER_DUTIES.map((d) => d.id)).toContain('urge_residence_registration');
  });
});

const building = (
  buildingId: number,
  compoundId: number,
  communityId: number,
  streetId: number,
  hasFiledLeader: boolean,
): BuildingCoverageInput<number> => ({ buildingId, compoundId, communityId, streetId, hasFiledLeader });

const sum = (values: Iterable<Coverage>) => {
  let total = 0;
  let covered = 0;
  for (const value of values) {
    total += value.total;
    covered += value.covered;
  }
  return { total, covered };
};

describe('coverage', () => {
  it('counts buildings with a filed leader per compound, community and street', () => {
    const result = coverage([
      building(1, 10, 100, 1000, true),
      building(2, 10, 100, 1000, false),
      building(3, 11, 100, 1000, true),
      building(4, 12, 101, 1000, false),
    ]);
    expect(result.byCompound.get(10)).toEqual({ total: 2, covered: 1, rate: 0.5 });
    expect(result.byCompound.get(11)).toEqual({ total: 1, covered: 1, rate: 1 });
    expect(result.byCommunity.get(100)).toEqual({ total: 3, covered: 2, rate: 2 / 3 });
    expect(result.byCommunity.get(101)).toEqual({ total: 1, covered: 0, rate: 0 });
    expect(result.byStreet.get(1000)).toEqual({ total: 4, covered: 2, rate: 0.5 });
    expect(result.overall).toEqual({ total: 4, covered: 2, rate: 0.5 });
  });

  it('reports a rate of 0, not NaN, when there is nothing to cover', () => {
    expect(coverage([]).overall).toEqual({ total: 0, covered: 0, rate: 0 });
    expect(coverage([]).byStreet.size).toBe(0);
  });

  it('refuses a building listed twice', () => {
    expect(() => coverage([building(1, 10, 100, 1000, true), building(1, 10, 100, 1000, true)])).toThrow(
      RangeError,
    );
  });

  // Compounds lie in one community and communities in one street, as in the org tree.
  const buildings = fc
    .array(fc.record({ compound: fc.nat(20), covered: fc.boolean() }), { maxLength: 200 })
    .map((rows) =>
      rows.map((row, i) =>
        building(i + 1, row.compound, 100 + (row.compound % 7), 1000 + (row.compound % 3), row.covered),
      ),
    );

  it('keeps rates in [0, 1], covered ≤ total, and sums equal across levels', () => {
    fc.assert(
      fc.property(buildings, (input) => {
        const result = coverage(input);
        const levels = [result.byCompound, result.byCommunity, result.byStreet];
        for (const level of levels) {
          for (const c of level.values()) {
            if (!(c.rate >= 0 && c.rate <= 1 && c.covered <= c.total && c.total > 0)) return false;
            if (c.rate !== c.covered / c.total) return false;
          }
          const totals = sum(level.values());
          if (totals.total !== input.length || totals.covered !== result.overall.covered) return false;
        }
        return result.overall.covered === input.filter((b) => b.hasFiledLeader).length;
      }),
    );
  });
});

describe('partyOrgCoverage', () => {
  it('counts compounds with a party organisation, like seed 003 (357 of 977)', () => {
    const compounds = Array.from({ length: 977 }, (_, i) => ({
      compoundId: i + 1,
      communityId: 100 + (i % 40),
      streetId: 1000 + (i % 8),
      hasPartyOrg: i < 357,
    }));
    const result = partyOrgCoverage(compounds);
    expect(result.overall).toEqual({ total: 977, covered: 357, rate: 357 / 977 });
    expect(result.byCompound.get(1)).toEqual({ total: 1, covered: 1, rate: 1 });
    expect(result.byCompound.get(977)).toEqual({ total: 1, covered: 0, rate: 0 });
    expect(sum(result.byStreet.values())).toEqual({ total: 977, covered: 357 });
  });
});
