import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/db';
import { apiAs, login, type Session } from '../../../test/session';
import { BACK_ONLINE } from '../devices/alerts';
import { pruneReadings } from '../devices/retention';

const t = useTestApp();
const s: Record<string, Session> = {};
const { call, ok } = apiAs(() => t.app, s);
const ids: Record<string, number> = {};
const smoke = { id: 0, code: 'BS-SD-01', token: '' };
let base = '';
let seq = 0;

const nodeId = async (name: string) =>
  Number(
    (
      await t.database.db.execute<{ id: string }>(
        sql`select id from org_node where name = ${name} union all select id from place where name = ${name} limit 1`,
      )
    ).rows[0]!.id,
  );

const send = (values: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/devices/ingest',
    headers: { 'x-device-token': smoke.token },
    payload: { communityId: ids['景华社区'], device: smoke.code, id: `bs-${++seq}`, ts: Date.now(), values },
  });

/** Reads a Server-Sent Events stream over real HTTP until `want` has been seen (or the time is up). */
async function listen(who: string, path: string) {
  const ctl = new AbortController();
  const res = await fetch(`${base}/api/v1${path}`, {
    headers: { cookie: s[who]!.cookie },
    signal: ctl.signal,
  });
  const seen: { event: string; data: Record<string, unknown> }[] = [];
  let buffer = '';
  const reading = (async () => {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of res.body!) {
        buffer += decoder.decode(chunk, { stream: true });
        let at: number;
        while ((at = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, at);
          buffer = buffer.slice(at + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) seen.push({ event, data: JSON.parse(data) as Record<string, unknown> });
        }
      }
    } catch {
      // aborted
    }
  })();
  return {
    status: res.status,
    seen,
    async until(pred: (m: (typeof seen)[number]) => boolean, ms = 5_000) {
      const end = Date.now() + ms;
      while (Date.now() < end) {
        const hit = seen.find(pred);
        if (hit) return hit;
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error(`no matching message on ${path}; saw ${JSON.stringify(seen)}`);
    },
    async close() {
      ctl.abort();
      await reading;
    },
  };
}

beforeAll(async () => {
  for (const u of ['lianhua.street', 'jinghua.worker', 'fuzhong.worker', 'yifengyuan.owner1'])
    s[u] = await login(t.app, u);
  for (const n of ['莲花街道', '景华社区', '福中社区']) ids[n] = await nodeId(n);
  const building = Number(
    (
      await t.database.db.execute<{ id: string }>(sql`
        select b.id from place b join place c on c.id = b.parent_id
         where c.name = '怡枫园' and b.kind = 'building' order by b.id limit 1`)
    ).rows[0]!.id,
  );
  const made = await ok<{ id: number; token: string }>(
    call('jinghua.worker', 'POST', '/devices', {
      nodeId: building,
      kind: 'smoke_detector',
      code: smoke.code,
      name: '大屏测试烟感',
    }),
    201,
  );
  smoke.id = made.id;
  smoke.token = made.token;
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await t.app.close();
});

describe('big screen snapshot', () => {
  it('gives a street its live counts, and the rates exactly as the events statistics define them', async () => {
    const snap = await ok<Record<string, unknown> & { from: string; to: string }>(
      call('lianhua.street', 'GET', `/bigscreen/${ids['莲花街道']}`),
    );
    expect(snap).toMatchObject({ node: { id: ids['莲花街道'], kind: 'street', name: '莲花街道' } });
    const stats = await ok<Record<string, unknown>>(
      call(
        'lianhua.street',
        'GET',
        `/stats/events?nodeId=${ids['莲花街道']}&from=${snap.from}&to=${snap.to}`,
      ),
    );
    expect(snap['handlingRate']).toBe(stats['handlingRate']);
    expect(snap['onTimeRate']).toBe(stats['onTimeRate']);
    expect(snap['reported']).toBe(stats['total']);
    expect(snap['byCategory']).toEqual(stats['byCategory']);
    expect(snap['trend']).toEqual(stats['byDay']);
    const open = await t.database.db.execute<{ open: number; overdue: number }>(sql`
      select count(*)::int as open, (count(*) filter (where deadline < now()))::int as overdue from event
       where status in ('reported', 'accepted', 'dispatched', 'in_progress', 'handled')`);
    expect(snap['open']).toBe(open.rows[0]!.open);
    expect(snap['overdue']).toBe(open.rows[0]!.overdue);
    expect((snap['overdueList'] as unknown[]).length).toBe(Math.min(10, open.rows[0]!.overdue));
    // The other panels are the figures the devices, volunteers and governance pages give for the same node.
    const street = ids['莲花街道'];
    const since = new Date(new Date(snap['asOf'] as string).getTime() - 30 * 86_400_000).toISOString();
    const [alerts, volunteers, coverage] = await Promise.all([
      ok<{ active: number }>(call('lianhua.street', 'GET', `/devices/alerts/active?nodeId=${street}`)),
      ok<{ total: { hours: number; personTimes: number } }>(
        call('lianhua.street', 'GET', `/volunteers/stats?by=scope&nodeId=${street}&from=${since}&limit=1`),
      ),
      ok<{ buildingLeaders: { overall: unknown } }>(
        call('lianhua.street', 'GET', `/governance/coverage?nodeId=${street}`),
      ),
    ]);
    expect(snap['alerts']).toMatchObject({ active: alerts.active });
    expect(snap['volunteers']).toEqual({
      hours: volunteers.total.hours,
      personTimes: volunteers.total.personTimes,
    });
    expect(snap['buildingLeaders']).toEqual(coverage.buildingLeaders.overall);
  });

  it('is out of sight (404) for a community worker of another community, and closed to residents (403)', async () => {
    expect((await call('fuzhong.worker', 'GET', `/bigscreen/${ids['景华社区']}`)).statusCode).toBe(404);
    expect((await call('fuzhong.worker', 'GET', `/bigscreen/${ids['莲花街道']}`)).statusCode).toBe(404);
    expect((await call('fuzhong.worker', 'GET', `/bigscreen/${ids['景华社区']}/stream`)).statusCode).toBe(
      404,
    );
    expect((await call('fuzhong.worker', 'GET', `/bigscreen/${ids['福中社区']}`)).statusCode).toBe(200);
    expect((await call('yifengyuan.owner1', 'GET', `/bigscreen/${ids['景华社区']}`)).statusCode).toBe(403);
  });
});

describe('big screen and console streams', () => {
  it('push a smoke alarm (alert and its event) to the screens and consoles that see it, and only to them', async () => {
    const street = await listen('lianhua.street', `/bigscreen/${ids['莲花街道']}/stream`);
    const other = await listen('fuzhong.worker', `/bigscreen/${ids['福中社区']}/stream`);
    const console_ = await listen('jinghua.worker', '/devices/alerts/stream');
    const elsewhere = await listen('fuzhong.worker', '/devices/alerts/stream');
    expect([street.status, other.status, console_.status, elsewhere.status]).toEqual([200, 200, 200, 200]);
    try {
      expect((await send({ smoke: true })).statusCode).toBe(200);
      const alert = await street.until((m) => m.event === 'alert' && m.data['deviceName'] === '大屏测试烟感');
      expect(alert.data).toMatchObject({ status: 'open', condition: 'smoke', severity: 'critical' });
      expect(alert.data).not.toHaveProperty('placePath');
      await street.until((m) => m.event === 'event' && m.data['action'] === 'report');
      await console_.until((m) => m.event === 'alert' && m.data['id'] === alert.data['id']);
      // The other community's streams heard nothing of it (they had as long as the street's to hear it).
      expect(other.seen.filter((m) => m.data['id'] === alert.data['id'])).toEqual([]);
      expect(elsewhere.seen).toEqual([]);
      const snap = await ok<{ alerts: { items: { id: number }[] } }>(
        call('lianhua.street', 'GET', `/bigscreen/${ids['莲花街道']}`),
      );
      expect(snap.alerts.items.map((a) => a.id)).toContain(alert.data['id']);
      const active = await ok<{ active: number }>(
        call('jinghua.worker', 'GET', `/devices/alerts/active?nodeId=${ids['景华社区']}`),
      );
      expect(active.active).toBeGreaterThanOrEqual(1);
      expect(
        (await ok<{ active: number }>(call('fuzhong.worker', 'GET', '/devices/alerts/active'))).active,
      ).toBe(0);
    } finally {
      await Promise.all([street.close(), other.close(), console_.close(), elsewhere.close()]);
    }
  });

  it('resolves the offline alert by itself when the device reports again, and says so on the stream', async () => {
    await t.database.db.execute(
      sql`update device set last_seen_at = now() - interval '3 hours' where id = ${smoke.id}`,
    );
    expect(await t.app.devices.alerts.raiseOffline(new Date())).toBeGreaterThanOrEqual(1);
    const offline = async () =>
      (
        await t.database.db.execute<{ id: string; status: string; resolved_by_name: string | null }>(
          sql`select id, status, resolved_by_name from device_alert where device_id = ${smoke.id} and condition = 'offline'`,
        )
      ).rows;
    expect((await offline()).map((a) => a.status)).toEqual(['open']);
    const console_ = await listen('jinghua.worker', '/devices/alerts/stream');
    try {
      expect((await send({ smoke: false, battery: 90 })).statusCode).toBe(200);
      const [a] = await offline();
      expect(a).toMatchObject({ status: 'resolved', resolved_by_name: BACK_ONLINE });
      await console_.until((m) => m.data['id'] === Number(a!.id) && m.data['status'] === 'resolved');
      const audit = await t.database.db.execute<{ n: number }>(
        sql`select count(*)::int as n from audit_log where entity_type = 'device_alert' and entity_id = ${a!.id} and action = 'device.alert.resolve'`,
      );
      expect(audit.rows[0]!.n).toBe(1);
      // A second reading finds nothing more to resolve.
      expect((await send({ smoke: false })).statusCode).toBe(200);
      expect((await offline()).map((x) => x.status)).toEqual(['resolved']);
    } finally {
      await console_.close();
    }
  });
});

describe('readings retention', () => {
  it('deletes readings older than the retention in batches and keeps the newer ones', async () => {
    await t.database.db.execute(sql`delete from device_reading where device_id = ${smoke.id}`);
    await t.database.db.execute(sql`
      insert into device_reading (community_id, device_id, message_key, measured_at, values)
      select ${ids['景华社区']}::bigint, ${smoke.id}::bigint, 'old-' || g, now() - interval '100 days' - g * interval '1 minute', '{}'::jsonb
        from generate_series(1, 7) g
      union all
      select ${ids['景华社区']}::bigint, ${smoke.id}::bigint, 'new-' || g, now() - interval '80 days', '{}'::jsonb
        from generate_series(1, 3) g`);
    expect(await pruneReadings(t.database.db, 0, new Date(), 2)).toBe(0);
    expect(await pruneReadings(t.database.db, 90, new Date(), 2)).toBe(7);
    const left = await t.database.db.execute<{ k: string }>(
      sql`select message_key as k from device_reading where device_id = ${smoke.id} order by 1`,
    );
    expect(left.rows.map((r) => r.k)).toEqual(['new-1', 'new-2', 'new-3']);
    expect(await pruneReadings(t.database.db, 90, new Date(), 2)).toBe(0);
  });
});
