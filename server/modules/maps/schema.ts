import { z } from 'zod';
import { ALERT_STATES } from '../../../domain/devices/rules';
import { EVENT_STATES } from '../../../domain/events/machine';
import { CELL_SIZES } from '../../../domain/maps/heat';
import { importSchema } from '../../../domain/maps/geometry';
import { areaSchema } from '../../../domain/org/geo';
import { id } from '../org/schema';

/** A comma-separated list of known values (`status=reported,dispatched`). */
const listOf = <T extends string>(values: readonly T[], max = 20) =>
  z
    .string()
    .max(500)
    .transform((s, ctx) => {
      const parts = [...new Set(s.split(',').filter(Boolean))];
      const bad = parts.find((p) => !(values as readonly string[]).includes(p));
      if (bad) ctx.addIssue({ code: 'custom', message: `unknown value ${bad}` });
      if (parts.length > max) ctx.addIssue({ code: 'custom', message: `at most ${max} values` });
      return parts as T[];
    });

const categoryList = z
  .string()
  .max(2000)
  .transform((s, ctx) => {
    const parts = [...new Set(s.split(',').filter(Boolean))];
    if (parts.length > 100) ctx.addIssue({ code: 'custom', message: 'at most 100 categories' });
    if (parts.some((p) => p.length > 64))
      ctx.addIssue({ code: 'custom', message: 'a category code is too long' });
    return parts;
  });

/** Which map: an org node (district, street, community, compound …) or one grid; exactly one of the two. */
const target = {
  nodeId: id.optional(),
  gridId: id.optional(),
};
const oneTarget = <T extends { nodeId?: number | undefined; gridId?: number | undefined }>(
  q: T,
  ctx: z.RefinementCtx,
) => {
  if ((q.nodeId === undefined) === (q.gridId === undefined))
    ctx.addIssue({ code: 'custom', path: ['nodeId'], message: 'give either nodeId or gridId' });
};

const period = {
  /** Local dates (the deployment's time zone), inclusive; by default the last 30 days. */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  category: categoryList.optional(),
};

export const areasQuery = z.object(target).superRefine(oneTarget);
export type AreasQuery = z.infer<typeof areasQuery>;

export const pointsQuery = z
  .object({
    ...target,
    ...period,
    layers: listOf(['events', 'alerts'] as const).optional(),
    status: listOf([...EVENT_STATES, ...ALERT_STATES] as const).optional(),
  })
  .superRefine(oneTarget);
export type PointsQuery = z.infer<typeof pointsQuery>;

export const heatQuery = z
  .object({
    ...target,
    ...period,
    /** Cell edge in degrees; by default the smallest that keeps the map's area within about 40 cells a side. */
    cell: z.coerce
      .number()
      .refine((c) => (CELL_SIZES as readonly number[]).includes(c), `one of ${CELL_SIZES.join(', ')}`)
      .optional(),
  })
  .superRefine(oneTarget);
export type HeatQuery = z.infer<typeof heatQuery>;

/** The body of a boundary change: GeoJSON Polygon, MultiPolygon, Feature or FeatureCollection (an imported file). */
export const areaBody = importSchema;

const bbox = z.tuple([z.number(), z.number(), z.number(), z.number()]);
const point = z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) });
const cellPolygon = z.object({
  type: z.literal('Polygon'),
  coordinates: z.array(z.array(z.array(z.number()))),
});

export const areaFeature = z
  .object({
    type: z.literal('Feature'),
    id: z.string(),
    /** Null for a compound whose boundary has not been drawn yet (RFC 7946 §3.2 allows an unlocated feature). */
    geometry: areaSchema.nullable(),
    properties: z.object({
      kind: z.enum(['grid', 'compound']),
      id: z.number(),
      communityId: z.number(),
      code: z.string(),
      name: z.string(),
      /** A grid's kind (comprehensive, basic, micro); null for a compound. */
      gridKind: z.string().nullable(),
      /** Where to put the label: the boundary's centre, or a compound's recorded centre. */
      center: z.tuple([z.number(), z.number()]).nullable(),
      actions: z.array(z.literal('set_area')),
    }),
  })
  .meta({ id: 'MapArea' });
export type AreaFeature = z.infer<typeof areaFeature>;

export const areaCollection = z
  .object({
    type: z.literal('FeatureCollection'),
    bbox: bbox.optional(),
    features: z.array(areaFeature),
  })
  .meta({ id: 'MapAreas' });

export const pointFeature = z
  .object({
    type: z.literal('Feature'),
    id: z.string(),
    geometry: point,
    properties: z.object({
      kind: z.enum(['event', 'alert']),
      id: z.number(),
      category: z.string(),
      status: z.string(),
      /** When the event was reported or the alert opened. */
      at: z.string(),
      label: z.string(),
      /** An alert's severity; null for an event. */
      severity: z.string().nullable(),
      /** The event an alert filed, or the event itself. */
      eventId: z.number().nullable(),
      /** True when the position is the building's spot near its compound's centre, not reported coordinates. */
      approximate: z.boolean(),
    }),
  })
  .meta({ id: 'MapPoint' });
export type PointFeature = z.infer<typeof pointFeature>;

export const pointCollection = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(pointFeature),
    /** More than the limit matched: the newest are shown. */
    truncated: z.boolean(),
    /** Matching events without any position (reported for a whole community). */
    unlocated: z.number(),
  })
  .meta({ id: 'MapPoints' });

export const heatFeature = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  geometry: cellPolygon,
  properties: z.object({
    count: z.number(),
    byCategory: z.record(z.string(), z.number()),
  }),
});
export const heatCollection = z
  .object({
    type: z.literal('FeatureCollection'),
    cellSize: z.number(),
    max: z.number(),
    total: z.number(),
    features: z.array(heatFeature),
  })
  .meta({ id: 'MapHeat' });

export const mapSettings = z
  .object({
    tiles: z
      .object({
        url: z.string(),
        datum: z.enum(['wgs84', 'gcj02']),
        attribution: z.string(),
        subdomains: z.string(),
      })
      .nullable(),
  })
  .meta({ id: 'MapSettings' });
