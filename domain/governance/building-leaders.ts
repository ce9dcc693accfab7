// Building leaders (楼长) and the coverage figures districts report for them (seed 000: 742
// compounds, 79.6%) and for compound party organisations (seed 003: 357 of 977 compounds).

export type Locale = 'zh-CN' | 'en-US';

/**
 * Seed 000 lists the duties in one sentence: 维护视频门禁和防火防盗设施,发现违法犯罪或治安、消防隐患
 * 及时报告,督促出租屋业主和租住人员及时申报居住登记信息 and calls them five: each verb + object is one.
 */
export const BUILDING_LEADER_DUTIES = [
  {
    id: 'maintain_video_access_control',
    label: { 'zh-CN': '维护视频门禁', 'en-US': 'Maintain the video door-entry system' },
  },
  {
    id: 'maintain_fire_theft_protection',
    label: { 'zh-CN': '维护防火防盗设施', 'en-US': 'Maintain fire and burglary protection' },
  },
  {
    id: 'report_crime',
    label: { 'zh-CN': '发现违法犯罪及时报告', 'en-US': 'Report crime as soon as it is found' },
  },
  {
    id: 'report_safety_hazards',
    label: {
      'zh-CN': '发现治安、消防隐患及时报告',
      'en-US': 'Report public-order and fire hazards as soon as they are found',
    },
  },
  {
    id: 'urge_residence_registration',
    label: {
      'zh-CN': '督促出租屋业主和租住人员及时申报居住登记信息',
      'en-US': 'Urge landlords and tenants to file residence registrations on time',
    },
  },
] as const satisfies readonly { id: string; label: Readonly<Record<Locale, string>> }[];
export type BuildingLeaderDuty = (typeof BUILDING_LEADER_DUTIES)[number]['id'];

/** `rate` is a fraction in [0, 1]; 0 when there is nothing to cover, never NaN. */
export type Coverage = { total: number; covered: number; rate: number };

export type CoverageBy<Id> = {
  overall: Coverage;
  byCompound: Map<Id, Coverage>;
  byCommunity: Map<Id, Coverage>;
  byStreet: Map<Id, Coverage>;
};

type Tally = { total: number; covered: number };

function tally<Id>(tallies: Map<Id, Tally>, id: Id, covered: boolean): void {
  const entry = tallies.get(id) ?? { total: 0, covered: 0 };
  entry.total += 1;
  if (covered) entry.covered += 1;
  tallies.set(id, entry);
}

export function withRate({ total, covered }: Tally): Coverage {
  return { total, covered, rate: total === 0 ? 0 : covered / total };
}

function withRates<Id>(tallies: Map<Id, Tally>): Map<Id, Coverage> {
  return new Map([...tallies].map(([id, entry]) => [id, withRate(entry)]));
}

// Counting an item twice would inflate both the total and the rate without any sign of it.
function assertUnique<Id>(ids: readonly Id[], what: string): void {
  const seen = new Set<Id>();
  for (const id of ids) {
    if (seen.has(id)) throw new RangeError(`${what} ${String(id)} is listed twice`);
    seen.add(id);
  }
}

type Counted<Id> = { id: Id; compoundId: Id; communityId: Id; streetId: Id; covered: boolean };

function countCoverage<Id>(items: readonly Counted<Id>[], what: string): CoverageBy<Id> {
  assertUnique(
    items.map((item) => item.id),
    what,
  );
  const overall: Tally = { total: 0, covered: 0 };
  const compounds = new Map<Id, Tally>();
  const communities = new Map<Id, Tally>();
  const streets = new Map<Id, Tally>();
  for (const item of items) {
    tally(compounds, item.compoundId, item.covered);
    tally(communities, item.communityId, item.covered);
    tally(streets, item.streetId, item.covered);
    overall.total += 1;
    if (item.covered) overall.covered += 1;
  }
  return {
    overall: withRate(overall),
    byCompound: withRates(compounds),
    byCommunity: withRates(communities),
    byStreet: withRates(streets),
  };
}

export type BuildingCoverageInput<Id> = {
  buildingId: Id;
  compoundId: Id;
  communityId: Id;
  streetId: Id;
  hasFiledLeader: boolean;
};

/** Share of buildings with a filed (备案) leader, at every level above the building. */
export function coverage<Id>(buildings: readonly BuildingCoverageInput<Id>[]): CoverageBy<Id> {
  return countCoverage(
    buildings.map((b) => ({ ...b, id: b.buildingId, covered: b.hasFiledLeader })),
    'building',
  );
}

export type CompoundPartyInput<Id> = { compoundId: Id; communityId: Id; streetId: Id; hasPartyOrg: boolean };

/** Share of compounds with their own party organisation; `byCompound` is 0 or 1 for each. */
export function partyOrgCoverage<Id>(compounds: readonly CompoundPartyInput<Id>[]): CoverageBy<Id> {
  return countCoverage(
    compounds.map((c) => ({ ...c, id: c.compoundId, covered: c.hasPartyOrg })),
    'compound',
  );
}
