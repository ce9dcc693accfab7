import type { PathItem } from '../../api/org';
import type { House } from '../../api/registry';

/** A house as people name it: building, unit and number ("3栋 2单元 1201"). */
export function houseName(house: House): string {
  const within = house.path.filter((item) => item.kind === 'building' || item.kind === 'unit');
  return [...within.map((item) => item.name), house.number].join(' ');
}

export interface FloorGroup {
  floor: number;
  houses: House[];
}

export interface PlaceGroup {
  place: PathItem;
  floors: FloorGroup[];
}

function byFloor(houses: House[]): FloorGroup[] {
  const floors = new Map<number, House[]>();
  for (const house of houses) floors.set(house.floor, [...(floors.get(house.floor) ?? []), house]);
  return [...floors]
    .sort(([a], [b]) => a - b)
    .map(([floor, onFloor]) => ({
      floor,
      houses: onFloor.sort((a, b) => a.number.localeCompare(b.number, undefined, { numeric: true })),
    }));
}

/**
 * A building's houses by the place they lie in (its units, or the building itself) and then by floor.
 * `places` are listed first, in their order and even when empty; places only the houses name follow.
 */
export function groupHouses(houses: House[], places: PathItem[]): PlaceGroup[] {
  const groups = new Map<number, { place: PathItem; houses: House[] }>();
  for (const place of places) groups.set(place.id, { place, houses: [] });
  for (const house of houses) {
    const place = house.path.at(-1) ?? { id: house.placeId, kind: 'unit', name: String(house.placeId) };
    const group = groups.get(house.placeId) ?? { place, houses: [] };
    group.houses.push(house);
    groups.set(house.placeId, group);
  }
  return [...groups.values()].map(({ place, houses: inPlace }) => ({ place, floors: byFloor(inPlace) }));
}
