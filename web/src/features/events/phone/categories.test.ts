import { describe, expect, it } from 'vitest';
import type { EventCategory } from '../../../api/eventsPhone';
import { categoryIcon, categoryName, categoryTiles, findTile, localizedName } from './categories';

const category = (code: string, parentCode: string | null, zh = code): EventCategory => ({
  code,
  parentCode,
  name: { 'zh-CN': zh, 'zh-HK': `${zh}（繁）`, 'en-US': `${code} (en)` },
  responsibleParty: 'property_company',
  department: null,
  startLevel: 'compound',
  deadlineHours: 24,
  dispatchMode: 'assign',
  autoDispatch: true,
});

const flat = [
  category('property.dispute', null, '物业纠纷'),
  category('sanitation', null, '环境卫生'),
  category('sanitation.garbage', 'sanitation', '垃圾清运'),
  category('facility.elevator', null, '电梯故障'),
  category('facility.elevator.trapped', 'facility.elevator', '电梯困人'),
  category('facility.light', null, '照明损坏'),
];

describe('categoryTiles', () => {
  it('shows the top-level categories in the server order, each with its children', () => {
    const tiles = categoryTiles(flat);
    expect(tiles.map((t) => t.code)).toEqual([
      'property.dispute',
      'sanitation',
      'facility.elevator',
      'facility.light',
    ]);
    expect(tiles[1]!.children.map((t) => t.code)).toEqual(['sanitation.garbage']);
    expect(tiles[2]!.children.map((t) => t.code)).toEqual(['facility.elevator.trapped']);
    expect(tiles[3]!.children).toEqual([]);
  });

  it('lists a child before its parent under the parent all the same', () => {
    const tiles = categoryTiles([category('noise.renovation', 'noise'), category('noise', null)]);
    expect(tiles).toHaveLength(1);
    expect(tiles[0]!.children.map((t) => t.code)).toEqual(['noise.renovation']);
  });

  it('never hides a category: an unknown parent or a circle of parents leaves it on top', () => {
    const tiles = categoryTiles([
      category('a', 'missing'),
      category('b', 'c'),
      category('c', 'b'),
      category('d', 'd'),
    ]);
    expect(tiles.map((t) => t.code).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('finds a tile with the tiles above it', () => {
    const tiles = categoryTiles(flat);
    expect(findTile(tiles, 'facility.elevator.trapped')?.parents.map((t) => t.code)).toEqual([
      'facility.elevator',
    ]);
    expect(findTile(tiles, 'facility.light')?.parents).toEqual([]);
    expect(findTile(tiles, 'nope')).toBeNull();
  });
});

describe('categoryIcon', () => {
  it('picks the picture by whole segments of the code, the longest prefix first', () => {
    expect(categoryIcon('facility.light')).toBe('light');
    expect(categoryIcon('facility.elevator.trapped')).toBe('elevator');
    expect(categoryIcon('facility.facade')).toBe('facility');
    expect(categoryIcon('fire.hazard')).toBe('fire');
    expect(categoryIcon('firework')).toBe('other');
    expect(categoryIcon('service.elderly')).toBe('elderly');
    expect(categoryIcon('something.new')).toBe('other');
  });
});

describe('names', () => {
  it('reads the name in the language, falling back to Simplified Chinese', () => {
    const name = { 'zh-CN': '照明损坏', 'zh-HK': '照明損壞', 'en-US': '' };
    expect(localizedName(name, 'zh-HK')).toBe('照明損壞');
    expect(localizedName(name, 'en-US')).toBe('照明损坏');
    expect(localizedName(name, 'fr')).toBe('照明损坏');
  });

  it('names a code from the list, or shows the code while the list is not there', () => {
    expect(categoryName(flat, 'facility.light', 'zh-CN')).toBe('照明损坏');
    expect(categoryName(flat, 'facility.light', 'en-US')).toBe('facility.light (en)');
    expect(categoryName(undefined, 'facility.light', 'zh-CN')).toBe('facility.light');
    expect(categoryName(flat, 'gone', 'zh-CN')).toBe('gone');
  });
});
