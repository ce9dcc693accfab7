import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloneDatabase, testApp, type TestDatabase } from '../../test/db';
import { as, login } from '../../test/session';

let database: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  database = await cloneDatabase();
  app = await testApp(database, {
    rateLimits: {
      login: { burst: 4, perSeconds: 3600 },
      intake: { burst: 2, perSeconds: 3600 },
      open311: { burst: 1, perSeconds: 3600 },
      ingest: { burst: 1, perSeconds: 3600 },
    },
  });
});
afterAll(async () => {
  await app?.close();
  await database?.drop();
});

const events = async () =>
  Number((await database.pool.query<{ n: string }>('select count(*) n from event')).rows[0]!.n);

describe('rate limits (429 with Retry-After)', () => {
  it('limits logins per address, right password or wrong', async () => {
    const worker = await login(app, 'jinghua.worker');
    const resident = await login(app, 'yifengyuan.owner1');
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'fuzhong.worker', password: 'not-the-password' },
    });
    expect(wrong.statusCode).toBe(401);
    await login(app, 'fuzhong.worker');
    const over = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'lianhua.street', password: 'linli-demo' },
    });
    expect(over.statusCode).toBe(429);
    expect(over.json().code).toBe('rate_limited');
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not affected.
    const elsewhere = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: '10.0.0.9',
      payload: { username: 'lianhua.street', password: 'linli-demo' },
    });
    expect(elsewhere.statusCode).toBe(200);

    // Intake: per account, and a refused report writes nothing.
    const compound = (await database.pool.query<{ id: string }>(`select id from place where name = '怡枫园'`))
      .rows[0]!.id;
    const report = { categoryCode: 'facility.light', description: '路灯坏了', nodeId: Number(compound) };
    const post = (s: typeof worker) => as(app, s)({ method: 'POST', url: '/api/v1/events', payload: report });
    expect((await post(resident)).statusCode).toBe(201);
    expect((await post(resident)).statusCode).toBe(201);
    const before = await events();
    const refused = await post(resident);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBeDefined();
    expect(await events()).toBe(before);
    expect((await post(worker)).statusCode).toBe(201);
  });

  it('limits Open311 per address', async () => {
    const first = await app.inject({ method: 'GET', url: '/open311/v2/discovery.json' });
    expect(first.statusCode).toBe(200);
    const second = await app.inject({ method: 'GET', url: '/open311/v2/services.json' });
    expect(second.statusCode).toBe(429);
    expect(Number(second.headers['retry-after'])).toBeGreaterThan(0);
  });
});
