import { describe, expect, it } from 'vitest';
import { findDuplicateHouses } from './duplicate-houses';
import { parseHouseRow } from './import-houses';
import type { HouseRow } from './import-houses';
import type { HouseField } from './import-template';

const valid: Partial<Record<HouseField, string>> = {
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
  id_number: '440303199003071233',
};

describe('findDuplicateHouses', () => {
  const house = (row: number, change: Partial<HouseRow> = {}) => {
    const result = parseHouseRow(valid, row);
    if (!result.ok) throw new Error('the sample row should parse');
    return { row, value: { ...result.value, ...change } };
  };
  const coOwner = {
    name: '李四',
    documentType: 'resident_id' as const,
    idNumber: '11010519491231002X',
    phone: null,
  };

  it('treats several owners of one house as co-ownership', () => {
    expect(findDuplicateHouses([house(2), house(3, { owner: coOwner })])).toEqual([]);
  });

  it('reports the later row when the same house has a different floor, area or source', () => {
    const errors = findDuplicateHouses([house(2), house(3, { owner: coOwner, floor: 11, area: 90 })]);
    expect(errors.map((e) => [e.row, e.column, e.code, e.params])).toEqual([
      [3, '楼层', 'duplicate_house_conflict', { firstRow: 2 }],
      [3, '专有面积', 'duplicate_house_conflict', { firstRow: 2 }],
    ]);
    expect(
      findDuplicateHouses([house(2), house(5, { owner: coOwner, areaSource: 'contract' })]),
    ).toHaveLength(1);
  });

  it('reports the same owner of the same house twice', () => {
    const errors = findDuplicateHouses([house(2), house(3, { owner: coOwner }), house(4)]);
    expect(errors.map((e) => [e.row, e.column, e.code, e.params])).toEqual([
      [4, '证件号码', 'duplicate_owner', { firstRow: 2 }],
    ]);
  });

  it('tells apart the same house number in another unit, building, compound or community', () => {
    const rows = [
      house(2),
      house(3, { unit: '3单元' }),
      house(4, { building: '2栋' }),
      house(5, { compound: '碧海花园' }),
      house(6, { community: '福中社区' }),
    ];
    expect(findDuplicateHouses(rows)).toEqual([]);
  });

  it('one person owning several houses is not a duplicate', () => {
    expect(findDuplicateHouses([house(2), house(3, { house: '1202' })])).toEqual([]);
  });
});
