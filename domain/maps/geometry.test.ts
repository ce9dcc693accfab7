import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  areaSchema,
  bboxOf,
  bboxOfArea,
  bboxPolygon,
  centerOf,
  importSchema,
  MAX_VERTICES,
  padBBox,
  pointInArea,
  spreadAround,
  unionBBox,
  vertexCount,
  type Area,
} from './geometry';

const square = (x: number, y: number, half = 0.001): Area =>
  bboxPolygon([x - half, y - half, x + half, y + half]);
type Ring = [number, number][];
const paths = (v: unknown) => {
  const r = areaSchema.safeParse(v);
  return r.success ? [] : [...new Set(r.error.issues.map((i) => i.path.join('.')))];
};

describe('polygon validation', () => {
  it('accepts a closed square in Shenzhen', () => {
    expect(areaSchema.safeParse(square(114.05, 22.55)).success).toBe(true);
  });

  it('names the ring that does not close', () => {
    const open = {
      type: 'Polygon',
      coordinates: [
        [
          [114, 22],
          [114.1, 22],
          [114.1, 22.1],
          [114, 22.1],
        ],
      ],
    };
    expect(paths(open)).toEqual(['coordinates.0']);
  });

  it('names the coordinate out of range', () => {
    const far = {
      type: 'Polygon',
      coordinates: [
        [
          [114, 22],
          [190, 22],
          [114.1, 22.1],
          [114, 22],
        ],
      ],
    };
    expect(paths(far)).toContain('coordinates.0.1.0');
    const north = {
      type: 'Polygon',
      coordinates: [
        [
          [114, 22],
          [114, 95],
          [114.1, 22.1],
          [114, 22],
        ],
      ],
    };
    expect(paths(north)).toContain('coordinates.0.1.1');
  });

  it('refuses rings of fewer than four positions', () => {
    expect(
      paths({
        type: 'Polygon',
        coordinates: [
          [
            [114, 22],
            [114.1, 22],
            [114, 22],
          ],
        ],
      }),
    ).toEqual(['coordinates.0']);
  });

  it('refuses a ring folded onto a line, naming it', () => {
    const flat = {
      type: 'Polygon',
      coordinates: [
        [
          [114, 22],
          [114.1, 22],
          [114.2, 22],
          [114, 22],
        ],
      ],
    };
    expect(paths(flat)).toEqual(['coordinates.0']);
    const multi: Area = {
      type: 'MultiPolygon',
      coordinates: [square(114, 22).coordinates as Ring[], flat.coordinates as Ring[]],
    };
    expect(paths(multi)).toEqual(['coordinates.1.0']);
  });

  it('refuses more than the vertex limit, saying how many there were', () => {
    const n = MAX_VERTICES + 1;
    const ring = Array.from({ length: n - 1 }, (_, i) => {
      const t = (2 * Math.PI * i) / (n - 1);
      return [114 + 0.01 * Math.cos(t), 22 + 0.01 * Math.sin(t)];
    });
    ring.push(ring[0]!);
    const r = areaSchema.safeParse({ type: 'Polygon', coordinates: [ring] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(`${n} vertices`);
  });

  it('refuses non-numbers and unknown types', () => {
    expect(
      paths({
        type: 'Polygon',
        coordinates: [
          [
            [114, 'x'],
            [114.1, 22],
            [114.1, 22.1],
            [114, 'x'],
          ],
        ],
      }),
    ).toContain('coordinates.0.0.1');
    expect(areaSchema.safeParse({ type: 'LineString', coordinates: [] }).success).toBe(false);
  });

  it('counts vertices of every ring', () => {
    expect(vertexCount(square(114, 22))).toBe(5);
    expect(
      vertexCount({
        type: 'MultiPolygon',
        coordinates: [square(114, 22).coordinates as Ring[], square(115, 22).coordinates as Ring[]],
      }),
    ).toBe(10);
  });
});

describe('GeoJSON import', () => {
  const poly = square(114.05, 22.55);
  it('takes a bare Polygon', () => {
    expect(importSchema.parse(poly)).toEqual(poly);
  });
  it('takes a Feature and drops its properties', () => {
    expect(importSchema.parse({ type: 'Feature', properties: { name: '第1网格' }, geometry: poly })).toEqual(
      poly,
    );
  });
  it('takes a FeatureCollection of one feature as that polygon', () => {
    expect(
      importSchema.parse({
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: null, geometry: poly }],
      }),
    ).toEqual(poly);
  });
  it('joins several features into a MultiPolygon', () => {
    const other = square(114.06, 22.55);
    const out = importSchema.parse({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: poly },
        { type: 'Feature', properties: {}, geometry: other },
      ],
    });
    expect(out).toEqual({ type: 'MultiPolygon', coordinates: [poly.coordinates, other.coordinates] });
  });
  it('refuses a Feature whose geometry is a point, naming the geometry', () => {
    const r = importSchema.safeParse({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Point', coordinates: [114, 22] },
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path[0]).toBe('geometry');
  });
  it('refuses an empty FeatureCollection', () => {
    expect(importSchema.safeParse({ type: 'FeatureCollection', features: [] }).success).toBe(false);
  });
});

describe('point in polygon', () => {
  const donut: Area = {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
        [0, 0],
      ],
      [
        [4, 4],
        [6, 4],
        [6, 6],
        [4, 6],
        [4, 4],
      ],
    ],
  };
  it('finds points inside, outside and in the hole', () => {
    expect(pointInArea([1, 1], donut)).toBe(true);
    expect(pointInArea([5, 5], donut)).toBe(false);
    expect(pointInArea([11, 5], donut)).toBe(false);
    expect(pointInArea([-1, 5], donut)).toBe(false);
  });
  it('finds points in any part of a MultiPolygon', () => {
    const multi: Area = {
      type: 'MultiPolygon',
      coordinates: [square(114, 22).coordinates as Ring[], square(115, 22).coordinates as Ring[]],
    };
    expect(pointInArea([115, 22], multi)).toBe(true);
    expect(pointInArea([114.5, 22], multi)).toBe(false);
  });
  it('handles a concave outline (an L-shaped compound)', () => {
    const l: Area = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [2, 0],
          [2, 1],
          [1, 1],
          [1, 2],
          [0, 2],
          [0, 0],
        ],
      ],
    };
    expect(pointInArea([0.5, 1.5], l)).toBe(true);
    expect(pointInArea([1.5, 1.5], l)).toBe(false);
  });
  it('agrees with the box test for axis-aligned rectangles', () => {
    const coord = fc.double({ min: -1, max: 1, noNaN: true });
    fc.assert(
      fc.property(coord, coord, (x, y) => {
        const inside = Math.abs(x) < 0.5 && Math.abs(y) < 0.5;
        const edge = Math.abs(Math.abs(x) - 0.5) < 1e-12 || Math.abs(Math.abs(y) - 0.5) < 1e-12;
        if (!edge) expect(pointInArea([x, y], bboxPolygon([-0.5, -0.5, 0.5, 0.5]))).toBe(inside);
      }),
    );
  });
});

describe('boxes and centres', () => {
  it('bounds points, areas and boxes', () => {
    expect(bboxOf([])).toBeNull();
    expect(
      bboxOf([
        [1, 2],
        [3, -1],
        [2, 5],
      ]),
    ).toEqual([1, -1, 3, 5]);
    expect(bboxOfArea(square(114, 22))).toEqual([113.999, 21.999, 114.001, 22.001]);
    expect(
      unionBBox([
        [0, 0, 1, 1],
        [2, -1, 3, 0],
      ]),
    ).toEqual([0, -1, 3, 1]);
    expect(unionBBox([])).toBeNull();
    expect(padBBox([0, 0, 1, 1], 0.5)).toEqual([-0.5, -0.5, 1.5, 1.5]);
  });
  it('puts the centre of a square at its middle', () => {
    const [x, y] = centerOf(square(114.05, 22.55));
    expect(x).toBeCloseTo(114.05, 9);
    expect(y).toBeCloseTo(22.55, 9);
  });
  it('every area contains its box corners within the box', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 100, max: 120, noNaN: true }),
        fc.double({ min: 20, max: 40, noNaN: true }),
        (x, y) => {
          const b = bboxOfArea(square(x, y));
          expect(pointInArea([(b[0] + b[2]) / 2, (b[1] + b[3]) / 2], square(x, y))).toBe(true);
        },
      ),
    );
  });
});

describe('spreading buildings around their compound', () => {
  it('is stable and stays within the radius', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (key) => {
        const p = spreadAround([114.05, 22.55], key, 0.0006);
        expect(spreadAround([114.05, 22.55], key, 0.0006)).toEqual(p);
        expect(Math.hypot(p[0] - 114.05, p[1] - 22.55)).toBeLessThanOrEqual(0.0006 + 1e-6);
      }),
    );
  });
  it('gives neighbouring ids different spots', () => {
    const spots = new Set([1, 2, 3, 4, 5, 6].map((k) => spreadAround([114.05, 22.55], k, 0.0006).join(',')));
    expect(spots.size).toBe(6);
  });
});
