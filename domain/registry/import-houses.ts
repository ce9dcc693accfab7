// Rows of the houses + owners sheet (issue 3's contract): one row per owner of a house, so
// co-owners repeat the house and one person's several houses repeat the ID number.
import type { DocumentType } from '../people/id-number';
import { AREA_LIMIT, FLOOR_RANGE, hasAtMostTwoDecimals } from './house';
import type { AreaSource } from './house';
import { PERSON_NAME_MAX_LENGTH, RowReader, allPresent, readPlace } from './import-cells';
import type { ParsedRow, Place, RowOptions } from './import-cells';
import { AREA_SOURCE_LABELS, NO, YES, codeForLabel } from './import-labels';
import { HOUSE_TEMPLATE, templateHeaders } from './import-template';
import type { HouseField } from './import-template';

export type HouseOwner = { name: string; documentType: DocumentType; idNumber: string; phone: string | null };

/** `owner` is null for a developer-held house whose owner columns are empty. */
export type HouseRow = Place & {
  floor: number;
  area: number;
  areaSource: AreaSource;
  developerHeld: boolean;
  owner: HouseOwner | null;
};

export const DEFAULT_HOUSE_HEADERS = templateHeaders(HOUSE_TEMPLATE);

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;

function readFloor(r: RowReader<HouseField>): number | null {
  const value = r.text('floor');
  if (value === '') return r.fail('floor', 'required');
  const floor = NUMBER.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(floor)) return r.fail('floor', 'floor_not_integer', { value });
  if (floor < FLOOR_RANGE.min || floor > FLOOR_RANGE.max) {
    return r.fail('floor', 'floor_out_of_range', FLOOR_RANGE);
  }
  return floor;
}

function readArea(r: RowReader<HouseField>): number | null {
  const value = r.text('area');
  if (value === '') return r.fail('area', 'required');
  if (!NUMBER.test(value)) return r.fail('area', 'area_not_number', { value });
  const area = Number(value);
  if (area <= 0) return r.fail('area', 'area_not_positive');
  if (area >= AREA_LIMIT) return r.fail('area', 'area_too_large', { max: AREA_LIMIT });
  if (!hasAtMostTwoDecimals(area)) return r.fail('area', 'area_precision');
  return area;
}

function readAreaSource(r: RowReader<HouseField>): AreaSource | null {
  const value = r.text('area_source');
  if (value === '') return r.fail('area_source', 'required');
  return codeForLabel(AREA_SOURCE_LABELS, value) ?? r.fail('area_source', 'area_source_unknown', { value });
}

/** An empty cell means 否: most houses are not the developer's. */
function readDeveloperHeld(r: RowReader<HouseField>): boolean | null {
  const value = r.text('developer_held');
  if (value === YES) return true;
  if (value === NO || value === '') return false;
  return r.fail('developer_held', 'developer_held_invalid', { value });
}

function readOwner(r: RowReader<HouseField>, developerHeld: boolean | null): HouseOwner | null {
  const given = (['owner_name', 'id_number', 'phone'] as const).some((field) => r.text(field) !== '');
  if (developerHeld !== false && !given) return null;
  const missing = developerHeld === false ? 'owner_required' : 'required';
  const name = r.required('owner_name', PERSON_NAME_MAX_LENGTH, missing);
  const documentType = r.documentType('id_type');
  const idNumber = r.idNumber('id_number', documentType, missing);
  const phone = r.phone('phone');
  const owner = allPresent({ name, documentType, idNumber });
  return owner === null ? null : { ...owner, phone };
}

/** Checks one data row; `row` is its number as the spreadsheet shows it (the header is row 1). */
export function parseHouseRow(
  cells: Partial<Record<HouseField, string>>,
  row: number,
  options: RowOptions<HouseField> = {},
): ParsedRow<HouseRow> {
  const r = new RowReader(cells, row, options.headers ?? DEFAULT_HOUSE_HEADERS, options.today);
  const fields = allPresent({
    ...readPlace(r),
    floor: readFloor(r),
    area: readArea(r),
    areaSource: readAreaSource(r),
  });
  const developerHeld = readDeveloperHeld(r);
  const owner = readOwner(r, developerHeld);
  if (fields === null || developerHeld === null || r.errors.length > 0) {
    return { ok: false, errors: r.errors };
  }
  return { ok: true, value: { ...fields, developerHeld, owner } };
}
