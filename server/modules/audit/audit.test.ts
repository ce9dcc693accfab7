import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/db';
import { as, login } from '../../../test/session';
import { verifyAudit } from './verify';

const t = useTestApp();

const rows = async () =>
  (await t.database.db.execute<{ n: number }>(sql`select count(*)::int as n from audit_log`)).rows[0]?.n ?? 0;

describe('audit log', () => {
  it('writes a row for every write, in the same transaction', async () => {
    const worker = await login(t.app, 'jinghua.worker');
    const before = await rows();
    const compound = await t.database.db.execute<{ id: number }>(
      sql`select id from place where name = '怡枫园'`,
    );
    const created = await as(
      t.app,
      worker,
    )({
      method: 'POST',
      url: '/api/v1/org/nodes',
      payload: { parentId: compound.rows[0]?.id, kind: 'building', name: '审计楼' },
    });
    expect(created.statusCode).toBe(201);
    await as(
      t.app,
      worker,
    )({ method: 'PATCH', url: `/api/v1/org/nodes/${created.json().id}`, payload: { name: '审计楼甲' } });
    expect(await rows()).toBe(before + 2);
  });

  it('is readable by the auditor with filters and cursor pages, and not by the administrator', async () => {
    const auditor = await login(t.app, 'auditor');
    const admin = await login(t.app, 'admin');
    expect((await as(t.app, admin)({ method: 'GET', url: '/api/v1/audit' })).statusCode).toBe(403);
    const first = await as(
      t.app,
      auditor,
    )({ method: 'GET', url: '/api/v1/audit?action=org.node.create&limit=5' });
    expect(first.statusCode, first.body).toBe(200);
    const page1 = first.json<{ items: { id: string; action: string }[]; nextCursor: string }>();
    expect(page1.items).toHaveLength(5);
    expect(page1.items.every((r) => r.action === 'org.node.create')).toBe(true);
    const second = await as(
      t.app,
      auditor,
    )({
      method: 'GET',
      url: `/api/v1/audit?action=org.node.create&limit=5&cursor=${page1.nextCursor}`,
    });
    expect(second.statusCode, second.body).toBe(200);
    const page2 = second.json<{ items: { id: string }[] }>();
    expect(page2.items).toHaveLength(5);
    expect(page2.items.some((r) => page1.items.some((p) => p.id === r.id))).toBe(false);
    const verify = await as(t.app, auditor)({ method: 'GET', url: '/api/v1/audit/verify' });
    expect(verify.json()).toMatchObject({ ok: true, brokenAt: null });
    expect(verify.json().checked).toBeGreaterThan(100);
  });

  it('refuses UPDATE, DELETE and TRUNCATE at the database', async () => {
    await expect(t.database.pool.query(`update audit_log set actor_name = 'x'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.database.pool.query(`delete from audit_log`)).rejects.toThrow(/append-only/);
    await expect(t.database.pool.query(`truncate audit_log`)).rejects.toThrow(/append-only/);
  });

  it('detects a tampered row and a removed row', async () => {
    expect((await verifyAudit(t.database.db)).ok).toBe(true);
    const client = await t.database.pool.connect();
    try {
      await client.query('begin');
      await client.query('alter table audit_log disable trigger audit_log_append_only');
      await client.query(
        `update audit_log set after = jsonb_set(after, '{name}', '"篡改"') where action = 'org.node.create' and community_id <> 0 and seq = 3`,
      );
      await client.query('alter table audit_log enable trigger audit_log_append_only');
      await client.query('commit');
    } finally {
      client.release();
    }
    const tampered = await verifyAudit(t.database.db);
    expect(tampered.ok).toBe(false);
    expect(tampered.brokenAt?.seq).toBe(3);
  });
});
