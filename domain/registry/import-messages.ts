// Per-cell problems of an import, as a code plus params so the console can translate them; the
// `message` filled in here serves the CLI and the API report, which have no translation step.

export type ImportErrorParams = Record<string, string | number>;

/** `row` as the spreadsheet numbers it (the header is row 1); `column` as the sheet spells it. */
export type ImportError = {
  row: number;
  column: string;
  code: ImportErrorCode;
  params: ImportErrorParams;
  message: string;
};

// Placeholders are written {name}, as i18next's interpolation reads them once doubled.
export const IMPORT_MESSAGES = {
  header_missing: ['缺少必填列「{header}」', 'Required column "{header}" is missing'],
  header_unknown: ['无法识别的列「{header}」', 'Unknown column "{header}"'],
  header_duplicate: ['列「{header}」出现了不止一次', 'Column "{header}" appears more than once'],
  required: ['此项必填', 'This cell is required'],
  too_long: ['不能超过 {max} 个字符', 'At most {max} characters'],
  id_check_character: ['证件号码校验位错误', 'The check character of the ID number is wrong'],
  id_birth_date: ['证件号码中的出生日期无效', 'The birth date inside the ID number is not valid'],
  id_format: ['证件号码与证件类型的格式不符', 'The number does not have the format of its document type'],
  document_type_unknown: ['无法识别的证件类型「{value}」', 'Unknown document type "{value}"'],
  area_not_number: ['面积应为数字,当前为「{value}」', 'The area must be a number, not "{value}"'],
  area_not_positive: ['面积必须大于 0', 'The area must be greater than 0'],
  area_too_large: ['面积应小于 {max} 平方米', 'The area must be less than {max} m²'],
  area_precision: ['面积最多保留两位小数', 'The area may have at most two decimals'],
  area_source_unknown: [
    '面积来源应为 不动产登记、测绘 或 合同,当前为「{value}」',
    'The area source must be 不动产登记 (registered), 测绘 (surveyed) or 合同 (contract), not "{value}"',
  ],
  floor_not_integer: ['楼层应为整数,当前为「{value}」', 'The floor must be a whole number, not "{value}"'],
  floor_out_of_range: ['楼层应在 {min} 到 {max} 之间', 'The floor must be between {min} and {max}'],
  developer_held_invalid: ['应填“是”或“否”,当前为「{value}」', 'Must be 是 (yes) or 否 (no), not "{value}"'],
  owner_required: [
    '非开发商持有的房屋须填写业主姓名和证件号码',
    "A house the developer does not hold needs the owner's name and ID number",
  ],
  phone_invalid: ['手机号格式错误', 'Not a valid phone number'],
  sex_invalid: [
    '性别应填“男”或“女”,当前为「{value}」',
    'Sex must be 男 (male) or 女 (female), not "{value}"',
  ],
  date_invalid: ['日期应写作 2024-03-01,当前为「{value}」', 'Write dates like 2024-03-01, not "{value}"'],
  date_in_future: ['日期不能晚于今天', 'The date cannot be after today'],
  id_birth_date_mismatch: ['出生日期与证件号码不一致', 'The birth date does not match the ID number'],
  id_sex_mismatch: ['性别与证件号码不一致', 'The sex does not match the ID number'],
  relation_unknown: [
    '人房关系应为 业主、租户、家属 或 其他,当前为「{value}」',
    'The relation must be 业主 (owner), 租户 (tenant), 家属 (family) or 其他 (other), not "{value}"',
  ],
  care_group_unknown: ['无法识别的关怀对象类别「{value}」', 'Unknown care group "{value}"'],
  tenant_moved_in_required: ['租户须填写入住日期', 'A tenant needs a moved-in date'],
  duplicate_house_conflict: [
    '与第 {firstRow} 行是同一房屋,但此项不一致',
    'Same house as row {firstRow}, but this value differs',
  ],
  duplicate_owner: [
    '与第 {firstRow} 行重复:同一房屋的同一业主',
    'Repeats row {firstRow}: the same owner of the same house',
  ],
} as const satisfies Record<string, readonly [zh: string, en: string]>;

export type ImportErrorCode = keyof typeof IMPORT_MESSAGES;
export type ImportLocale = 'zh-CN' | 'en-US';

function fill(template: string, params: ImportErrorParams): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => String(params[name] ?? placeholder));
}

export function describeImportError(
  code: ImportErrorCode,
  params: ImportErrorParams,
  locale: ImportLocale,
): string {
  const [zh, en] = IMPORT_MESSAGES[code];
  return fill(locale === 'zh-CN' ? zh : en, params);
}

/** The message reads Chinese first, then English, for readers of either. */
export function importError(
  row: number,
  column: string,
  code: ImportErrorCode,
  params: ImportErrorParams = {},
): ImportError {
  const message = `${describeImportError(code, params, 'zh-CN')} / ${describeImportError(code, params, 'en-US')}`;
  return { row, column, code, params, message };
}
