import { sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { useTestApp } from '../../../test/db';
import { as, login } from '../../../test/session';

const t = useTestApp();

const loginAs = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });

describe('login', () => {
  it('answers the contract shape and sets an HttpOnly SameSite=Lax session cookie', async () => {
    const res = await loginAs('jinghua.worker', 'linli-demo');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user).toMatchObject({
      username: 'jinghua.worker',
      roles: [{ role: 'community_worker', nodeName: '景华社区' }],
    });
    expect(typeof body.csrfToken).toBe('string');
    const cookie = res.cookies.find((c) => c.name === 'linli_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  });

  it('gives a new session id at every login (no fixation)', async () => {
    const a = await login(t.app, 'fuzhong.worker');
    const b = await login(t.app, 'fuzhong.worker');
    expect(a.cookie).not.toBe(b.cookie);
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    for (const [u, p] of [
      ['jinghua.worker', 'wrong-password'],
      ['nobody', 'linli-demo'],
    ] as const) {
      const res = await loginAs(u, p);
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe('invalid_credentials');
    }
  });

  it('locks the account for 15 minutes after 5 failures, even for the right password', async () => {
    for (let i = 1; i <= 4; i++)
      expect((await loginAs('yifengyuan.property', `wrong-${i}`)).statusCode).toBe(401);
    const fifth = await loginAs('yifengyuan.property', 'wrong-5');
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json().code).toBe('locked');
    const right = await loginAs('yifengyuan.property', 'linli-demo');
    expect(right.statusCode).toBe(429);
    expect(right.json().code).toBe('locked');
    const retry = Number(right.headers['retry-after']);
    expect(retry).toBeGreaterThan(14 * 60);
    expect(retry).toBeLessThanOrEqual(15 * 60);
    await t.database.db.execute(
      sql`update account set locked_until = now() - interval '1 second' where username = 'yifengyuan.property'`,
    );
    expect((await loginAs('yifengyuan.property', 'linli-demo')).statusCode).toBe(200);
  });

  it('rejects malformed bodies with the field named', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'x' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().details.fields[0].path).toBe('body.password');
  });
});

describe('sessions and CSRF', () => {
  it('requires the CSRF header on cookie-authenticated unsafe methods', async () => {
    const s = await login(t.app, 'jinghua.worker');
    const body = { parentId: 4, kind: 'building', name: 'CSRF测试楼' };
    const none = await t.app.inject({
      method: 'POST',
      url: '/api/v1/org/nodes',
      headers: { cookie: s.cookie },
      payload: body,
    });
    expect(none.statusCode).toBe(403);
    expect(none.json().code).toBe('csrf');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/org/nodes',
      headers: { cookie: s.cookie, 'x-csrf-token': 'forged' },
      payload: body,
    });
    expect(wrong.json().code).toBe('csrf');
    const count = await t.database.db.execute(
      sql`select count(*)::int as n from place where name = 'CSRF测试楼'`,
    );
    expect(count.rows[0]).toEqual({ n: 0 });
    expect((await as(t.app, s)({ method: 'POST', url: '/api/v1/org/nodes', payload: body })).statusCode).toBe(
      201,
    );
  });

  it('expires a session idle past the timeout', async () => {
    const s = await login(t.app, 'fuzhong.worker');
    expect((await as(t.app, s)({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(200);
    // Thirty-one minutes pass (the clock, not the row: the process's cache of the session ages with it too).
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 31 * 60_000);
      const res = await as(t.app, s)({ method: 'GET', url: '/api/v1/auth/me' });
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe('session_expired');
      expect((await as(t.app, s)({ method: 'GET', url: '/api/v1/auth/me' })).json().code).toBe(
        'unauthenticated',
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it('ends the session at logout', async () => {
    const s = await login(t.app, 'jinghua.grid1');
    expect((await as(t.app, s)({ method: 'POST', url: '/api/v1/auth/logout' })).statusCode).toBe(204);
    expect((await as(t.app, s)({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
  });
});

describe('sessions cached by the process', () => {
  const rolesOf = async (s: Awaited<ReturnType<typeof login>>) =>
    (await as(t.app, s)({ method: 'GET', url: '/api/v1/auth/me' }))
      .json<{ user: { roles: { role: string }[] } }>()
      .user.roles.map((r) => r.role)
      .sort();
  /** What another process changes reaches this one by NOTIFY: wait for it, but not forever. */
  const eventually = async (check: () => Promise<boolean>) => {
    for (const until = Date.now() + 5_000; Date.now() < until; ) {
      if (await check()) return true;
      await new Promise((r) => setTimeout(r, 20));
    }
    return false;
  };

  it('sees a grant given or taken through the API at the very next request', async () => {
    const admin = await login(t.app, 'admin');
    const s = await login(t.app, 'jinghua.grid1');
    expect(await rolesOf(s)).toEqual(['grid_worker']);
    const [place] = (
      await t.database.db.execute<{ id: number }>(sql`select id from place where name = '深业花园'`)
    ).rows;
    const url = `/api/v1/accounts/${s.user.id}/roles`;
    const grant = { role: 'building_leader', nodeId: Number(place!.id) };
    expect((await as(t.app, admin)({ method: 'POST', url, payload: grant })).statusCode).toBe(200);
    expect(await rolesOf(s)).toEqual(['building_leader', 'grid_worker']);
    const revoke = `${url}/building_leader/${place!.id}`;
    expect((await as(t.app, admin)({ method: 'DELETE', url: revoke })).statusCode).toBe(204);
    expect(await rolesOf(s)).toEqual(['grid_worker']);
  });

  it('drops a session another process ended, and grants another process changed', async () => {
    const s = await login(t.app, 'jinghua.grid1');
    expect(await rolesOf(s)).toEqual(['grid_worker']);
    await t.database.db.execute(
      sql`delete from role_grant where account_id = ${s.user.id} and role = 'grid_worker'`,
    );
    expect(await eventually(async () => (await rolesOf(s)).length === 0)).toBe(true);
    await t.database.db.execute(sql`delete from session where account_id = ${s.user.id}`);
    expect(
      await eventually(
        async () => (await as(t.app, s)({ method: 'GET', url: '/api/v1/auth/me' })).statusCode === 401,
      ),
    ).toBe(true);
  });
});

describe('API tokens', () => {
  it('authenticates by bearer token without CSRF, shows it once, and stops after revocation', async () => {
    const s = await login(t.app, 'jinghua.worker');
    const created = await as(
      t.app,
      s,
    )({ method: 'POST', url: '/api/v1/auth/tokens', payload: { name: '12345 热线对接' } });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    expect(token).toMatch(/^linli_/);
    const stored = await t.database.db.execute(sql`select token_hash from api_token where id = ${id}`);
    expect(JSON.stringify(stored.rows)).not.toContain(token);
    const bearer = { authorization: `Bearer ${token}` };
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer });
    expect(me.json()).toMatchObject({ user: { username: 'jinghua.worker' }, csrfToken: null });
    const write = await t.app.inject({
      method: 'POST',
      url: '/api/v1/org/nodes',
      headers: bearer,
      payload: { parentId: 4, kind: 'building', name: '令牌楼' },
    });
    expect(write.statusCode).toBe(201);
    const list = await as(t.app, s)({ method: 'GET', url: '/api/v1/auth/tokens' });
    expect(list.json().items.map((t: { id: number }) => t.id)).toContain(id);
    expect(JSON.stringify(list.json())).not.toContain(token);
    expect((await as(t.app, s)({ method: 'DELETE', url: `/api/v1/auth/tokens/${id}` })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer })).statusCode).toBe(
      401,
    );
  });

  it('refuses tokens to residents and rejects unknown tokens', async () => {
    const r = await login(t.app, 'yifengyuan.owner1');
    expect(
      (await as(t.app, r)({ method: 'POST', url: '/api/v1/auth/tokens', payload: { name: 'x' } })).statusCode,
    ).toBe(403);
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { authorization: 'Bearer linli_nope' },
    });
    expect(res.statusCode).toBe(401);
  });
});
