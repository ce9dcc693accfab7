import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/db';
import { testKeys } from '../../../test/keys';
import { as, login, type Session } from '../../../test/session';
import { protect } from '../../crypto/personal-data';
import { WebhookNotifier, type Notifier } from '../../notify/notifier';

// The operator's SMS gateway, played by a real HTTP receiver on loopback; the app talks to it through the real
// webhook notifier (the receiver's port is known only once it listens, hence the late binding).
const received: { to: string; kind: string; text: string }[] = [];
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c: Buffer) => (body += c.toString()));
  req.on('end', () => {
    received.push(JSON.parse(body) as (typeof received)[number]);
    res.end();
  });
});
let webhook: WebhookNotifier | undefined;
const notifier: Notifier = { send: (m) => webhook!.send(m) };
const t = useTestApp(notifier);
const s: Record<string, Session> = {};

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  webhook = new WebhookNotifier(
    `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`,
    'gateway-secret-2026',
  );
  for (const u of ['yifengyuan.owner1', 'yifengyuan.property', 'jinghua.grid1']) s[u] = await login(t.app, u);
  const phone = protect(testKeys, 'phone', '13800138000', '138****8000');
  await t.database.db.execute(
    sql`update account set phone_sealed = ${phone.sealed} where id = ${s['yifengyuan.owner1']!.user.id}`,
  );
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
});

describe('outcome messages', () => {
  it('text the reporter through the gateway when the loop closes, and only then', async () => {
    const place = (
      await t.database.db.execute<{ id: number }>(sql`select id from place where name = '怡枫园'`)
    ).rows[0]!.id;
    const e = (
      await as(
        t.app,
        s['yifengyuan.owner1']!,
      )({
        method: 'POST',
        url: '/api/v1/events',
        payload: { categoryCode: 'facility.light', description: '路灯坏了', nodeId: place },
      })
    ).json<{ id: number }>();
    const act = (who: string, action: string, payload: object = {}) =>
      as(t.app, s[who]!)({ method: 'POST', url: `/api/v1/events/${e.id}/actions/${action}`, payload });
    await act('yifengyuan.property', 'start');
    await act('yifengyuan.property', 'handle', { note: '已修' });
    expect(received).toEqual([]);
    expect((await act('jinghua.grid1', 'verify')).statusCode).toBe(200);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ to: '13800138000', kind: 'event_outcome' });
    expect(received[0]!.text).toContain(`编号${e.id}`);
    expect(received[0]!.text).toContain('已办结');
  });
});
