import mqtt from 'mqtt';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/db';
import { startBroker, type Broker } from '../../../test/mosquitto';
import { as, login, type Session } from '../../../test/session';
import { readingsTopic } from '../../../domain/devices/payload';
import { startConsumer, type Consumer } from './mqtt';

const t = useTestApp();
const s: Record<string, Session> = {};
let broker: Broker;
let building: number;
let jinghua: number;
const smoke = { id: 0, code: 'SD-0001', token: '' };
const lift = { id: 0, code: 'EL-0001', token: '' };

const call = (who: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
  as(
    t.app,
    s[who]!,
  )({ method, url: `/api/v1${url}`, ...(payload === undefined ? {} : { payload: payload as object }) });
const ok = async <T = Record<string, unknown>>(p: ReturnType<typeof call>, status = 200): Promise<T> => {
  const res = await p;
  expect(res.statusCode, res.body).toBe(status);
  return res.json<T>();
};
const counters = () => t.app.devices.ingest.counters();
const readings = async (deviceId: number) =>
  Number(
    (
      await t.database.db.execute<{ n: string }>(
        sql`select count(*) as n from device_reading where device_id = ${deviceId}`,
      )
    ).rows[0]!.n,
  );

async function waitFor(what: string, cond: () => Promise<boolean> | boolean, ms = 10_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await cond()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

let seq = 0;
const reading = (token: string, values: Record<string, unknown>, id = `m${++seq}`) => ({
  token,
  id,
  ts: Date.now(),
  values,
});

async function publisher(): Promise<mqtt.MqttClient> {
  const c = await mqtt.connectAsync(broker.url, { clientId: `test-pub-${process.pid}-${++seq}` });
  return c;
}
const publish = (c: mqtt.MqttClient, code: string, body: unknown) =>
  c.publishAsync(readingsTopic(jinghua, code), typeof body === 'string' ? body : JSON.stringify(body), {
    qos: 1,
  });

const consume = (clientId = `linli-test-${process.pid}`): Consumer =>
  startConsumer({
    url: broker.url,
    clientId,
    ingest: t.app.devices.ingest.ingest,
    log: () => {},
    retryMs: 100,
  });

beforeAll(async () => {
  broker = await startBroker();
  for (const u of ['jinghua.worker', 'fuzhong.worker', 'jinghua.grid1', 'yifengyuan.owner1'])
    s[u] = await login(t.app, u);
  const ids = await t.database.db.execute<{ building: string; community: string }>(sql`
    select b.id as building, b.community_id as community from place b join place c on c.id = b.parent_id
     where c.name = '怡枫园' and b.kind = 'building' order by b.id limit 1`);
  building = Number(ids.rows[0]!.building);
  jinghua = Number(ids.rows[0]!.community);
  for (const [d, kind] of [
    [smoke, 'smoke_detector'],
    [lift, 'elevator'],
  ] as const) {
    const created = await ok<{ id: number; token: string }>(
      call('jinghua.worker', 'POST', '/devices', { nodeId: building, kind, code: d.code, name: `${kind} 1` }),
      201,
    );
    d.id = created.id;
    d.token = created.token;
  }
});
afterAll(async () => {
  await broker?.stop();
});

describe('device registry', () => {
  it('shows the token once, stores only its hash, and refuses a second device with the same code', async () => {
    expect(smoke.token).toMatch(/^linlidev_/);
    const row = await t.database.db.execute<{ secret_hash: string }>(
      sql`select secret_hash from device where id = ${smoke.id}`,
    );
    expect(row.rows[0]!.secret_hash).not.toContain(smoke.token);
    const shown = await ok<Record<string, unknown>>(call('jinghua.worker', 'GET', `/devices/${smoke.id}`));
    expect(shown['token']).toBeUndefined();
    expect(shown['topic']).toBe(`linli/${jinghua}/devices/${smoke.code}/readings`);
    const again = await call('jinghua.worker', 'POST', '/devices', {
      nodeId: building,
      kind: 'smoke_detector',
      code: smoke.code,
      name: 'x',
    });
    expect(again.statusCode).toBe(409);
  });

  it('is out of sight (404) for another community, read-only for a grid worker, closed to residents', async () => {
    expect((await call('fuzhong.worker', 'GET', `/devices/${smoke.id}`)).statusCode).toBe(404);
    const seen = await ok<{ actions: string[] }>(call('jinghua.grid1', 'GET', `/devices/${smoke.id}`));
    expect(seen.actions).toEqual([]);
    const made = await call('jinghua.grid1', 'POST', '/devices', {
      nodeId: building,
      kind: 'water_level',
      code: 'WL-9',
      name: 'x',
    });
    expect(made.statusCode).toBe(403);
    expect((await call('yifengyuan.owner1', 'GET', '/devices')).statusCode).toBe(403);
  });

  it('refuses a device on a community or a house-less node with a 400 naming the field', async () => {
    const res = await call('jinghua.worker', 'POST', '/devices', {
      nodeId: jinghua,
      kind: 'smoke_detector',
      code: 'SD-X',
      name: 'x',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('body.nodeId');
  });
});

describe('webhook', () => {
  const post = (body: unknown, token?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/devices/ingest',
      payload: body as object,
      headers: token ? { 'x-device-token': token } : {},
    });

  it('takes a reading with the device token, once per message id; refuses wrong tokens and unknown devices alike', async () => {
    const body = { communityId: jinghua, device: lift.code, id: 'w1', ts: Date.now(), values: { floor: 3 } };
    expect((await post(body, lift.token)).json()).toEqual({ status: 'accepted' });
    expect((await post(body, lift.token)).json()).toEqual({ status: 'duplicate' });
    expect(await readings(lift.id)).toBe(1);
    const wrong = await post({ ...body, id: 'w2' }, smoke.token);
    expect(wrong.statusCode).toBe(401);
    const unknown = await post({ ...body, device: 'NOPE-1', id: 'w3' }, lift.token);
    expect(unknown.statusCode).toBe(401);
    expect(unknown.body).toBe(wrong.body);
    expect((await post({ ...body, id: 'w4' })).statusCode).toBe(401);
    // The token may also travel in the payload, as over MQTT.
    expect((await post({ ...body, id: 'w5', token: lift.token })).statusCode).toBe(200);
  });

  it('answers a malformed reading with 400 and stores nothing', async () => {
    const before = await readings(lift.id);
    const future = {
      communityId: jinghua,
      device: lift.code,
      id: 'f1',
      ts: Date.now() + 3_600_000,
      values: {},
    };
    expect((await post(future, lift.token)).statusCode).toBe(400);
    const badValue = { communityId: jinghua, device: lift.code, ts: Date.now(), values: { Floor: 1 } };
    expect((await post(badValue, lift.token)).statusCode).toBe(400);
    expect(await readings(lift.id)).toBe(before);
  });
});

describe('MQTT consumer with a real broker', () => {
  it('stores good readings and counts malformed messages, unknown devices and wrong tokens without stopping', async () => {
    const consumer = consume();
    try {
      await waitFor('connection', () => consumer.status().connected);
      const before = counters();
      const before_ = await readings(smoke.id);
      const pub = await publisher();
      await publish(pub, smoke.code, '{not json');
      await publish(pub, smoke.code, { ts: 'yesterday', values: {} });
      await publish(pub, 'UNKNOWN-1', reading(smoke.token, { smoke: false }));
      await publish(pub, smoke.code, reading(lift.token, { smoke: false }));
      await pub.publishAsync(`linli/${jinghua}/devices/${smoke.code}/other`, 'x', { qos: 1 });
      await publish(pub, smoke.code, reading(smoke.token, { smoke: false, battery: 97 }));
      await pub.endAsync();
      await waitFor('the good reading', async () => (await readings(smoke.id)) === before_ + 1);
      const after = counters();
      expect(after['malformed']! - before['malformed']!).toBe(2);
      expect(after['unknown_device']! - before['unknown_device']!).toBe(1);
      expect(after['bad_token']! - before['bad_token']!).toBe(1);
      expect(consumer.status().connected).toBe(true);
      const status = await ok<{ counters: Record<string, number> }>(
        call('jinghua.worker', 'GET', '/devices/status'),
      );
      expect(status.counters['bad_token']).toBe(after['bad_token']);
    } finally {
      await consumer.stop();
    }
  });

  it('stores a message delivered twice once', async () => {
    const consumer = consume();
    try {
      await waitFor('connection', () => consumer.status().connected);
      const before = await readings(smoke.id);
      const pub = await publisher();
      const m = reading(smoke.token, { smoke: false });
      await publish(pub, smoke.code, m);
      await publish(pub, smoke.code, m);
      await publish(pub, smoke.code, reading(smoke.token, { smoke: false }));
      await pub.endAsync();
      await waitFor('both messages', async () => (await readings(smoke.id)) === before + 2);
      await new Promise((r) => setTimeout(r, 200));
      expect(await readings(smoke.id)).toBe(before + 2);
    } finally {
      await consumer.stop();
    }
  });

  it('receives what was published while it was stopped, after it starts again (persistent session, QoS 1)', async () => {
    const id = `linli-test-restart-${process.pid}`;
    const first = consume(id);
    await waitFor('first connection', () => first.status().connected);
    await first.stop();
    const before = await readings(lift.id);
    const pub = await publisher();
    for (let i = 0; i < 50; i++) await publish(pub, lift.code, reading(lift.token, { floor: i }));
    await pub.endAsync();
    const second = consume(id);
    try {
      await waitFor('the 50 messages', async () => (await readings(lift.id)) === before + 50);
    } finally {
      await second.stop();
    }
  });

  it('reconnects after the broker restarts and takes readings again', async () => {
    const consumer = consume(`linli-test-broker-${process.pid}`);
    try {
      await waitFor('connection', () => consumer.status().connected);
      await broker.kill();
      await waitFor('the drop', () => !consumer.status().connected);
      await broker.start();
      await waitFor('reconnection', () => consumer.status().connected);
      const before = await readings(lift.id);
      const pub = await publisher();
      await publish(pub, lift.code, reading(lift.token, { floor: 7 }));
      await pub.endAsync();
      await waitFor('the reading after the restart', async () => (await readings(lift.id)) === before + 1);
      expect(consumer.status().reconnects).toBeGreaterThan(0);
    } finally {
      await consumer.stop();
    }
  });
});

describe('alerts', () => {
  const alertsOf = async (deviceId: number) =>
    (
      await ok<{
        items: {
          id: number;
          status: string;
          condition: string;
          eventId: number;
          occurrences: number;
          actions: string[];
        }[];
      }>(call('jinghua.worker', 'GET', `/devices/alerts?deviceId=${deviceId}`))
    ).items;
  const ingest = (d: typeof smoke, values: Record<string, unknown>) =>
    t.app.devices.ingest.ingest([{ communityId: jinghua, code: d.code, payload: reading(d.token, values) }]);

  it('a smoke alarm files one event in the fire-alarm matter, however often it repeats, until resolved', async () => {
    expect(await ingest(smoke, { smoke: true })).toEqual(['accepted']);
    await ingest(smoke, { smoke: true });
    let alerts = await alertsOf(smoke.id);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ condition: 'smoke', status: 'open', occurrences: 2 });
    const event = await ok<{ categoryCode: string; channel: string; description: string }>(
      call('jinghua.worker', 'GET', `/events/${alerts[0]!.eventId}`),
    );
    expect(event.categoryCode).toBe('fire.hazard.alarm');
    expect(event.description).toContain(smoke.code);

    await ok(call('jinghua.worker', 'POST', `/devices/alerts/${alerts[0]!.id}/acknowledge`));
    expect(
      (await call('jinghua.worker', 'POST', `/devices/alerts/${alerts[0]!.id}/acknowledge`)).statusCode,
    ).toBe(409);
    expect((await call('jinghua.grid1', 'POST', `/devices/alerts/${alerts[0]!.id}/resolve`)).statusCode).toBe(
      403,
    );
    expect(
      (await call('fuzhong.worker', 'POST', `/devices/alerts/${alerts[0]!.id}/resolve`)).statusCode,
    ).toBe(404);
    await ingest(smoke, { smoke: true });
    expect(await alertsOf(smoke.id)).toHaveLength(1);
    await ok(call('jinghua.worker', 'POST', `/devices/alerts/${alerts[0]!.id}/resolve`));

    await ingest(smoke, { smoke: true });
    alerts = await alertsOf(smoke.id);
    expect(alerts.map((a) => a.status)).toEqual(['open', 'resolved']);
    expect(alerts[0]!.eventId).not.toBe(alerts[1]!.eventId);
    const audit = await t.database.db.execute<{ action: string }>(
      sql`select action from audit_log where entity_type = 'device_alert' and entity_id = ${alerts[1]!.id} order by seq`,
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'device.alert',
      'device.alert.acknowledge',
      'device.alert.resolve',
    ]);
  });

  it('concurrent alarms of one device and condition still open one alert', async () => {
    await Promise.all(Array.from({ length: 5 }, () => ingest(lift, { trapped: true })));
    const alerts = (await alertsOf(lift.id)).filter((a) => a.condition === 'elevator_trapped');
    expect(alerts).toHaveLength(1);
    const events = await t.database.db.execute<{ n: string }>(
      sql`select count(*) as n from event where category_code = 'facility.elevator.trapped' and description like ${`%${lift.code}%`}`,
    );
    expect(Number(events.rows[0]!.n)).toBe(1);
  });

  it('the offline job raises one alert for a device silent past its interval', async () => {
    await t.database.db.execute(
      sql`update device set last_seen_at = now() - interval '2 hours' where id = ${smoke.id}`,
    );
    const now = new Date();
    expect(await t.app.devices.alerts.raiseOffline(now)).toBeGreaterThanOrEqual(1);
    expect(await t.app.devices.alerts.raiseOffline(now)).toBe(0);
    const offline = (await alertsOf(smoke.id)).filter((a) => a.condition === 'offline');
    expect(offline).toHaveLength(1);
  });

  it('a retired device is refused', async () => {
    await ok(call('jinghua.worker', 'POST', `/devices/${lift.id}/status`, { status: 'retired' }));
    expect(await ingest(lift, { floor: 1 })).toEqual(['retired']);
    await ok(call('jinghua.worker', 'POST', `/devices/${lift.id}/status`, { status: 'active' }));
    expect(await ingest(lift, { floor: 1 })).toEqual(['accepted']);
  });
});
