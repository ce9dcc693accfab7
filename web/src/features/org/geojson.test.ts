import { describe, expect, it } from 'vitest';
import { parseGeoPolygon } from './geojson';

const ring = [
  [114.05, 22.54],
  [114.06, 22.54],
  [114.06, 22.55],
  [114.05, 22.54],
];

describe('parseGeoPolygon', () => {
  it('accepts a Polygon and a MultiPolygon', () => {
    expect(parseGeoPolygon(JSON.stringify({ type: 'Polygon', coordinates: [ring] }))).toEqual({
      ok: true,
      polygon: { type: 'Polygon', coordinates: [ring] },
    });
    expect(parseGeoPolygon(JSON.stringify({ type: 'MultiPolygon', coordinates: [[ring], [ring]] })).ok).toBe(
      true,
    );
  });

  it('tells text that is not JSON from JSON that is not a polygon', () => {
    expect(parseGeoPolygon('{"type": "Polygon",')).toEqual({ ok: false, reason: 'json' });
    expect(parseGeoPolygon('[1, 2]')).toEqual({ ok: false, reason: 'shape' });
    expect(parseGeoPolygon(JSON.stringify({ type: 'Point', coordinates: [114, 22] }))).toEqual({
      ok: false,
      reason: 'shape',
    });
    expect(parseGeoPolygon(JSON.stringify({ type: 'Polygon', coordinates: [ring.slice(0, 3)] }))).toEqual({
      ok: false,
      reason: 'shape',
    });
    expect(
      parseGeoPolygon(JSON.stringify({ type: 'Polygon', coordinates: [[[114, 'x'], ...ring]] })).ok,
    ).toBe(false);
  });
});
