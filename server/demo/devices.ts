import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import mqtt from 'mqtt';
import { readingsTopic } from '../../domain/devices/payload';
import type { DeviceKind, Values } from '../../domain/devices/rules';
import type { Db } from '../db/client';
import { appendAudit } from '../modules/audit/repository';
import { sha256 } from '../modules/auth/secrets';
import type { Incoming } from '../modules/devices/ingest';
import * as repo from '../modules/devices/repository';
import { DEVICE_TOKEN_PREFIX } from '../modules/devices/service';

/** The demo's devices in 怡枫园: what each is and where (the building's number). */
const DEMO_DEVICES: readonly { code: string; kind: DeviceKind; name: string; building: number }[] = [
  { code: 'YFY-SD-01', kind: 'smoke_detector', name: '1栋 烟感', building: 1 },
  { code: 'YFY-SD-02', kind: 'smoke_detector', name: '2栋 烟感', building: 2 },
  { code: 'YFY-AC-01', kind: 'access_control', name: '1栋 单元门禁', building: 1 },
  { code: 'YFY-WL-01', kind: 'water_level', name: '3栋 地下水泵房水位', building: 3 },
  { code: 'YFY-CA-01', kind: 'camera_alarm', name: '4栋 消防通道摄像头', building: 4 },
];

/**
 * Demo devices' tokens are derived from their codes, so the simulated feed can sign its readings after a restart.
 * They are public like the demo passwords: a real device's token is random and shown once.
 */
export const demoToken = (code: string) =>
  `${DEVICE_TOKEN_PREFIX}demo_${createHash('sha256').update(`linli-demo-device:${code}`).digest('base64url').slice(0, 24)}`;

export async function seedDemoDevices(db: Db): Promise<number> {
  const buildings = (
    await db.execute<{ communityId: string; id: string; path: string; name: string }>(sql`
      select b.community_id as "communityId", b.id, b.path, b.name from place b join place c on c.id = b.parent_id
       where c.name = '怡枫园' and b.kind = 'building'`)
  ).rows;
  let n = 0;
  for (const d of DEMO_DEVICES) {
    const b = buildings.find((x) => x.name === `${d.building}栋`);
    if (!b) continue;
    await db.transaction(async (tx) => {
      const row = await repo.insertDevice(tx, {
        communityId: Number(b.communityId),
        code: d.code,
        kind: d.kind,
        name: d.name,
        placeId: Number(b.id),
        placePath: b.path,
        secretHash: sha256(demoToken(d.code)),
      });
      if (!row) return;
      n++;
      await appendAudit(tx, {
        communityId: row.communityId,
        actor: { id: null, name: 'seed', ip: null },
        action: 'device.create',
        entityType: 'device',
        entityId: row.id,
        after: { code: row.code, kind: row.kind, name: row.name, placeId: row.placeId },
      });
    });
  }
  return n;
}

/** A normal reading of each kind, and now and then an alarm (about one smoke alarm an hour across the feed). */
function simulate(kind: DeviceKind, random: () => number): Values {
  switch (kind) {
    case 'smoke_detector':
      return { smoke: random() < 0.02, battery: 80 + Math.floor(random() * 20) };
    case 'access_control':
      return { door_open_s: random() < 0.05 ? 200 + Math.floor(random() * 300) : Math.floor(random() * 20) };
    case 'water_level':
      return { level_cm: Math.round((10 + random() * (random() < 0.03 ? 60 : 25)) * 10) / 10 };
    case 'camera_alarm':
      return { alarm: random() < 0.01 };
    case 'elevator':
      return { floor: Math.floor(random() * 9) + 1, trapped: false };
  }
}

export interface DemoFeed {
  stop(): Promise<void>;
}

/**
 * `linli serve --demo`: every device of the demo sends a reading every few minutes (the feed ticks every 20 s, one
 * device per tick), so the console's devices and alerts move. With a broker configured the readings go through it,
 * like a real device's; without one, through the same ingest function the consumer and the webhook use.
 */
export async function startDemoFeed(
  db: Db,
  deliver: { mqttUrl?: string | undefined; ingest: (batch: Incoming[]) => Promise<unknown> },
  log: (msg: string, err?: unknown) => void,
  everyMs = 20_000,
): Promise<DemoFeed> {
  const devices = (
    await db.execute<{ communityId: string; code: string; kind: DeviceKind }>(
      sql`select community_id as "communityId", code, kind from device where code like 'YFY-%' and status = 'active' order by code`,
    )
  ).rows;
  if (!devices.length) return { stop: async () => {} };
  const client = deliver.mqttUrl
    ? mqtt.connect(deliver.mqttUrl, { clientId: `linli-demo-feed-${process.pid}` })
    : null;
  client?.on('error', (err) => log('demo feed: MQTT error', err));
  let i = 0;
  const timer = setInterval(() => {
    const d = devices[i++ % devices.length]!;
    const communityId = Number(d.communityId);
    const payload = {
      token: demoToken(d.code),
      id: `demo-${Date.now()}`,
      ts: Date.now(),
      values: simulate(d.kind, Math.random),
    };
    const sent = client
      ? client.publishAsync(readingsTopic(communityId, d.code), JSON.stringify(payload), { qos: 1 })
      : deliver.ingest([{ communityId, code: d.code, payload }]);
    sent.catch((err: unknown) => log('demo feed: a reading was not delivered', err));
  }, everyMs);
  return {
    async stop() {
      clearInterval(timer);
      await client?.endAsync();
    },
  };
}
