/**
 * The electorate of a vote, built from the registry when the vote opens and then frozen (RULES.md §1; SPC
 * interpretation on building ownership, arts. 8–9): every exclusive part under the vote's node with its area and
 * where that figure came from, and the key that decides who counts as one owner.
 */
import type { Elector } from './tally';

export type AreaSource = 'registered' | 'surveyed' | 'contract';

/** A house as the registry has it when the vote opens. */
export interface RegistryHouse {
  houseId: number;
  area: number;
  areaSource: AreaSource;
  developerHeld: boolean;
  /** The people on its title; co-owners share the house (and its one ballot). */
  ownerIds: readonly number[];
}

export interface FrozenElector extends Elector {
  areaSource: AreaSource;
  ownerIds: number[];
  /** No owner on record and not the developer's: the house still counts, as an owner of its own. */
  ownerUnknown: boolean;
}

/** Every unsold unit of the developer counts as one owner together. */
export const DEVELOPER_KEY = 'developer';

/**
 * Who counts as one head: the developer for all its units; otherwise the set of people on the title, so a buyer
 * (or the same co-owners) holding several units is one owner, while a couple and one of them alone are two. A
 * house with no owner on record is an owner of its own rather than being dropped from the count.
 */
export function ownerKey(h: RegistryHouse): string {
  if (h.developerHeld) return DEVELOPER_KEY;
  if (h.ownerIds.length === 0) return `house:${h.houseId}`;
  return `people:${[...new Set(h.ownerIds)].sort((a, b) => a - b).join(',')}`;
}

export function buildElectorate(houses: readonly RegistryHouse[]): FrozenElector[] {
  return houses.map((h) => ({
    houseId: h.houseId,
    area: h.area,
    areaSource: h.areaSource,
    ownerKey: ownerKey(h),
    ownerIds: h.developerHeld ? [] : [...new Set(h.ownerIds)].sort((a, b) => a - b),
    ownerUnknown: !h.developerHeld && h.ownerIds.length === 0,
  }));
}

/** Totals of the frozen electorate: area in m² (exact in hundredths) and the number of distinct owners. */
export function electorateTotals(electors: readonly Elector[]): { totalArea: number; totalOwners: number } {
  let hundredths = 0;
  const owners = new Set<string>();
  for (const e of electors) {
    hundredths += Math.round(e.area * 100);
    owners.add(e.ownerKey);
  }
  return { totalArea: hundredths / 100, totalOwners: owners.size };
}
