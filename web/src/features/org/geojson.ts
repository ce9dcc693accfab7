import { type Area, areaSchema } from '../../../../domain/org/geo';

export type AreaParse = { ok: true; area: Area } | { ok: false; reason: 'json' | 'shape' };

/**
 * GeoJSON typed by the user, checked before it is sent with the server's own schema
 * (`domain/org/geo`: a Polygon or MultiPolygon of closed rings in longitude/latitude).
 */
export function parseArea(text: string): AreaParse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'json' };
  }
  const parsed = areaSchema.safeParse(value);
  return parsed.success ? { ok: true, area: parsed.data } : { ok: false, reason: 'shape' };
}
