import { describe, expect, it } from 'vitest';
import type { PathItem } from '../../api/org';
import type { House } from '../../api/registry';
import { groupHouses, houseName } from './places';

const building: PathItem = { id: 10, kind: 'building', name: '3栋' };
const unit1: PathItem = { id: 11, kind: 'unit', name: '1单元' };
const unit2: PathItem = { id: 12, kind: 'unit', name: '2单元' };

const house = (id: number, place: PathItem, floor: number, number: string): House => ({
  id,
  communityId: 1,
  placeId: place.id,
  path: [{ id: 1, kind: 'compound', name: '景华苑' }, building, ...(place === building ? [] : [place])],
  number,
  floor,
  area: 89.37,
  areaSource: 'registered',
  use: 'residential',
  occupancy: 'owner_occupied',
  developerHeld: false,
  owners: [],
  residents: [],
  actions: [],
});

describe('houseName', () => {
  it('names the building, the unit and the number', () => {
    expect(houseName(house(1, unit2, 12, '1201'))).toBe('3栋 2单元 1201');
    expect(houseName(house(2, building, 1, '101'))).toBe('3栋 101');
  });
});

describe('groupHouses', () => {
  it('groups by unit in the given order, keeps empty units, and sorts floors and numbers', () => {
    const groups = groupHouses(
      [
        house(1, unit2, 2, '202'),
        house(2, unit2, 1, '101'),
        house(3, unit2, 2, '201'),
        house(4, unit2, 10, '1001'),
      ],
      [unit1, unit2],
    );
    expect(groups.map((group) => group.place.name)).toEqual(['1单元', '2单元']);
    expect(groups[0]?.floors).toEqual([]);
    expect(groups[1]?.floors.map((floor) => [floor.floor, floor.houses.map((h) => h.number)])).toEqual([
      [1, ['101']],
      [2, ['201', '202']],
      [10, ['1001']],
    ]);
  });

  it('adds the places that only the houses name', () => {
    const groups = groupHouses([house(1, unit1, 1, '101')], []);
    expect(groups.map((group) => group.place)).toEqual([unit1]);
  });
});
