// Rows of the residents sheet: who lives in each house (owners, tenants, family), with what the
// registry needs for residence registration (RULES.md §3) and care visits.
import { validateResidentId } from '../people/id-number';
import type { DocumentType, Sex } from '../people/id-number';
import { PERSON_NAME_MAX_LENGTH, RowReader, allPresent, readPlace } from './import-cells';
import type { ParsedRow, Place, RowOptions } from './import-cells';
import { CARE_GROUP_LABELS, RELATION_LABELS, SEX_LABELS, codeForLabel } from './import-labels';
import { RESIDENT_TEMPLATE, templateHeaders } from './import-template';
import type { CareGroup, Relation, ResidentField } from './import-template';

/** `sex` and `birthDate` come from the resident ID when the sheet leaves them empty. */
export type ResidentRow = Place & {
  name: string;
  sex: Sex | null;
  birthDate: string | null;
  documentType: DocumentType;
  idNumber: string;
  phone: string | null;
  relation: Relation;
  movedInOn: string | null;
  careGroups: CareGroup[];
};

export const DEFAULT_RESIDENT_HEADERS = templateHeaders(RESIDENT_TEMPLATE);

// Clerks separate lists with the Chinese enumeration comma or a comma (full-width ones are NFKC'd).
const LIST_SEPARATOR = /[、,;]/;

function readSex(r: RowReader<ResidentField>): Sex | null {
  const value = r.text('sex');
  if (value === '') return null;
  return codeForLabel(SEX_LABELS, value) ?? r.fail('sex', 'sex_invalid', { value });
}

function readRelation(r: RowReader<ResidentField>): Relation | null {
  const value = r.text('relation');
  if (value === '') return r.fail('relation', 'required');
  return codeForLabel(RELATION_LABELS, value) ?? r.fail('relation', 'relation_unknown', { value });
}

function readCareGroups(r: RowReader<ResidentField>): CareGroup[] {
  const groups = new Set<CareGroup>();
  for (const item of r.text('care_groups').split(LIST_SEPARATOR)) {
    const value = item.trim();
    if (value === '') continue;
    const group = codeForLabel(CARE_GROUP_LABELS, value);
    if (group === null) r.fail('care_groups', 'care_group_unknown', { value });
    else groups.add(group);
  }
  return [...groups];
}

type Identity = { sex: Sex | null; birthDate: string | null };

/** What the sheet says must agree with what the resident ID number encodes. */
function reconcile(
  r: RowReader<ResidentField>,
  written: Identity,
  idNumber: string | null,
  type: DocumentType | null,
): Identity {
  if (idNumber === null || type !== 'resident_id') return written;
  const encoded = validateResidentId(idNumber);
  if (!encoded.ok) return written;
  if (written.sex !== null && written.sex !== encoded.sex) r.fail('sex', 'id_sex_mismatch');
  if (written.birthDate !== null && written.birthDate !== encoded.birthDate) {
    r.fail('birth_date', 'id_birth_date_mismatch');
  }
  return { sex: encoded.sex, birthDate: encoded.birthDate };
}

/** Checks one data row; `row` is its number as the spreadsheet shows it (the header is row 1). */
export function parseResidentRow(
  cells: Partial<Record<ResidentField, string>>,
  row: number,
  options: RowOptions<ResidentField> = {},
): ParsedRow<ResidentRow> {
  const r = new RowReader(cells, row, options.headers ?? DEFAULT_RESIDENT_HEADERS, options.today);
  const place = readPlace(r);
  const name = r.required('name', PERSON_NAME_MAX_LENGTH);
  const written = { sex: readSex(r), birthDate: r.date('birth_date', { notAfterToday: true }) };
  const documentType = r.documentType('id_type');
  const idNumber = r.idNumber('id_number', documentType);
  const identity = reconcile(r, written, idNumber, documentType);
  const phone = r.phone('phone');
  const relation = readRelation(r);
  const movedInOn = r.date('moved_in_on', { notAfterToday: false });
  // Registration deadlines run from the move-in, so a tenant without one could never be checked.
  if (relation === 'tenant' && r.text('moved_in_on') === '') {
    r.fail('moved_in_on', 'tenant_moved_in_required');
  }
  const careGroups = readCareGroups(r);
  const fields = allPresent({ ...place, name, documentType, idNumber, relation });
  if (fields === null || r.errors.length > 0) return { ok: false, errors: r.errors };
  return { ok: true, value: { ...fields, ...identity, phone, movedInOn, careGroups } };
}
