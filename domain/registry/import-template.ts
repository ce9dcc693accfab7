// The import contract of issue 3: the columns of the houses + owners and residents sheets, in
// Chinese with English aliases. Other work (the downloadable template, `linli import`, E2E
// fixtures) relies on it, so change it only with them.
import { cleanCell } from './import-labels';
import { importError } from './import-messages';
import type { ImportError } from './import-messages';

// prettier-ignore
export const HOUSE_HEADERS = [
  '街道', '社区', '小区', '楼栋', '单元', '房号', '楼层', '专有面积', '面积来源',
  '业主姓名', '证件类型', '证件号码', '手机号', '开发商持有',
] as const;
/** The English aliases, which are also the field names in code. */
// prettier-ignore
export const HOUSE_FIELDS = [
  'street', 'community', 'compound', 'building', 'unit', 'house', 'floor', 'area', 'area_source',
  'owner_name', 'id_type', 'id_number', 'phone', 'developer_held',
] as const;
export type HouseField = (typeof HOUSE_FIELDS)[number];

// prettier-ignore
export const RESIDENT_HEADERS = [
  '街道', '社区', '小区', '楼栋', '单元', '房号', '姓名', '性别', '出生日期',
  '证件类型', '证件号码', '手机号', '人房关系', '入住日期', '关怀对象',
] as const;
// prettier-ignore
export const RESIDENT_FIELDS = [
  'street', 'community', 'compound', 'building', 'unit', 'house', 'name', 'sex', 'birth_date',
  'id_type', 'id_number', 'phone', 'relation', 'moved_in_on', 'care_groups',
] as const;
export type ResidentField = (typeof RESIDENT_FIELDS)[number];

export type ImportTemplate<F extends string> = {
  fields: readonly F[];
  headers: readonly string[];
  /** Columns a sheet may leave out: their cells take a default or may stay empty. */
  optional: ReadonlySet<F>;
};

/** Each field's Chinese column title, for reports on rows read without a header map. */
export function templateHeaders<F extends string>(template: ImportTemplate<F>): Record<F, string> {
  return Object.fromEntries(
    template.fields.map((field, i) => [field, template.headers[i] ?? field]),
  ) as Record<F, string>;
}

export const HOUSE_TEMPLATE: ImportTemplate<HouseField> = {
  fields: HOUSE_FIELDS,
  headers: HOUSE_HEADERS,
  optional: new Set(['id_type', 'phone', 'developer_held']),
};

export const RESIDENT_TEMPLATE: ImportTemplate<ResidentField> = {
  fields: RESIDENT_FIELDS,
  headers: RESIDENT_HEADERS,
  // A resident ID carries the birth date and sex, so only other documents need them written out.
  optional: new Set(['sex', 'birth_date', 'id_type', 'phone', 'moved_in_on', 'care_groups']),
};

export const RELATIONS = ['owner', 'tenant', 'family', 'other'] as const;
export type Relation = (typeof RELATIONS)[number];

// The one list of care groups: the registry API and the import sheets both read it.
export const CARE_GROUPS = [
  'elderly_alone',
  'disabled',
  'hong_kong',
  'left_behind_child',
  'low_income',
  'veteran',
  'other',
] as const;
export type CareGroup = (typeof CARE_GROUPS)[number];

/** `headers` holds each field's column title as this sheet spells it, for error reports. */
export type HeaderMap<F extends string> = {
  columns: Partial<Record<F, number>>;
  headers: Record<F, string>;
};

export type HeaderResult<F extends string> =
  { ok: true; value: HeaderMap<F> } | { ok: false; errors: ImportError[] };

function fieldOf<F extends string>(template: ImportTemplate<F>, header: string): F | null {
  const lower = header.toLowerCase();
  const index = template.fields.findIndex((field, i) => template.headers[i] === header || field === lower);
  return template.fields[index] ?? null;
}

/** Blank titles are skipped: spreadsheet tools leave empty columns at the right edge. */
export function mapHeaders<F extends string>(
  template: ImportTemplate<F>,
  headerRow: readonly string[],
): HeaderResult<F> {
  const columns: Partial<Record<F, number>> = {};
  const headers = templateHeaders(template);
  const errors: ImportError[] = [];
  headerRow.forEach((raw, index) => {
    const header = cleanCell(raw);
    if (header === '') return;
    const field = fieldOf(template, header);
    if (field === null) {
      errors.push(importError(1, header, 'header_unknown', { header }));
    } else if (columns[field] !== undefined) {
      errors.push(importError(1, header, 'header_duplicate', { header }));
    } else {
      columns[field] = index;
      headers[field] = header;
    }
  });
  for (const field of template.fields) {
    if (columns[field] === undefined && !template.optional.has(field)) {
      errors.push(importError(1, headers[field], 'header_missing', { header: headers[field] }));
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { columns, headers } };
}

/** One data row's cells by field; a column the sheet lacks or a short row gives no cell. */
export function cellsOf<F extends string>(
  map: HeaderMap<F>,
  row: readonly string[],
): Partial<Record<F, string>> {
  const cells: Partial<Record<F, string>> = {};
  for (const [field, index] of Object.entries(map.columns) as [F, number][]) {
    const cell = row[index];
    if (cell !== undefined) cells[field] = cell;
  }
  return cells;
}
