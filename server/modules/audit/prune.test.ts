import { and, asc, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH } from '../../../domain/audit/canonical';
import { useTestApp } from '../../../test/db';
import { auditCheckpoint, auditLog } from '../../db/schema';
import { chainHash } from './chain';
import { pruneAudit } from './prune';
import { appendAudit } from './repository';
import { verifyAudit } from './verify';

const t = useTestApp();
const DAY_MS = 86_400_000;

/**
 * Makes a chain look old: every row but the newest `keep` moved back `days`, and the whole chain re-hashed so it
 * verifies (the fixture of a log that has run for a year; the trigger is off only while it is built).
 */
async function age(chain: number, days: number, keep: number) {
  await t.database.db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
    const rows = await tx
      .select()
      .from(auditLog)
      .where(eq(auditLog.communityId, chain))
      .orderBy(asc(auditLog.seq));
    let prevHash = GENESIS_HASH;
    for (const [i, row] of rows.entries()) {
      const { hash: stored, ...fields } = row;
      const at = i < rows.length - keep ? new Date(row.at.getTime() - days * DAY_MS) : row.at;
      const link = prevHash;
      const hash = chainHash({ ...fields, at, prevHash: link });
      prevHash = hash;
      if (hash === stored) continue;
      await tx
        .update(auditLog)
        .set({ at, prevHash: link, hash })
        .where(and(eq(auditLog.communityId, chain), eq(auditLog.seq, row.seq)));
    }
    await tx.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
  });
}

async function chainOf(name: string): Promise<number> {
  const { rows } = await t.database.pool.query<{ id: string }>(`select id from org_node where name = $1`, [
    name,
  ]);
  return Number(rows[0]!.id);
}
const count = async (chain: number) =>
  Number(
    (
      await t.database.pool.query<{ n: string }>(`select count(*) n from audit_log where community_id = $1`, [
        chain,
      ])
    ).rows[0]!.n,
  );

describe('audit retention', () => {
  it('refuses a retention under six months, and the database refuses to delete young rows anyway', async () => {
    await expect(pruneAudit(t.database.db, 30)).rejects.toThrow(/at least 183 days/);
    const client = await t.database.pool.connect();
    try {
      await client.query('begin');
      await client.query(`select set_config('linli.audit_prune', 'on', true)`);
      await expect(client.query(`delete from audit_log where community_id = 0`)).rejects.toThrow(
        /append-only/,
      );
      await client.query('rollback');
    } finally {
      client.release();
    }
    // Without the setting not even an old row goes.
    await age(0, 400, 1);
    await expect(
      t.database.pool.query(`delete from audit_log where community_id = 0 and seq = 1`),
    ).rejects.toThrow(/append-only/);
  });

  it('prunes rows older than the retention, keeps the chains verifiable and appendable', async () => {
    const jinghua = await chainOf('景华社区');
    await age(jinghua, 400, 3);
    const before = await count(jinghua);
    expect(before).toBeGreaterThan(10);
    expect((await verifyAudit(t.database.db)).ok).toBe(true);

    const result = await pruneAudit(t.database.db, 365);
    expect(result.rows).toBeGreaterThanOrEqual(before - 3);
    expect(await count(jinghua)).toBe(3);
    const [checkpoint] = await t.database.db
      .select()
      .from(auditCheckpoint)
      .where(eq(auditCheckpoint.communityId, jinghua));
    expect(checkpoint?.seq).toBe(before - 3);
    expect((await verifyAudit(t.database.db)).ok).toBe(true);
    // The prune itself is on record.
    const recorded = await t.database.pool.query(`select after from audit_log where action = 'audit.prune'`);
    expect(recorded.rows[0].after.rows).toBe(result.rows);

    await t.database.db.transaction((tx) =>
      appendAudit(tx, {
        communityId: jinghua,
        actor: { id: null, name: 'system', ip: null },
        action: 'test.append',
        entityType: 'test',
        entityId: 1,
      }),
    );
    expect(await count(jinghua)).toBe(4);
    expect((await verifyAudit(t.database.db)).ok).toBe(true);

    // Pruning again with nothing old left changes nothing; a tampered kept row is still caught.
    expect((await pruneAudit(t.database.db, 365)).rows).toBe(0);
    await t.database.db.transaction(async (tx) => {
      await tx.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
      await tx.execute(sql`update audit_log set actor_name = '篡改' where community_id = ${jinghua}`);
      await tx.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
    });
    const broken = await verifyAudit(t.database.db);
    expect(broken.ok).toBe(false);
    expect(broken.brokenAt?.seq).toBe(before - 2);
    await expect(pruneAudit(t.database.db, 365)).rejects.toThrow(/broken/);
  });
});
