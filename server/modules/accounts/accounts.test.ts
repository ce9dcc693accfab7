import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/db';
import { as, login, type Session } from '../../../test/session';

const t = useTestApp();
let admin: Session;

const nodeId = async (name: string) =>
  Number(
    (
      await t.database.db.execute<{ id: number }>(
        sql`select id from org_node where name = ${name} union all select id from place where name = ${name}`,
      )
    ).rows[0]?.id,
  );

beforeAll(async () => {
  admin = await login(t.app, 'admin');
});

describe('accounts', () => {
  it('creates an account whose role works at once', async () => {
    const res = await as(
      t.app,
      admin,
    )({
      method: 'POST',
      url: '/api/v1/accounts',
      payload: {
        username: 'shiling.worker',
        displayName: '狮岭社区 赵社工',
        password: 'a-long-enough-secret',
        roles: [{ role: 'community_worker', nodeId: await nodeId('狮岭社区') }],
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().roles).toMatchObject([
      {
        role: 'community_worker',
        nodeId: await nodeId('狮岭社区'),
        nodeKind: 'community',
        nodeName: '狮岭社区',
      },
    ]);
    const s = await login(t.app, 'shiling.worker', 'a-long-enough-secret');
    const roots = (await as(t.app, s)({ method: 'GET', url: '/api/v1/org/nodes' })).json<{
      items: { name: string }[];
    }>();
    expect(roots.items.map((n) => n.name)).toEqual(['狮岭社区']);
  });

  it('enforces the password policy', async () => {
    for (const password of ['short-1', 'password123', 'weak.user.2026x']) {
      const res = await as(
        t.app,
        admin,
      )({
        method: 'POST',
        url: '/api/v1/accounts',
        payload: { username: 'weak.user', displayName: 'x', password, roles: [] },
      });
      expect(res.statusCode, password).toBe(400);
      expect(res.json().details.fields[0].path).toBe('body.password');
    }
    const n = await t.database.db.execute(
      sql`select count(*)::int as n from account where username = 'weak.user'`,
    );
    expect(n.rows).toEqual([{ n: 0 }]);
  });

  it('refuses a role at the wrong level and a duplicate username', async () => {
    const wrong = await as(
      t.app,
      admin,
    )({
      method: 'POST',
      url: '/api/v1/accounts',
      payload: {
        username: 'misplaced',
        displayName: 'x',
        password: 'a-long-enough-secret',
        roles: [{ role: 'resident', nodeId: await nodeId('莲花街道') }],
      },
    });
    expect(wrong.statusCode).toBe(400);
    const dup = await as(
      t.app,
      admin,
    )({
      method: 'POST',
      url: '/api/v1/accounts',
      payload: { username: 'auditor', displayName: 'x', password: 'a-long-enough-secret' },
    });
    expect(dup.statusCode).toBe(409);
  });

  it('unlocks a locked account and grants and revokes roles', async () => {
    for (let i = 0; i < 5; i++)
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'jinghua.grid1', password: `bad-${i}` },
      });
    const list = (await as(t.app, admin)({ method: 'GET', url: '/api/v1/accounts?q=jinghua.grid1' })).json<{
      items: { id: number; locked: boolean }[];
    }>();
    expect(list.items[0]?.locked).toBe(true);
    const id = list.items[0]?.id as number;
    expect(
      (await as(t.app, admin)({ method: 'POST', url: `/api/v1/accounts/${id}/unlock` })).json().locked,
    ).toBe(false);
    await login(t.app, 'jinghua.grid1');
    const unit = await nodeId('深业花园');
    const granted = await as(
      t.app,
      admin,
    )({
      method: 'POST',
      url: `/api/v1/accounts/${id}/roles`,
      payload: { role: 'building_leader', nodeId: unit },
    });
    expect(granted.json().roles).toHaveLength(2);
    expect(
      (
        await as(
          t.app,
          admin,
        )({ method: 'DELETE', url: `/api/v1/accounts/${id}/roles/building_leader/${unit}` })
      ).statusCode,
    ).toBe(204);
    expect(
      (
        await as(
          t.app,
          admin,
        )({ method: 'DELETE', url: `/api/v1/accounts/${id}/roles/building_leader/${unit}` })
      ).statusCode,
    ).toBe(404);
  });

  it('is for administrators only', async () => {
    const worker = await login(t.app, 'jinghua.worker');
    expect((await as(t.app, worker)({ method: 'GET', url: '/api/v1/accounts' })).statusCode).toBe(403);
  });
});
