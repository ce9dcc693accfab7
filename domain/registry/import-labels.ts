// The words sheets use for coded values, and how a cell is matched against them. Sheets come from
// many offices, so official names, everyday names and the English codes are all accepted.
import type { DocumentType, Sex } from '../people/id-number';
import type { AreaSource } from './house';
import type { CareGroup, Relation } from './import-template';

export const AREA_SOURCE_LABELS: Readonly<Record<AreaSource, string>> = {
  registered: '不动产登记',
  surveyed: '测绘',
  contract: '合同',
};

/** 证件类型 as sheets write it; an empty cell means 居民身份证. */
export const DOCUMENT_TYPE_LABELS: Readonly<Record<DocumentType, string>> = {
  resident_id: '居民身份证',
  hk_macao_home_return_permit: '港澳居民来往内地通行证',
  taiwan_compatriot_permit: '台湾居民来往大陆通行证',
  hmt_residence_permit: '港澳台居民居住证',
  passport: '护照',
  foreign_permanent_resident_id: '外国人永久居留身份证',
};
export const DEFAULT_DOCUMENT_TYPE: DocumentType = 'resident_id';

// The everyday names clerks type instead of the official ones.
export const DOCUMENT_TYPE_ALIASES: Readonly<Record<string, DocumentType>> = {
  身份证: 'resident_id',
  回乡证: 'hk_macao_home_return_permit',
  台胞证: 'taiwan_compatriot_permit',
  外国护照: 'passport',
  永居证: 'foreign_permanent_resident_id',
};

export const SEX_LABELS: Readonly<Record<Sex, string>> = { male: '男', female: '女' };

export const RELATION_LABELS: Readonly<Record<Relation, string>> = {
  owner: '业主',
  tenant: '租户',
  family: '家属',
  other: '其他',
};

export const CARE_GROUP_LABELS: Readonly<Record<CareGroup, string>> = {
  elderly_alone: '空巢老人',
  disabled: '残疾人',
  hong_kong: '港籍居民',
  left_behind_child: '留守儿童',
  low_income: '低保户',
  veteran: '退役军人',
  other: '其他',
};

export const YES = '是';
export const NO = '否';

/** Full-width characters and stray spaces are common in sheets typed with a Chinese IME. */
export function cleanCell(value: string): string {
  return value.normalize('NFKC').trim();
}

/** Finds a coded value by its label, its code or an alias; codes ignore case. */
export function codeForLabel<C extends string>(
  labels: Readonly<Record<C, string>>,
  value: string,
  aliases: Readonly<Record<string, C>> = {},
): C | null {
  const cleaned = cleanCell(value);
  const lower = cleaned.toLowerCase();
  for (const code of Object.keys(labels) as C[]) {
    if (labels[code] === cleaned || code === lower) return code;
  }
  // Own keys only: a cell reading "constructor" must not find Object.prototype's.
  return Object.hasOwn(aliases, cleaned) ? (aliases[cleaned] ?? null) : null;
}
