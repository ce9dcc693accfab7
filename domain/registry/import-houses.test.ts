import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkCharacter } from '../people/id-number';
import { DEFAULT_HOUSE_HEADERS, parseHouseRow } from './import-houses';
import type { HouseField } from './import-template';

type Cells = Partial<Record<HouseField, string>>;

const residentIds = fc
  .record({
    birth: fc.date({
      min: new Date('1930-01-01T00:00:00Z'),
      max: new Date('2005-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    sequence: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ birth, sequence }) => {
    const first17 = `440303${birth.toISOString().slice(0, 10).replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
    return first17 + checkCharacter(first17);
  });

const OWNER_ID = '440303199003071233';
const valid: Cells = {
  street: '莲花街道',
  community: '景华社区',
  compound: '阳光花园',
  building: '1栋',
  unit: '2单元',
  house: '1201',
  floor: '12',
  area: '89.37',
  area_source: '不动产登记',
  owner_name: '张三',
  id_type: '',
  id_number: OWNER_ID,
  phone: '138 1234 5678',
  developer_held: '否',
};

function errorsOf(cells: Cells, options = {}) {
  const result = parseHouseRow(cells, 7, options);
  return result.ok ? [] : result.errors.map((e) => [e.column, e.code]);
}

describe('parseHouseRow', () => {
  it('accepts an empty 单元 for a building without units', () => {
    const result = parseHouseRow({ ...valid, unit: '' }, 3);
    expect(result.ok && result.value.unit).toBe('');
  });

  it('reads a valid row, defaulting the document type and normalising the phone', () => {
    expect(parseHouseRow(valid, 2)).toEqual({
      ok: true,
      value: {
        street: '莲花街道',
        community: '景华社区',
        compound: '阳光花园',
        building: '1栋',
        unit: '2单元',
        house: '1201',
        floor: 12,
        area: 89.37,
        areaSource: 'registered',
        developerHeld: false,
        owner: { name: '张三', documentType: 'resident_id', idNumber: OWNER_ID, phone: '13812345678' },
      },
    });
  });

  it('normalises ID numbers typed with spaces, full-width digits or a lowercase x', () => {
    const result = parseHouseRow({ ...valid, id_number: ' １１０１０５ 19491231002x ' }, 2);
    expect(result.ok && result.value.owner?.idNumber).toBe('11010519491231002X');
  });

  it('reports a wrong check character against the column as the sheet spells it', () => {
    const result = parseHouseRow({ ...valid, id_number: '440303199003071234' }, 7, {
      headers: { ...DEFAULT_HOUSE_HEADERS, id_number: 'ID_NUMBER' },
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          row: 7,
          column: 'ID_NUMBER',
          code: 'id_check_character',
          params: {},
          message: '证件号码校验位错误 / The check character of the ID number is wrong',
        },
      ],
    });
  });

  it('reads other document types by their sheet labels and everyday names', () => {
    const permit = parseHouseRow({ ...valid, id_type: '港澳居民来往内地通行证', id_number: 'h12345678' }, 2);
    expect(permit.ok && permit.value.owner).toMatchObject({
      documentType: 'hk_macao_home_return_permit',
      idNumber: 'H12345678',
    });
    const passport = parseHouseRow({ ...valid, id_type: 'passport', id_number: 'E12345678' }, 2);
    expect(passport.ok && passport.value.owner?.documentType).toBe('passport');
    expect(errorsOf({ ...valid, id_type: '身份证' })).toEqual([]);
    expect(errorsOf({ ...valid, id_type: '驾驶证' })).toEqual([['证件类型', 'document_type_unknown']]);
    expect(errorsOf({ ...valid, id_type: '港澳居民来往内地通行证' })).toEqual([['证件号码', 'id_format']]);
  });

  it('rejects birth dates after today only when told today', () => {
    const unborn = '440303203001011236';
    expect(unborn.slice(17)).toBe(checkCharacter(unborn.slice(0, 17)));
    expect(errorsOf({ ...valid, id_number: unborn })).toEqual([]);
    expect(errorsOf({ ...valid, id_number: unborn }, { today: '2025-01-01' })).toEqual([
      ['证件号码', 'id_birth_date'],
    ]);
  });

  it.each([
    ['-3', 'area_not_positive'],
    ['0', 'area_not_positive'],
    ['八十', 'area_not_number'],
    ['89.3m2', 'area_not_number'],
    ['10000', 'area_too_large'],
    ['89.375', 'area_precision'],
    ['', 'required'],
  ])('rejects the area %j with %s', (area, code) => {
    expect(errorsOf({ ...valid, area })).toEqual([['专有面积', code]]);
  });

  it.each([
    ['3.5', 'floor_not_integer'],
    ['三', 'floor_not_integer'],
    ['201', 'floor_out_of_range'],
    ['-6', 'floor_out_of_range'],
  ])('rejects the floor %j with %s', (floor, code) => {
    expect(errorsOf({ ...valid, floor })).toEqual([['楼层', code]]);
  });

  it('accepts basement floors and whole numbers written with a decimal point', () => {
    expect(errorsOf({ ...valid, floor: '-2' })).toEqual([]);
    const result = parseHouseRow({ ...valid, floor: '3.0' }, 2);
    expect(result.ok && result.value.floor).toBe(3);
  });

  it('reads the area source in Chinese or English and rejects others', () => {
    const result = parseHouseRow({ ...valid, area_source: 'contract' }, 2);
    expect(result.ok && result.value.areaSource).toBe('contract');
    expect(errorsOf({ ...valid, area_source: '估算' })).toEqual([['面积来源', 'area_source_unknown']]);
  });

  it('lets a developer-held row leave the owner columns empty', () => {
    const result = parseHouseRow(
      { ...valid, developer_held: '是', owner_name: '', id_number: '', phone: '' },
      2,
    );
    expect(result.ok && result.value).toMatchObject({ developerHeld: true, owner: null });
  });

  it('needs the owner name and ID on a row the developer does not hold', () => {
    const noOwner = { ...valid, owner_name: '', id_number: '', phone: '' };
    expect(errorsOf(noOwner)).toEqual([
      ['业主姓名', 'owner_required'],
      ['证件号码', 'owner_required'],
    ]);
    expect(errorsOf({ ...noOwner, developer_held: '' })).toHaveLength(2);
    expect(errorsOf({ ...valid, developer_held: '是', owner_name: '' })).toEqual([['业主姓名', 'required']]);
  });

  it('accepts only 是 or 否 as 开发商持有', () => {
    expect(errorsOf({ ...valid, developer_held: 'Y' })).toEqual([['开发商持有', 'developer_held_invalid']]);
  });

  it('reports a bad phone number and keeps a missing one empty', () => {
    expect(errorsOf({ ...valid, phone: '12345' })).toEqual([['手机号', 'phone_invalid']]);
    const result = parseHouseRow({ ...valid, phone: '' }, 2);
    expect(result.ok && result.value.owner?.phone).toBeNull();
  });

  it('reports every bad cell of a row at once', () => {
    const cells = {
      ...valid,
      compound: ' ',
      house: 'x'.repeat(21),
      floor: '1.5',
      area: '-1',
      id_number: '1',
    };
    expect(errorsOf(cells)).toEqual([
      ['小区', 'required'],
      ['房号', 'too_long'],
      ['楼层', 'floor_not_integer'],
      ['专有面积', 'area_not_positive'],
      ['证件号码', 'id_format'],
    ]);
  });

  it('accepts every well-formed row and flags every changed check character', () => {
    const rows = fc.record({
      id: residentIds,
      floor: fc.integer({ min: -5, max: 200 }),
      hundredths: fc.integer({ min: 1, max: 999_999 }),
      wrong: fc.integer({ min: 1, max: 10 }),
    });
    fc.assert(
      fc.property(rows, ({ id, floor, hundredths, wrong }) => {
        const area = (hundredths / 100).toFixed(2);
        const good = parseHouseRow({ ...valid, id_number: id, floor: String(floor), area }, 2);
        const characters = '0123456789X';
        const other = characters[(characters.indexOf(id.slice(17)) + wrong) % 11] ?? '';
        const bad = parseHouseRow({ ...valid, id_number: id.slice(0, 17) + other }, 2);
        return (
          good.ok &&
          good.value.floor === floor &&
          good.value.area === Number(area) &&
          !bad.ok &&
          bad.errors[0]?.code === 'id_check_character'
        );
      }),
    );
  });
});
