import type { EventCategory, LocalizedName } from '../../../api/eventsPhone';

/** A tile of the category picker: a top-level category with its sub-categories (none for most). */
export interface CategoryTile {
  code: string;
  name: LocalizedName;
  icon: CategoryIcon;
  children: CategoryTile[];
}

/** The pictures the tiles can show; {@link categoryIcon} picks one by the code's prefix. */
export const CATEGORY_ICONS = [
  'light',
  'elevator',
  'facility',
  'sanitation',
  'fire',
  'security',
  'parking',
  'noise',
  'pets',
  'construction',
  'property',
  'neighbour',
  'elderly',
  'other',
] as const;
export type CategoryIcon = (typeof CATEGORY_ICONS)[number];

/** Longest prefix first: `facility.light` is a light before it is a facility. */
const ICON_BY_PREFIX: readonly (readonly [string, CategoryIcon])[] = [
  ['facility.light', 'light'],
  ['facility.elevator', 'elevator'],
  ['facility', 'facility'],
  ['sanitation', 'sanitation'],
  ['fire', 'fire'],
  ['security', 'security'],
  ['parking', 'parking'],
  ['noise', 'noise'],
  ['pets', 'pets'],
  ['construction', 'construction'],
  ['property', 'property'],
  ['neighbour', 'neighbour'],
  ['service.elderly', 'elderly'],
];

/** The picture for a category code, matched on whole dot-separated segments (`fire.hazard` → fire). */
export function categoryIcon(code: string): CategoryIcon {
  const match = ICON_BY_PREFIX.find(([prefix]) => code === prefix || code.startsWith(`${prefix}.`));
  return match ? match[1] : 'other';
}

/**
 * The flat category list (each with its `parentCode`) as tiles: top-level categories in the server's order,
 * each with its children in order. A category whose parent is not in the list stands on its own, so nothing
 * the server offers is ever hidden.
 */
export function categoryTiles(items: readonly EventCategory[]): CategoryTile[] {
  const codes = new Set(items.map((item) => item.code));
  const childrenOf = new Map<string, EventCategory[]>();
  for (const item of items) {
    if (item.parentCode !== null && codes.has(item.parentCode) && item.parentCode !== item.code) {
      childrenOf.set(item.parentCode, [...(childrenOf.get(item.parentCode) ?? []), item]);
    }
  }
  const tile = (item: EventCategory, seen: ReadonlySet<string>): CategoryTile => ({
    code: item.code,
    name: item.name,
    icon: categoryIcon(item.code),
    children: (childrenOf.get(item.code) ?? [])
      .filter((child) => !seen.has(child.code))
      .map((child) => tile(child, new Set([...seen, child.code]))),
  });
  const roots = items
    .filter(
      (item) => item.parentCode === null || !codes.has(item.parentCode) || item.parentCode === item.code,
    )
    .map((item) => tile(item, new Set([item.code])));
  // Parents naming each other in a circle reach no root: they stand on their own rather than vanish.
  const reached = new Set<string>();
  const mark = (tiles: readonly CategoryTile[]) =>
    tiles.forEach((t) => {
      reached.add(t.code);
      mark(t.children);
    });
  mark(roots);
  const stranded = items
    .filter((item) => !reached.has(item.code))
    .map((item): CategoryTile => ({ ...tile(item, new Set([item.code])), children: [] }));
  return [...roots, ...stranded];
}

/** The tile with this code, at any depth, with the tiles above it (`[]` for a top-level tile). */
export function findTile(
  tiles: readonly CategoryTile[],
  code: string,
): { tile: CategoryTile; parents: CategoryTile[] } | null {
  for (const tile of tiles) {
    if (tile.code === code) return { tile, parents: [] };
    const below = findTile(tile.children, code);
    if (below) return { tile: below.tile, parents: [tile, ...below.parents] };
  }
  return null;
}

/** A category's name in the reader's language; Simplified Chinese (the reference) when that one is empty. */
export function localizedName(name: LocalizedName, language: string): string {
  const own = (name as Partial<Record<string, string>>)[language];
  return own || name['zh-CN'] || name['en-US'] || name['zh-HK'];
}

/** The name of a category code from the list, or the code itself while the list loads (or for an old code). */
export function categoryName(
  items: readonly EventCategory[] | undefined,
  code: string,
  language: string,
): string {
  const found = items?.find((item) => item.code === code);
  return found ? localizedName(found.name, language) : code;
}
