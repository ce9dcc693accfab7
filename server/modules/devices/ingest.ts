import { sql } from 'drizzle-orm';
import { parseReading } from '../../../domain/devices/payload';
import {
  conditionsOf,
  type ConditionRule,
  type DeviceKind,
  type Values,
} from '../../../domain/devices/rules';
import type { Db } from '../../db/client';
import { device, deviceReading } from '../../db/schema';
import { sameSecret, sha256 } from '../auth/secrets';
import { resolveOffline } from './alerts';
import { announceAlerts } from './notify';

/** One message as it arrived: the device its topic (or the webhook's body) names, and the payload. */
export interface Incoming {
  communityId: number;
  code: string;
  /** Bytes from the broker, or a body the webhook already decoded. */
  payload: unknown;
  /** The webhook's `X-Device-Token` header; otherwise the payload's `token`. */
  token?: string | undefined;
}

export const OUTCOMES = [
  'accepted',
  'duplicate',
  'malformed',
  'unknown_device',
  'bad_token',
  'retired',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export type KnownDevice = {
  communityId: number;
  id: number;
  code: string;
  kind: DeviceKind;
  name: string;
  placeId: number;
  placePath: string;
  secretHash: string;
  status: 'active' | 'retired';
};

/** A condition a stored reading raised, for the alerts (server/modules/devices/alerts.ts). */
export interface Raised {
  device: KnownDevice;
  rule: ConditionRule;
  values: Values;
}

type Log = (msg: string, fields: Record<string, unknown>) => void;

// Devices are read on every message and change rarely: each process keeps them briefly. A retired device or a
// replaced token is refused by every process within this time; the process that made the change forgets at once.
const CACHE_MS = 30_000;
// A flood of bad messages must not flood the log: one line per reason per interval, with the count since.
const LOG_EVERY_MS = 10_000;

/**
 * The one ingest path of MQTT, the webhook and the demo feed: parse, find the device, check its token, store the
 * readings of a whole batch in one transaction (idempotent per device and message key), resolve the offline alerts
 * of the devices heard from, and hand the conditions the new readings raise to `raise`. Nothing a device
 * sends can make it throw: every message gets an outcome.
 */
export function deviceIngest(db: Db, raise: (r: Raised[]) => Promise<void>, log: Log) {
  const counters: Record<string, number> = {
    received: 0,
    alerts: 0,
    ...Object.fromEntries(OUTCOMES.map((o) => [o, 0])),
  };
  const cache = new Map<string, { at: number; row: KnownDevice | null }>();
  const lastLog = new Map<string, { at: number; skipped: number }>();
  const keyOf = (communityId: number, code: string) => `${communityId}/${code}`;

  function refuse(reason: Outcome, m: Incoming, detail?: string) {
    counters[reason]! += 1;
    const seen = lastLog.get(reason);
    const now = Date.now();
    if (seen && now - seen.at < LOG_EVERY_MS) {
      seen.skipped += 1;
      return;
    }
    lastLog.set(reason, { at: now, skipped: 0 });
    // The device's address and the reason only: payloads may carry anything and are never logged.
    log('device message refused', {
      reason,
      communityId: m.communityId,
      device: m.code,
      ...(detail ? { detail } : {}),
      ...(seen?.skipped ? { alsoRefusedSinceLastLine: seen.skipped } : {}),
    });
  }

  async function devicesOf(batch: Incoming[]): Promise<Map<string, KnownDevice | null>> {
    const now = Date.now();
    const out = new Map<string, KnownDevice | null>();
    const missing = new Map<string, { communityId: number; code: string }>();
    for (const m of batch) {
      const k = keyOf(m.communityId, m.code);
      const hit = cache.get(k);
      if (hit && now - hit.at < CACHE_MS) out.set(k, hit.row);
      else missing.set(k, { communityId: m.communityId, code: m.code });
    }
    if (missing.size) {
      const wanted = [...missing.values()];
      const rows = await db.execute<KnownDevice>(sql`
        select d.community_id as "communityId", d.id, d.code, d.kind, d.name, d.place_id as "placeId",
               d.place_path as "placePath", d.secret_hash as "secretHash", d.status
          from ${device} d
          join unnest(${sql.param(wanted.map((w) => w.communityId))}::bigint[],
                      ${sql.param(wanted.map((w) => w.code))}::text[]) as w(community_id, code)
            on d.community_id = w.community_id and d.code = w.code`);
      const found = new Map(rows.rows.map((r) => [keyOf(Number(r.communityId), r.code), r]));
      for (const k of missing.keys()) {
        const r = found.get(k);
        const row = r
          ? { ...r, communityId: Number(r.communityId), id: Number(r.id), placeId: Number(r.placeId) }
          : null;
        cache.set(k, { at: now, row });
        out.set(k, row);
      }
    }
    return out;
  }

  async function ingest(batch: Incoming[]): Promise<Outcome[]> {
    counters['received']! += batch.length;
    const now = new Date();
    const outcomes: (Outcome | null)[] = batch.map(() => null);
    const devices = await devicesOf(batch);
    const fresh: { i: number; d: KnownDevice; key: string; at: Date; values: Values }[] = [];
    // Tokens are hashed once per distinct token in a batch: a device sending fast sends the same one.
    const hashes = new Map<string, string>();
    for (const [i, m] of batch.entries()) {
      const parsed = parseReading(m.payload, now);
      if (!parsed.ok) {
        outcomes[i] = 'malformed';
        refuse('malformed', m, parsed.detail);
        continue;
      }
      const d = devices.get(keyOf(m.communityId, m.code));
      if (!d) {
        outcomes[i] = 'unknown_device';
        refuse('unknown_device', m);
        continue;
      }
      const token = m.token ?? parsed.reading.token;
      let hash = token === undefined ? undefined : hashes.get(token);
      if (token !== undefined && hash === undefined) hashes.set(token, (hash = sha256(token)));
      if (hash === undefined || !sameSecret(hash, d.secretHash)) {
        outcomes[i] = 'bad_token';
        refuse('bad_token', m);
        continue;
      }
      if (d.status !== 'active') {
        outcomes[i] = 'retired';
        refuse('retired', m);
        continue;
      }
      fresh.push({ i, d, key: parsed.key, at: parsed.at, values: parsed.reading.values });
    }
    if (fresh.length) {
      const { stored, back } = await store(fresh);
      if (back.length)
        await announceAlerts(db, back).catch((err: unknown) =>
          log('announcing resolved offline alerts failed', { err: String(err) }),
        );
      const raised: Raised[] = [];
      for (const f of fresh) {
        const isNew = stored.has(`${f.d.communityId}/${f.d.id}/${f.key}`);
        outcomes[f.i] = isNew ? 'accepted' : 'duplicate';
        counters[isNew ? 'accepted' : 'duplicate']! += 1;
        if (isNew)
          for (const rule of conditionsOf(f.d.kind, f.values))
            raised.push({ device: f.d, rule, values: f.values });
      }
      if (raised.length) {
        counters['alerts']! += raised.length;
        await raise(raised);
      }
    }
    return outcomes as Outcome[];
  }

  /** One transaction: the new readings, each device's last-seen time and latest values, its offline alert resolved. */
  async function store(fresh: { d: KnownDevice; key: string; at: Date; values: Values }[]) {
    // A batch may hold the same message twice (a redelivery racing its original): keep one.
    const rows = [
      ...new Map(
        fresh.map((f) => [
          `${f.d.communityId}/${f.d.id}/${f.key}`,
          { c: f.d.communityId, d: f.d.id, k: f.key, t: f.at.toISOString(), v: f.values },
        ]),
      ).values(),
    ];
    return db.transaction(async (tx) => {
      const inserted = await tx.execute<{ c: string; d: string; k: string }>(sql`
        insert into ${deviceReading} (community_id, device_id, message_key, measured_at, values)
        select c, d, k, t, v from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
          as r(c bigint, d bigint, k text, t timestamptz, v jsonb)
        on conflict do nothing
        returning community_id as c, device_id as d, message_key as k`);
      // Per device, the values of its latest measurement in this batch.
      await tx.execute(sql`
        update ${device} dev set last_seen_at = now(),
               last_measured_at = greatest(dev.last_measured_at, l.t),
               last_values = case when dev.last_measured_at is null or l.t >= dev.last_measured_at
                                  then l.v else dev.last_values end
          from (select distinct on (c, d) c, d, t, v
                  from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(c bigint, d bigint, k text, t timestamptz, v jsonb)
                 order by c, d, t desc) l
         where dev.community_id = l.c and dev.id = l.d`);
      const heard = new Map(fresh.map((f) => [`${f.d.communityId}/${f.d.id}`, f.d]));
      const back = await resolveOffline(tx, [...heard.values()]);
      return { stored: new Set(inserted.rows.map((r) => `${r.c}/${r.d}/${r.k}`)), back };
    });
  }

  return {
    ingest,
    counters: () => ({ ...counters }),
    /** After a change to a device (retired, created) this process sees it at once. */
    forget: (communityId: number, code: string) => cache.delete(keyOf(communityId, code)),
  };
}

export type DeviceIngest = ReturnType<typeof deviceIngest>;
