// MQTT ingest (issue 8: goal ≥ 2,000 messages/s): readings published with QoS 1 to a real Mosquitto, consumed by the
// platform's consumer (persistent session, acknowledgement after the batch is committed) into PostgreSQL. The
// baseline is a bare mqtt.js subscriber that only counts the same messages from the same publisher, in the same run.
import mqtt from 'mqtt';
import { readingsTopic } from '../domain/devices/payload';
import { connect } from '../server/db/client';
import { sha256 } from '../server/modules/auth/secrets';
import { deviceIngest } from '../server/modules/devices/ingest';
import { READINGS_FILTER, startConsumer } from '../server/modules/devices/mqtt';
import { startBroker } from '../test/mosquitto';
import { benchDatabase, report } from './harness';

const DEVICES = 200;
const TOKEN = 'linlidev_bench-token-0123456789';

interface Device {
  communityId: number;
  code: string;
}

/** Publishes `count` readings round-robin over the devices, at most `window` unacknowledged at a time. */
async function publishAll(url: string, devices: Device[], count: number, run: string): Promise<void> {
  const pub = await mqtt.connectAsync(url, { clientId: `bench-pub-${run}-${process.pid}` });
  const window = 1000;
  const inflight = new Set<Promise<unknown>>();
  const ts = Date.now();
  for (let i = 0; i < count; i++) {
    const d = devices[i % devices.length]!;
    const body = JSON.stringify({
      token: TOKEN,
      id: `${run}-${i}`,
      ts,
      values: { smoke: false, battery: i % 100 },
    });
    const p = pub.publishAsync(readingsTopic(d.communityId, d.code), body, { qos: 1 });
    inflight.add(p);
    void p.finally(() => inflight.delete(p));
    if (inflight.size >= window) await Promise.race(inflight);
  }
  await Promise.all(inflight);
  await pub.endAsync();
}

async function until(done: () => boolean, timeoutMs: number) {
  const limit = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > limit) throw new Error('mqtt bench: messages did not all arrive');
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Messages per second from the first publish until the subscriber has them all. */
async function rate(
  url: string,
  devices: Device[],
  count: number,
  run: string,
  received: () => number,
): Promise<number> {
  const start = received();
  const t0 = performance.now();
  await publishAll(url, devices, count, run);
  await until(() => received() - start >= count, 120_000);
  return count / ((performance.now() - t0) / 1000);
}

export async function mqttBench(quick: boolean): Promise<void> {
  const count = quick ? 20_000 : 100_000;
  const db = await benchDatabase();
  const broker = await startBroker();
  const database = connect(db.url, 8);
  try {
    const devices = (
      await database.pool.query<{ communityId: string; code: string }>(
        `insert into device (community_id, code, kind, name, place_id, place_path, secret_hash)
         select community_id, 'B-' || id, 'smoke_detector', '基准烟感', id, path, $1
           from place where kind = 'building' order by id limit ${DEVICES}
         returning community_id as "communityId", code`,
        [sha256(TOKEN)],
      )
    ).rows.map((r) => ({ communityId: Number(r.communityId), code: r.code }));

    const bare = await mqtt.connectAsync(broker.url, { clientId: `bench-bare-${process.pid}`, clean: true });
    let counted = 0;
    bare.on('message', () => counted++);
    await bare.subscribeAsync(READINGS_FILTER, { qos: 1 });
    const baseline = await rate(broker.url, devices, count, 'bare', () => counted);
    await bare.endAsync();

    const ingest = deviceIngest(
      database.db,
      async () => {},
      () => {},
    );
    const consumer = startConsumer({
      url: broker.url,
      clientId: `bench-linli-${process.pid}`,
      ingest: ingest.ingest,
      log: (msg, err) => process.stderr.write(`${msg} ${String(err)}\n`),
    });
    await until(() => consumer.status().connected, 10_000);
    // The subscription is made on connect; give it a moment before publishing.
    await new Promise((r) => setTimeout(r, 200));
    const value = await rate(broker.url, devices, count, 'linli', () => ingest.counters()['accepted']!);
    await consumer.stop();
    const stored = await database.pool.query<{ n: string }>(`select count(*) as n from device_reading`);
    if (Number(stored.rows[0]!.n) !== count)
      throw new Error(`mqtt bench: ${stored.rows[0]!.n} of ${count} stored`);
    report({ name: 'mqtt', value, unit: 'messages/s', baseline });
  } finally {
    await database.close();
    await broker.stop();
    await db.close();
  }
}
