// Within one houses sheet, rows about the same house must agree on it. Co-owners legitimately
// repeat a house (issue 3's contract), so only contradictions and repeated owners are errors.
import type { HouseRow } from './import-houses';
import { DEFAULT_HOUSE_HEADERS } from './import-houses';
import type { Place } from './import-cells';
import { importError } from './import-messages';
import type { ImportError } from './import-messages';
import type { HouseField } from './import-template';

const COMPARED = [
  ['floor', 'floor'],
  ['area', 'area'],
  ['areaSource', 'area_source'],
] as const satisfies readonly (readonly [keyof HouseRow, HouseField])[];

// The street and community are part of the key: two communities may each have a 阳光花园.
function houseKey(house: Place): string {
  return JSON.stringify([
    house.street,
    house.community,
    house.compound,
    house.building,
    house.unit,
    house.house,
  ]);
}

function ownerKey(house: HouseRow): string {
  return house.owner === null ? 'developer' : `${house.owner.documentType}:${house.owner.idNumber}`;
}

/**
 * Rows that repeat a house with a different floor, area or area source, and rows that repeat an
 * owner of a house; the later row is reported. Several owners of one house are co-ownership.
 */
export function findDuplicateHouses(
  rows: readonly { row: number; value: HouseRow }[],
  headers: Record<HouseField, string> = DEFAULT_HOUSE_HEADERS,
): ImportError[] {
  const first = new Map<string, { row: number; value: HouseRow; owners: Map<string, number> }>();
  const errors: ImportError[] = [];
  for (const { row, value } of rows) {
    const seen = first.get(houseKey(value));
    if (seen === undefined) {
      first.set(houseKey(value), { row, value, owners: new Map([[ownerKey(value), row]]) });
      continue;
    }
    for (const [key, field] of COMPARED) {
      if (value[key] !== seen.value[key]) {
        errors.push(importError(row, headers[field], 'duplicate_house_conflict', { firstRow: seen.row }));
      }
    }
    const ownerRow = seen.owners.get(ownerKey(value));
    if (ownerRow === undefined) seen.owners.set(ownerKey(value), row);
    else {
      const field = value.owner === null ? 'developer_held' : 'id_number';
      errors.push(importError(row, headers[field], 'duplicate_owner', { firstRow: ownerRow }));
    }
  }
  return errors;
}
