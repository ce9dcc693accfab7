import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_RESIDENT_HEADERS, parseResidentRow } from './import-residents';
import type { ResidentField } from './import-template';

type Cells = Partial<Record<ResidentField, string>>;

// Male, born 7 March 1990.
const TENANT_ID = '440303199003071233';
const valid: Cells = {
  street: '莲花街道',
  community: '景华社区',
  compound: '阳光花园',
  building: '1栋',
  unit: '2单元',
  house: '1201',
  name: '王五',
  sex: '',
  birth_date: '',
  id_type: '居民身份证',
  id_number: TENANT_ID,
  phone: '0755-8888 6666',
  relation: '租户',
  moved_in_on: '2024/3/1',
  care_groups: '',
};

function errorsOf(cells: Cells, options = {}) {
  const result = parseResidentRow(cells, 9, options);
  return result.ok ? [] : result.errors.map((e) => [e.row, e.column, e.code]);
}

describe('parseResidentRow', () => {
  it('reads a tenant, taking sex and birth date from the resident ID', () => {
    expect(parseResidentRow(valid, 2)).toEqual({
      ok: true,
      value: {
        street: '莲花街道',
        community: '景华社区',
        compound: '阳光花园',
        building: '1栋',
        unit: '2单元',
        house: '1201',
        name: '王五',
        sex: 'male',
        birthDate: '1990-03-07',
        documentType: 'resident_id',
        idNumber: TENANT_ID,
        phone: '0755-88886666',
        relation: 'tenant',
        movedInOn: '2024-03-01',
        careGroups: [],
      },
    });
  });

  it('accepts the usual ways of writing a date', () => {
    for (const written of ['2024-03-01', '2024.3.1', '2024年3月1日', '２０２４／３／１']) {
      const result = parseResidentRow({ ...valid, moved_in_on: written }, 2);
      expect(result.ok && result.value.movedInOn).toBe('2024-03-01');
    }
    expect(errorsOf({ ...valid, moved_in_on: '2024-02-30' })).toEqual([[9, '入住日期', 'date_invalid']]);
    expect(errorsOf({ ...valid, moved_in_on: '3/1/2024' })).toEqual([[9, '入住日期', 'date_invalid']]);
  });

  it('reads back every real date in every accepted form', () => {
    const dates = fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2099-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    const forms = fc.constantFrom(
      (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      (y: number, m: number, d: number) => `${y}/${m}/${d}`,
      (y: number, m: number, d: number) => `${y}.${m}.${d}`,
      (y: number, m: number, d: number) => `${y}年${m}月${d}日`,
    );
    fc.assert(
      fc.property(dates, forms, (date, form) => {
        const iso = date.toISOString().slice(0, 10);
        const written = form(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
        const result = parseResidentRow({ ...valid, moved_in_on: written }, 2);
        return result.ok && result.value.movedInOn === iso;
      }),
    );
  });

  it('needs a moved-in date for a tenant only', () => {
    expect(errorsOf({ ...valid, moved_in_on: '' })).toEqual([[9, '入住日期', 'tenant_moved_in_required']]);
    expect(errorsOf({ ...valid, moved_in_on: '', relation: '家属' })).toEqual([]);
  });

  it('reports a sex or birth date that contradicts the resident ID', () => {
    expect(errorsOf({ ...valid, sex: '男', birth_date: '1990-03-07' })).toEqual([]);
    expect(errorsOf({ ...valid, sex: '女', birth_date: '1990-03-08' })).toEqual([
      [9, '性别', 'id_sex_mismatch'],
      [9, '出生日期', 'id_birth_date_mismatch'],
    ]);
    expect(errorsOf({ ...valid, sex: 'M' })).toEqual([[9, '性别', 'sex_invalid']]);
  });

  it('keeps what the sheet says for documents that do not encode it', () => {
    const cells = {
      ...valid,
      id_type: '护照',
      id_number: 'E12345678',
      sex: 'female',
      birth_date: '1985-06-01',
    };
    const result = parseResidentRow(cells, 2);
    expect(result.ok && result.value).toMatchObject({
      documentType: 'passport',
      sex: 'female',
      birthDate: '1985-06-01',
    });
    const bare = parseResidentRow({ ...cells, sex: '', birth_date: '' }, 2);
    expect(bare.ok && bare.value).toMatchObject({ sex: null, birthDate: null });
  });

  it('rejects a birth date after today when told today', () => {
    const cells = { ...valid, id_type: '护照', id_number: 'E12345678', birth_date: '2030-01-01' };
    expect(errorsOf(cells, { today: '2025-01-01' })).toEqual([[9, '出生日期', 'date_in_future']]);
  });

  it('splits care groups on 、 and commas, dropping repeats', () => {
    const result = parseResidentRow(
      { ...valid, care_groups: '空巢老人、残疾人，港籍居民, elderly_alone' },
      2,
    );
    expect(result.ok && result.value.careGroups).toEqual(['elderly_alone', 'disabled', 'hong_kong']);
    const all = parseResidentRow({ ...valid, care_groups: '留守儿童;低保户;退役军人;其他' }, 2);
    expect(all.ok && all.value.careGroups).toEqual(['left_behind_child', 'low_income', 'veteran', 'other']);
    expect(errorsOf({ ...valid, care_groups: '空巢老人、学生' })).toEqual([
      [9, '关怀对象', 'care_group_unknown'],
    ]);
  });

  it('needs a known relation, a name and an ID number', () => {
    expect(errorsOf({ ...valid, relation: '朋友', name: '', id_number: '' })).toEqual([
      [9, '姓名', 'required'],
      [9, '证件号码', 'required'],
      [9, '人房关系', 'relation_unknown'],
    ]);
    const owner = parseResidentRow({ ...valid, relation: 'Owner' }, 2);
    expect(owner.ok && owner.value.relation).toBe('owner');
  });

  it('names the columns as the sheet spells them', () => {
    const result = parseResidentRow({ ...valid, phone: '123' }, 4, {
      headers: { ...DEFAULT_RESIDENT_HEADERS, phone: 'phone' },
    });
    expect(result.ok ? [] : result.errors.map((e) => e.column)).toEqual(['phone']);
  });
});
