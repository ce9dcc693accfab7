import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, inject } from 'vitest';
import { buildApp } from '../server/app';
import { testKeys } from './keys';
import { connect, type Database } from '../server/db/client';
import type { Notifier } from '../server/notify/notifier';
import type { RateLimits } from '../server/http/rate-limit';
import { withDatabase } from './global-db';

export interface TestDatabase extends Database {
  url: string;
  drop(): Promise<void>;
}

/** A fresh copy of the migrated, demo-seeded template (one per test file), or an empty database. */
export async function cloneDatabase(empty = false): Promise<TestDatabase> {
  const server = inject('dbServerUrl');
  // Named after the run's template so a run's teardown drops its own clones, never another run's.
  const name = `${inject('templateDb')}_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: withDatabase(server, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`create database ${name}${empty ? '' : ` template ${inject('templateDb')}`}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(server, name);
  const database = connect(url, 10);
  return {
    ...database,
    url,
    async drop() {
      await database.close();
      const a = new pg.Client({ connectionString: withDatabase(server, 'postgres') });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

export async function testApp(
  database: Database,
  opts: { notifier?: Notifier | undefined; rateLimits?: RateLimits } = {},
) {
  const { notifier, rateLimits } = opts;
  const app = await buildApp({
    config: {
      logLevel: 'silent',
      sessionIdleMinutes: 30,
      ...(rateLimits ? { rateLimits } : {}),
      trustProxy: false,
      timeZone: 'Asia/Shanghai',
      dataDir: await mkdtemp(path.join(tmpdir(), 'linli-test-')),
    },
    database,
    dataKeys: testKeys,
    ...(notifier ? { notifier } : {}),
    logger: false,
  });
  await app.ready();
  return app;
}

/**
 * Registers the per-file lifecycle: a cloned database and an app on it before the tests, both gone after.
 * Read `t.app` and `t.database` inside tests and hooks (they exist from `beforeAll` on).
 */
export function useTestApp(notifier?: Notifier): { app: FastifyInstance; database: TestDatabase } {
  const t = {} as { app: FastifyInstance; database: TestDatabase };
  beforeAll(async () => {
    t.database = await cloneDatabase();
    t.app = await testApp(t.database, { notifier });
  });
  afterAll(async () => {
    await t.app?.close();
    await t.database?.drop();
  });
  return t;
}
