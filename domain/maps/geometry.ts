import { z } from 'zod';
import { areaSchema as shapeSchema, mergeAreas, type Area } from '../org/geo';
import type { LngLat } from './gcj02';

export type { Area } from '../org/geo';
/** [west, south, east, north] in degrees, as GeoJSON's `bbox` (RFC 7946 §5). */
export type BBox = [number, number, number, number];

/**
 * A boundary drawn by hand or imported from a survey has tens to hundreds of vertices; thousands mean an
 * unsimplified export that would make every map page slow, so it is refused with a message saying so.
 */
export const MAX_VERTICES = 5_000;

const rings = (a: Area): LngLat[][][] =>
  (a.type === 'Polygon' ? [a.coordinates] : a.coordinates);

/** Twice the signed area of a ring in square degrees (shoelace); zero for a ring folded onto a line. */
function ringArea2(ring: readonly LngLat[]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[i + 1]!;
    s += x1 * y2 - x2 * y1;
  }
  return s;
}

export function vertexCount(a: Area): number {
  return rings(a).reduce((n, poly) => n + poly.reduce((m, r) => m + r.length, 0), 0);
}

/**
 * A Polygon or MultiPolygon in WGS-84 longitude/latitude: the shape rules of `domain/org/geo` (closed rings of at
 * least four positions, longitudes within ±180 and latitudes within ±90), a total vertex limit, and no ring of
 * zero area. Each issue names the offending part (`coordinates.0.2`), so the API's 400 points at it.
 */
export const areaSchema = shapeSchema.superRefine((a, ctx) => {
  const n = vertexCount(a);
  if (n > MAX_VERTICES)
    ctx.addIssue({
      code: 'custom',
      path: ['coordinates'],
      message: `${n} vertices; at most ${MAX_VERTICES} (simplify the boundary)`,
    });
  const polys = rings(a);
  polys.forEach((poly, p) =>
    poly.forEach((ring, r) => {
      if (Math.abs(ringArea2(ring)) < 1e-14)
        ctx.addIssue({
          code: 'custom',
          path: a.type === 'Polygon' ? ['coordinates', r] : ['coordinates', p, r],
          message: 'the ring encloses no area',
        });
    }),
  );
});

const feature = z.strictObject({
  type: z.literal('Feature'),
  geometry: areaSchema,
  properties: z.record(z.string(), z.unknown()).nullable().optional(),
  id: z.union([z.string(), z.number()]).optional(),
  bbox: z.array(z.number()).optional(),
});

/**
 * What an imported GeoJSON file may hold: a Polygon or MultiPolygon, a Feature of one, or a FeatureCollection of
 * such features (an export of one grid from a GIS tool often comes wrapped). Several polygons become one
 * MultiPolygon, as merging grids does.
 */
export const importSchema = z
  .discriminatedUnion('type', [
    ...shapeSchema.options,
    feature,
    z.object({
      type: z.literal('FeatureCollection'),
      features: z.array(feature).min(1).max(100),
    }),
  ])
  .transform((v): Area => {
    if (v.type === 'Feature') return v.geometry;
    if (v.type === 'FeatureCollection') {
      const areas = v.features.map((f) => f.geometry);
      return areas.length === 1 ? areas[0]! : mergeAreas(areas);
    }
    return v;
  })
  .pipe(areaSchema);

/** Even-odd rule over one polygon's rings: inside the outer ring and outside every hole. */
function inRings(p: LngLat, poly: readonly (readonly LngLat[])[]): boolean {
  let inside = false;
  for (const ring of poly)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
    }
  return inside;
}

export function pointInArea(p: LngLat, a: Area): boolean {
  return rings(a).some((poly) => inRings(p, poly));
}

export function bboxOf(points: Iterable<LngLat>): BBox | null {
  let box: BBox | null = null;
  for (const [x, y] of points)
    box = box
      ? [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)]
      : [x, y, x, y];
  return box;
}

export function bboxOfArea(a: Area): BBox {
  return bboxOf(rings(a).flat(2)) as BBox;
}

/** The box holding all boxes; null for none. */
export function unionBBox(boxes: readonly BBox[]): BBox | null {
  return bboxOf(boxes.flatMap((b) => [[b[0], b[1]] as const, [b[2], b[3]] as const]));
}

/** A box grown by `margin` degrees on every side. */
export function padBBox(b: BBox, margin: number): BBox {
  return [b[0] - margin, b[1] - margin, b[2] + margin, b[3] + margin];
}

export function bboxPolygon(b: BBox): Area {
  const [w, s, e, n] = b;
  return {
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  };
}

/** The mean of the outer ring's distinct vertices: a label point for a compact compound or grid. */
export function centerOf(a: Area): [number, number] {
  const outer = rings(a)[0]![0]!.slice(0, -1);
  const sum = outer.reduce((s, [x, y]) => [s[0] + x, s[1] + y], [0, 0]);
  return [sum[0] / outer.length, sum[1] / outer.length];
}

/**
 * Buildings have no surveyed coordinates, only their compound has a centre: a building's events are drawn at a
 * stable spot near it, spread on a sunflower pattern by the building's id so a compound's buildings do not stack.
 */
export function spreadAround(center: LngLat, key: number, radius: number): [number, number] {
  const golden = Math.PI * (3 - Math.sqrt(5));
  const frac = (key * 0.6180339887498949) % 1;
  const r = radius * Math.sqrt(0.15 + 0.85 * frac);
  const angle = key * golden;
  const round = (v: number) => Math.round(v * 1e7) / 1e7;
  return [round(center[0] + r * Math.cos(angle)), round(center[1] + r * Math.sin(angle))];
}
