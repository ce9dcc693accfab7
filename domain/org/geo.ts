import { z } from 'zod';

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

/** A linear ring: at least four positions, the last equal to the first (RFC 7946 §3.1.6). */
const ring = z
  .array(position)
  .min(4)
  .max(10_000)
  .refine((r) => {
    const a = r[0];
    const b = r.at(-1);
    return !!a && !!b && a[0] === b[0] && a[1] === b[1];
  }, 'a ring must end where it starts');

export const polygonSchema = z.strictObject({
  type: z.literal('Polygon'),
  coordinates: z.array(ring).min(1).max(100),
});
export const multiPolygonSchema = z.strictObject({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(ring).min(1).max(100)).min(1).max(100),
});
/** A grid's boundary (RULES.md §6: publicly shown), in WGS 84 longitude/latitude. */
export const areaSchema = z.discriminatedUnion('type', [polygonSchema, multiPolygonSchema]);
export type Area = z.infer<typeof areaSchema>;

/** Merging grids keeps every member's outline: the merged area is the multipolygon of all their polygons. */
export function mergeAreas(areas: Area[]): Area {
  const polygons = areas.flatMap((a) => (a.type === 'Polygon' ? [a.coordinates] : a.coordinates));
  return { type: 'MultiPolygon', coordinates: polygons };
}
