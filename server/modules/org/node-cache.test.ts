import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloneDatabase, type TestDatabase } from '../../../test/db';
import type { Executor } from '../../db/client';
import { buildScope, loadGrants, type Scope } from '../auth/caller';
import { nodeCache, type NodeCache } from './node-cache';
import { findNode } from './repository';

let database: TestDatabase;
let cache: NodeCache;
const scopes = new Map<string, Scope>();
let ids: number[] = [];

// Any use of this executor fails the test: what it finds came from memory.
const noDatabase = new Proxy({} as Executor, {
  get() {
    throw new Error('the database was used');
  },
});

const until = async (ok: () => Promise<boolean>) => {
  for (let i = 0; i < 200; i++) {
    if (await ok()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('timed out');
};

beforeAll(async () => {
  database = await cloneDatabase();
  cache = nodeCache(database.pool, () => undefined);
  const accounts = await database.db.execute<{ id: number; username: string }>(
    sql`select id, username from account where username in
        ('admin', 'lianhua.street', 'jinghua.worker', 'jinghua.grid1', 'yifengyuan.property', 'yifengyuan.owner1')`,
  );
  expect(accounts.rows).toHaveLength(6);
  for (const a of accounts.rows)
    scopes.set(a.username, await buildScope(database.db, await loadGrants(database.db, a.id)));
  ids = (
    await database.db.execute<{ id: number }>(
      sql`select id from org_node union all select id from place order by id`,
    )
  ).rows.map((r) => Number(r.id));
});
afterAll(async () => {
  await cache.close();
  await database.drop();
});

describe('node cache', () => {
  it('answers every node for every scope as findNode does, the second time from memory', async () => {
    expect(ids.length).toBeGreaterThan(50);
    // Warm with the widest scope, then ask under each scope: the in-memory scope check must agree with the SQL.
    // Nothing is kept until the cache listens, which its first use starts.
    const fromMemory = (id: number) =>
      cache.find(noDatabase, scopes.get('admin')!, id).then(
        () => true,
        () => false,
      );
    await until(async () => {
      await cache.find(database.db, scopes.get('admin')!, ids[0]!);
      return fromMemory(ids[0]!);
    });
    const warmed = new Set<number>();
    for (const id of ids) if (await cache.find(database.db, scopes.get('admin')!, id)) warmed.add(id);
    expect(warmed.size).toBe(ids.length);
    let found = 0;
    let refused = 0;
    for (const [name, scope] of scopes)
      for (const id of ids) {
        const expected = await findNode(database.db, scope, id);
        expect(await cache.find(noDatabase, scope, id), `${name} ${id}`).toEqual(expected);
        if (expected) found++;
        else refused++;
      }
    // Both answers occur: the residents and the property company see only their compounds.
    expect(found).toBeGreaterThan(ids.length);
    expect(refused).toBeGreaterThan(ids.length);
  });

  it('drops what it holds when any node changes in another connection', async () => {
    const admin = scopes.get('admin')!;
    const [first] = (await database.db.execute<{ id: number }>(sql`select id from place order by id limit 1`))
      .rows;
    const id = Number(first!.id);
    const before = await cache.find(database.db, admin, id);
    expect(await cache.find(noDatabase, admin, id)).toEqual(before);
    await database.pool.query(`update place set name = name || '（改）' where id = $1`, [id]);
    await until(async () => (await cache.find(noDatabase, admin, id).catch(() => null)) === null);
    expect((await cache.find(database.db, admin, id))?.name).toBe(`${before!.name}（改）`);
  });

  it('finds a node added after it was first asked about', async () => {
    const admin = scopes.get('admin')!;
    const missing = 987_654_321;
    expect(await cache.find(database.db, admin, missing)).toBeNull();
    const [c] = (
      await database.db.execute<{ id: number; community_id: number; path: string }>(
        sql`select id, community_id, path from place where kind = 'compound' order by id limit 1`,
      )
    ).rows;
    await database.pool.query(
      `insert into place (community_id, id, kind, parent_id, code, name, path, attributes)
       values ($1, $2, 'building', $3, 'T-1', '测试楼', $4, '{}')`,
      [c!.community_id, missing, c!.id, `${c!.path}${missing}/`],
    );
    expect(await cache.find(database.db, admin, missing)).toMatchObject({ id: missing, name: '测试楼' });
  });

  it('caches nothing once closed (no LISTEN, no way to hear of changes)', async () => {
    const closed = nodeCache(database.pool, () => undefined);
    const admin = scopes.get('admin')!;
    await closed.find(database.db, admin, ids[0]!);
    await closed.close();
    await closed.find(database.db, admin, ids[0]!);
    await expect(closed.find(noDatabase, admin, ids[0]!)).rejects.toThrow('the database was used');
  });
});
