import { describe, expect, it } from 'vitest';
import { parseArea } from './geojson';

const ring = [
  [114.05, 22.54],
  [114.06, 22.54],
  [114.06, 22.55],
  [114.05, 22.54],
];

describe('parseArea', () => {
  it('accepts a Polygon and a MultiPolygon', () => {
    expect(parseArea(JSON.stringify({ type: 'Polygon', coordinates: [ring] }))).toEqual({
      ok: true,
      area: { type: 'Polygon', coordinates: [ring] },
    });
    expect(parseArea(JSON.stringify({ type: 'MultiPolygon', coordinates: [[ring], [ring]] })).ok).toBe(true);
  });

  it('tells text that is not JSON from JSON that is not an area', () => {
    expect(parseArea('{"type": "Polygon",')).toEqual({ ok: false, reason: 'json' });
    expect(parseArea('[1, 2]')).toEqual({ ok: false, reason: 'shape' });
    expect(parseArea(JSON.stringify({ type: 'Point', coordinates: [114, 22] }))).toEqual({
      ok: false,
      reason: 'shape',
    });
    expect(parseArea(JSON.stringify({ type: 'Polygon', coordinates: [ring.slice(0, 3)] }))).toEqual({
      ok: false,
      reason: 'shape',
    });
  });
});
