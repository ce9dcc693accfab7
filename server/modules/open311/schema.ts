import { z } from 'zod';

/**
 * GeoReport v2 requests: form fields and query parameters, all strings on the wire. "A null parameter should be
 * treated as equivalent to a non-declared parameter", so an empty value counts as absent. Fields GeoReport defines
 * that Linli does not use (device_id, account_id, attribute[…], media_url and the submitter's email, name and
 * phone) are accepted and dropped by the parse: see `createBody`.
 */
const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());
/** A required field's own message when absent; other problems keep zod's. */
const required = (field: string) => ({
  error: (issue: { input?: unknown }) =>
    issue.input === undefined ? `${field} was not provided` : undefined,
});

/** "can be declared multiple times, comma delimited": `a,b` or `x=a&x=b`. */
const split = (v: unknown) => {
  const text = Array.isArray(v) ? v.join(',') : v;
  if (typeof text !== 'string') return text;
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length ? parts : undefined;
};
const list = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess(split, z.array(item).max(max).optional());

/** The street's org code (e.g. 440304001): the jurisdiction a token reports into. */
const jurisdiction = optional(z.string().max(64));
/** Checked before validation (routes: `authenticate`), so an anonymous caller learns nothing about the fields. */
const apiKey = z.unknown().optional();

/** The w3 note's date-time with its time zone, which GeoReport requires: 2026-01-01T08:00:00+08:00 or …Z. */
const W3C_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const dateTime = z
  .string()
  .regex(W3C_DATETIME, 'use the w3 format with a time zone, e.g. 2026-01-01T00:00:00+08:00')
  .transform((s) => new Date(s))
  .refine((d) => !Number.isNaN(d.getTime()), 'not a date');

export const serviceRequestId = z
  .string()
  .regex(/^\d{1,15}$/, 'not a service_request_id')
  .transform(Number);

export const publicQuery = z.object({ jurisdiction_id: jurisdiction });

export const readQuery = z.object({ api_key: apiKey, jurisdiction_id: jurisdiction });

export const listQuery = readQuery.extend({
  /** Overrides every other filter (GeoReport). */
  service_request_id: list(serviceRequestId, 1000),
  service_code: list(z.string().max(64), 100),
  start_date: optional(dateTime),
  end_date: optional(dateTime),
  status: list(z.enum(['open', 'closed'], { error: 'status is open or closed' }), 2),
});
export type ListQuery = z.infer<typeof listQuery>;

export const createBody = z.preprocess(
  (b) => b ?? {},
  z
    .object({
      api_key: apiKey,
      jurisdiction_id: jurisdiction,
      service_code: z.preprocess(blank, z.string(required('service_code')).max(64)),
      lat: optional(z.coerce.number().min(-90).max(90)),
      long: optional(z.coerce.number().min(-180).max(180)),
      address_string: optional(z.string().trim().max(200)),
      address_id: optional(z.string().max(200)),
      // The events module's limit (GeoReport allows 4000): a longer text is refused, never cut.
      description: z.preprocess(blank, z.string(required('description')).trim().max(2000)),
      // email, first_name, last_name and phone are not listed on purpose: Linli needs no personal data of the
      // submitter (the integration answers for its users), so the parse drops them and nothing stores them.
      // media_url, device_id, account_id and attribute[…] are dropped the same way.
    })
    .superRefine((b, ctx) => {
      if ((b.lat === undefined) !== (b.long === undefined))
        ctx.addIssue({
          code: 'custom',
          path: [b.lat === undefined ? 'lat' : 'long'],
          message: 'lat and long go together',
        });
      else if (b.lat === undefined && b.address_string === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['lat'],
          message:
            b.address_id !== undefined
              ? 'address_id is not supported: send lat and long, or address_string'
              : 'a location was not provided: send lat and long, or address_string',
        });
    }),
);
export type CreateBody = z.infer<typeof createBody>;

/** `{code}.json` / `{code}.xml`: a service code holds dots itself (facility.light), so the route takes the file. */
export const fileParams = z.object({ file: z.string().max(200) });

export const FORMATS = ['json', 'xml'] as const;
export type Format = (typeof FORMATS)[number];

export function splitFile(file: string): { name: string; format: Format } | null {
  const m = /^(.+)\.(json|xml)$/.exec(file);
  return m ? { name: m[1]!, format: m[2] as Format } : null;
}
