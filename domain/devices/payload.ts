import { z } from 'zod';

/**
 * What a device sends, over MQTT or the HTTP webhook (docs/API.md "Devices"): its token, an optional message id,
 * when it measured, and flat values. `id` (or, without one, `ts`) makes a delivery idempotent: a broker's
 * redelivery or a device's retry of the same message is stored once.
 */
export const TOKEN_LENGTH = { min: 16, max: 200 } as const;
export const MAX_VALUES = 32;
/** Clocks on cheap devices drift; a reading further ahead of the server than this is refused as malformed. */
export const MAX_CLOCK_AHEAD_MS = 10 * 60_000;
/** Older readings (a device's backlog after a long outage) are still stored, up to this age. */
export const MAX_AGE_MS = 30 * 86_400_000;

export const DEVICE_CODE = /^[A-Za-z0-9_-]{1,64}$/;

const valueName = z.string().regex(/^[a-z][a-z0-9_]{0,31}$/);
const value = z.union([z.number().finite(), z.boolean(), z.string().max(64)]);

export const readingPayload = z.strictObject({
  token: z.string().min(TOKEN_LENGTH.min).max(TOKEN_LENGTH.max).optional(),
  id: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,64}$/)
    .optional(),
  ts: z.union([z.number().int().positive(), z.iso.datetime({ offset: true })]),
  values: z
    .record(valueName, value)
    .refine((v) => Object.keys(v).length <= MAX_VALUES, `at most ${MAX_VALUES} values`),
});
export type ReadingPayload = z.infer<typeof readingPayload>;

export type Parsed =
  | { ok: true; reading: ReadingPayload; at: Date; key: string }
  | { ok: false; reason: 'malformed'; detail: string };

/** Parses and checks a payload as received (bytes or an already decoded body) against the clock. */
/** `raw`: bytes from a broker, or a body the webhook already decoded. */
export function parseReading(raw: unknown, now: Date): Parsed {
  let body: unknown = raw;
  if (raw instanceof Uint8Array) {
    try {
      body = JSON.parse(Buffer.from(raw).toString('utf8'));
    } catch {
      return { ok: false, reason: 'malformed', detail: 'not JSON' };
    }
  }
  const r = readingPayload.safeParse(body);
  if (!r.success) {
    const issue = r.error.issues[0];
    return {
      ok: false,
      reason: 'malformed',
      detail: `${issue?.path.join('.') || 'payload'}: ${issue?.message}`,
    };
  }
  const at = new Date(r.data.ts);
  const age = now.getTime() - at.getTime();
  if (age < -MAX_CLOCK_AHEAD_MS) return { ok: false, reason: 'malformed', detail: 'ts: in the future' };
  if (age > MAX_AGE_MS) return { ok: false, reason: 'malformed', detail: 'ts: too old' };
  return { ok: true, reading: r.data, at, key: r.data.id ?? `ts:${at.getTime()}` };
}

/** The MQTT topic a device publishes its readings on; `+` wildcards subscribe to every device. */
export const readingsTopic = (communityId: number | '+', code: string) =>
  `linli/${communityId}/devices/${code}/readings`;

export function topicDevice(topic: string): { communityId: number; code: string } | null {
  const m = /^linli\/(\d{1,18})\/devices\/([^/]+)\/readings$/.exec(topic);
  if (!m || !DEVICE_CODE.test(m[2]!)) return null;
  return { communityId: Number(m[1]), code: m[2]! };
}
