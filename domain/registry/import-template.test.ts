import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  HOUSE_FIELDS,
  HOUSE_HEADERS,
  HOUSE_TEMPLATE,
  RESIDENT_FIELDS,
  RESIDENT_HEADERS,
  RESIDENT_TEMPLATE,
  cellsOf,
  mapHeaders,
  templateHeaders,
} from './import-template';

describe('the import contract', () => {
  it('keeps the header order and aliases of issue 3', () => {
    expect(HOUSE_HEADERS.join(',')).toBe(
      '街道,社区,小区,楼栋,单元,房号,楼层,专有面积,面积来源,业主姓名,证件类型,证件号码,手机号,开发商持有',
    );
    expect(HOUSE_FIELDS.join(',')).toBe(
      'street,community,compound,building,unit,house,floor,area,area_source,owner_name,id_type,id_number,phone,developer_held',
    );
    expect(RESIDENT_HEADERS).toHaveLength(RESIDENT_FIELDS.length);
  });

  it('names each field by its Chinese header', () => {
    expect(templateHeaders(HOUSE_TEMPLATE)).toMatchObject({ street: '街道', developer_held: '开发商持有' });
    expect(templateHeaders(RESIDENT_TEMPLATE)).toMatchObject({
      relation: '人房关系',
      care_groups: '关怀对象',
    });
  });
});

describe('mapHeaders', () => {
  it('maps the Chinese headers to their columns', () => {
    const result = mapHeaders(HOUSE_TEMPLATE, [...HOUSE_HEADERS]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.columns.street).toBe(0);
    expect(result.value.columns.developer_held).toBe(13);
    expect(result.value.headers.area).toBe('专有面积');
  });

  it('accepts aliases in any case, with spaces, a BOM and full-width letters, and remembers how they were written', () => {
    const row = HOUSE_FIELDS.map((f) => f.toUpperCase());
    row[0] = '\uFEFF STREET ';
    row[1] = 'ｃｏｍｍｕｎｉｔｙ';
    const result = mapHeaders(HOUSE_TEMPLATE, row);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.columns.street).toBe(0);
    expect(result.value.columns.community).toBe(1);
    expect(result.value.headers.area).toBe('AREA');
  });

  it('accepts the two languages mixed and columns in any order', () => {
    const row: string[] = [...HOUSE_HEADERS].reverse();
    row[0] = 'developer_held';
    const result = mapHeaders(HOUSE_TEMPLATE, row);
    expect(result.ok && result.value.columns.developer_held).toBe(0);
    expect(result.ok && result.value.columns.street).toBe(13);
  });

  it('lets a sheet leave out optional columns and skips blank titles', () => {
    const row = HOUSE_HEADERS.filter((h) => !['证件类型', '手机号', '开发商持有'].includes(h));
    const result = mapHeaders(HOUSE_TEMPLATE, [...row, '', ' ']);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.columns.phone).toBeUndefined();
    expect(result.value.headers.phone).toBe('手机号');
  });

  it('reports missing, unknown and duplicate headers on row 1', () => {
    const row = HOUSE_HEADERS.filter((h) => h !== '专有面积');
    const result = mapHeaders(HOUSE_TEMPLATE, [...row, '备注', 'house']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [1, '备注', 'header_unknown'],
      [1, 'house', 'header_duplicate'],
      [1, '专有面积', 'header_missing'],
    ]);
    expect(result.errors[2]?.message).toBe('缺少必填列「专有面积」 / Required column "专有面积" is missing');
  });

  it('finds every template column in any permutation of the headers', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...RESIDENT_FIELDS.keys()], { minLength: RESIDENT_FIELDS.length }),
        fc.array(fc.boolean(), { minLength: RESIDENT_FIELDS.length, maxLength: RESIDENT_FIELDS.length }),
        (order, useAlias) => {
          const row = order.map((i) =>
            useAlias[i] ? (RESIDENT_FIELDS[i] ?? '') : (RESIDENT_HEADERS[i] ?? ''),
          );
          const result = mapHeaders(RESIDENT_TEMPLATE, row);
          return (
            result.ok && RESIDENT_FIELDS.every((field, i) => result.value.columns[field] === order.indexOf(i))
          );
        },
      ),
    );
  });
});

describe('cellsOf', () => {
  it('picks each field from its column, leaving out short rows and absent columns', () => {
    const result = mapHeaders(HOUSE_TEMPLATE, [
      '房号',
      '小区',
      '楼栋',
      '单元',
      '楼层',
      '专有面积',
      '面积来源',
      '业主姓名',
      '证件号码',
      '街道',
      '社区',
    ]);
    if (!result.ok) throw new Error('headers should map');
    expect(cellsOf(result.value, ['1201', '阳光花园', '1栋'])).toEqual({
      house: '1201',
      compound: '阳光花园',
      building: '1栋',
    });
  });
});
