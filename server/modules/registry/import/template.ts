// The downloadable import templates: the contract's Chinese headers in order; in the workbook, one example
// row and a 说明 sheet saying what each column takes. The CSV holds the header line only, so nothing in it
// is imported by mistake.
import ExcelJS from 'exceljs';
import { checkCharacter } from '../../../../domain/people/id-number';
import {
  AREA_SOURCE_LABELS,
  CARE_GROUP_LABELS,
  DOCUMENT_TYPE_ALIASES,
  DOCUMENT_TYPE_LABELS,
  NO,
  RELATION_LABELS,
  SEX_LABELS,
  YES,
} from '../../../../domain/registry/import-labels';
import {
  HOUSE_TEMPLATE,
  RESIDENT_TEMPLATE,
  type HouseField,
  type ImportTemplate,
  type ResidentField,
} from '../../../../domain/registry/import-template';
import { csvLine } from './csv';
import type { ImportKind } from './service';

type Column = { note: string; values?: readonly string[] };

const labels = (l: Readonly<Record<string, string>>) => Object.values(l);
const PLACE_COLUMNS = {
  street: { note: '房屋所在街道,与平台中的名称一致' },
  community: { note: '社区名称,须在您的管辖范围内' },
  compound: { note: '小区名称' },
  building: { note: '楼栋,须为该小区下已建立的楼栋' },
  unit: { note: '单元,须为该楼栋下已建立的单元' },
  house: { note: '房号,如 101' },
} satisfies Record<string, Column>;
const PERSON_COLUMNS = {
  id_type: {
    note: '留空即为居民身份证',
    values: [...labels(DOCUMENT_TYPE_LABELS), ...Object.keys(DOCUMENT_TYPE_ALIASES)],
  },
  id_number: { note: '居民身份证须通过校验位检查;请将此列设为文本格式,以免丢失末位' },
  phone: { note: '手机或固定电话,可留空' },
} satisfies Record<string, Column>;

const HOUSE_COLUMNS: Record<HouseField, Column> = {
  ...PLACE_COLUMNS,
  floor: { note: '整数,地下层为负数(-5 至 200)' },
  area: { note: '专有部分面积,平方米,大于 0,最多两位小数' },
  area_source: { note: '面积数据的来源', values: labels(AREA_SOURCE_LABELS) },
  owner_name: { note: '共有房屋每位业主一行;同一业主的多套房屋各占一行' },
  ...PERSON_COLUMNS,
  developer_held: { note: '开发商持有(未售)的房屋填“是”,此时业主各列可留空;留空即为“否”', values: [YES, NO] },
};

const RESIDENT_COLUMNS: Record<ResidentField, Column> = {
  ...PLACE_COLUMNS,
  house: { note: '房号,须为已登记的房屋(先导入房屋)' },
  name: { note: '居民姓名' },
  sex: { note: '居民身份证可推出,可留空', values: labels(SEX_LABELS) },
  birth_date: { note: '写作 2024-03-01;居民身份证可推出,可留空' },
  ...PERSON_COLUMNS,
  relation: { note: '居民与房屋的关系', values: labels(RELATION_LABELS) },
  moved_in_on: { note: '写作 2024-03-01;租户必填(居住登记期限由此计算)' },
  care_groups: { note: '可填多个,用“、”分隔', values: labels(CARE_GROUP_LABELS) },
};

const EXAMPLE_OWNER_ID = '11010519491231002X';
const EXAMPLE_TENANT_ID = `44030419900101123${checkCharacter('44030419900101123')}`;
const PLACE_EXAMPLE = ['莲花街道', '景华社区', '怡枫园', '1栋', '1单元', '101'];

const SHEETS = {
  houses: {
    template: HOUSE_TEMPLATE as ImportTemplate<string>,
    columns: HOUSE_COLUMNS as Record<string, Column>,
    title: '房屋',
    fileName: { ascii: 'linli-houses-template', zh: '房屋及业主导入模板' },
    example: [
      ...PLACE_EXAMPLE,
      1,
      89.5,
      '不动产登记',
      '张三',
      '居民身份证',
      EXAMPLE_OWNER_ID,
      '13800138000',
      NO,
    ],
  },
  residents: {
    template: RESIDENT_TEMPLATE as ImportTemplate<string>,
    columns: RESIDENT_COLUMNS as Record<string, Column>,
    title: '居民',
    fileName: { ascii: 'linli-residents-template', zh: '居民导入模板' },
    example: [
      ...PLACE_EXAMPLE,
      '李四',
      '',
      '',
      '居民身份证',
      EXAMPLE_TENANT_ID,
      '13900139000',
      '租户',
      '2024-03-01',
      '',
    ],
  },
} as const;

export type TemplateFile = { fileName: { ascii: string; zh: string }; contentType: string; body: Buffer };

export async function templateFile(kind: ImportKind, format: 'xlsx' | 'csv'): Promise<TemplateFile> {
  const sheet = SHEETS[kind];
  const ext = (n: { ascii: string; zh: string }) => ({
    ascii: `${n.ascii}.${format}`,
    zh: `${n.zh}.${format}`,
  });
  if (format === 'csv') {
    // The BOM makes Excel read the file as UTF-8 rather than the system code page.
    const body = Buffer.from(`\uFEFF${csvLine(sheet.template.headers)}\r\n`, 'utf8');
    return { fileName: ext(sheet.fileName), contentType: 'text/csv; charset=utf-8', body };
  }
  const wb = new ExcelJS.Workbook();
  const data = wb.addWorksheet(sheet.title, { views: [{ state: 'frozen', ySplit: 1 }] });
  data.addRow([...sheet.template.headers]).font = { bold: true };
  data.addRow([...sheet.example]);
  sheet.template.fields.forEach((field, i) => {
    const column = data.getColumn(i + 1);
    column.width = Math.max(10, (sheet.template.headers[i]?.length ?? 0) * 2 + 4);
    // Text, so Excel keeps all 18 digits of an ID number and the leading zeros of an area code.
    if (field === 'id_number' || field === 'phone' || field === 'house') column.numFmt = '@';
  });
  data.getColumn(sheet.template.fields.indexOf('id_number') + 1).width = 22;

  const help = wb.addWorksheet('说明');
  help.addRow(['列名', '英文别名', '必填', '说明', '可填的值']).font = { bold: true };
  sheet.template.fields.forEach((field, i) => {
    const c = sheet.columns[field];
    const required = sheet.template.optional.has(field) ? '否' : '是';
    help.addRow([sheet.template.headers[i], field, required, c?.note ?? '', (c?.values ?? []).join('、')]);
  });
  help.addRow([]);
  help.addRow(['第 1 行为表头,数据从第 2 行开始;示例行请删除或替换。表头也可使用英文别名。']);
  [12, 16, 6, 60, 60].forEach((w, i) => (help.getColumn(i + 1).width = w));
  const body = Buffer.from(await wb.xlsx.writeBuffer());
  return { fileName: ext(sheet.fileName), contentType: XLSX_TYPE, body };
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Both spellings (RFC 6266): the ASCII name for old clients, the Chinese one for the rest. */
export const attachment = (name: { ascii: string; zh: string }) =>
  `attachment; filename="${name.ascii}"; filename*=UTF-8''${encodeURIComponent(name.zh)}`;
