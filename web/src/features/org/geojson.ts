import type { GeoPolygon, Position } from '../../api/grids';

export type PolygonParse = { ok: true; polygon: GeoPolygon } | { ok: false; reason: 'json' | 'shape' };

const isPosition = (value: unknown): value is Position =>
  Array.isArray(value) &&
  value.length >= 2 &&
  value.every((n) => typeof n === 'number' && Number.isFinite(n));

/** A closed linear ring: at least four positions. */
const isRing = (value: unknown): value is Position[] =>
  Array.isArray(value) && value.length >= 4 && value.every(isPosition);

const isPolygonCoordinates = (value: unknown): value is Position[][] =>
  Array.isArray(value) && value.length >= 1 && value.every(isRing);

const isMultiPolygonCoordinates = (value: unknown): value is Position[][][] =>
  Array.isArray(value) && value.length >= 1 && value.every(isPolygonCoordinates);

/** Checks GeoJSON text typed by the user before it is sent: a `Polygon` or `MultiPolygon` geometry. */
export function parseGeoPolygon(text: string): PolygonParse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'json' };
  }
  if (typeof value !== 'object' || value === null || !('type' in value) || !('coordinates' in value)) {
    return { ok: false, reason: 'shape' };
  }
  const { type, coordinates } = value;
  if (type === 'Polygon' && isPolygonCoordinates(coordinates))
    return { ok: true, polygon: { type, coordinates } };
  if (type === 'MultiPolygon' && isMultiPolygonCoordinates(coordinates))
    return { ok: true, polygon: { type, coordinates } };
  return { ok: false, reason: 'shape' };
}
