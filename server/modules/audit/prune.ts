import { sql } from 'drizzle-orm';
import { auditCutoff } from '../../../domain/audit/retention';
import type { Db } from '../../db/client';
import { auditCheckpoint } from '../../db/schema';
import { invalid } from '../../http/errors';
import { AUDIT_LOCK_SPACE, appendAudit, GLOBAL_CHAIN } from './repository';
import { verifyAudit } from './verify';

export interface PruneResult {
  cutoff: Date | null;
  rows: number;
  chains: number;
}

/**
 * Removes audit rows older than the retention (at least six months, `domain/audit/retention.ts`), keeping each
 * chain's newest row so appends continue its numbering. The chains are verified first, so evidence of tampering is
 * never pruned away; each chain's last pruned row becomes its checkpoint, so verification continues from it. The
 * database refuses the delete itself for any row younger than six months (migration `audit_prune`).
 */
export async function pruneAudit(db: Db, retentionDays: number, now = new Date()): Promise<PruneResult> {
  const limit = auditCutoff(now, retentionDays);
  if ('error' in limit) throw invalid([{ path: 'retentionDays', message: limit.error }]);
  const { cutoff } = limit;
  if (!cutoff) return { cutoff, rows: 0, chains: 0 };
  const verified = await verifyAudit(db);
  if (!verified.ok)
    throw invalid([
      {
        path: 'audit',
        message: `the audit log is broken at chain ${verified.brokenAt?.chain}, row ${verified.brokenAt?.seq}: nothing pruned`,
      },
    ]);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('linli.audit_prune', 'on', true)`);
    // The last prunable row of every chain: older than the cutoff and not the chain's newest.
    const ends = await tx.execute<{ chain: string; seq: string; hash: string }>(sql`
      select l.community_id as chain, l.seq, l.hash
      from (select community_id, max(seq) as newest from audit_log group by community_id) c
      join lateral (
        select seq, hash, community_id from audit_log
        where community_id = c.community_id and at < ${cutoff} and seq < c.newest
        order by seq desc limit 1
      ) l on true
      order by 1`);
    let rows = 0;
    for (const end of ends.rows) {
      const chain = Number(end.chain);
      await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_SPACE}, ${chain}::int)`);
      const deleted = await tx.execute(
        sql`delete from audit_log where community_id = ${chain} and seq <= ${Number(end.seq)}`,
      );
      rows += deleted.rowCount ?? 0;
      await tx
        .insert(auditCheckpoint)
        .values({ communityId: chain, seq: Number(end.seq), hash: end.hash, prunedAt: now })
        .onConflictDoUpdate({
          target: auditCheckpoint.communityId,
          set: { seq: Number(end.seq), hash: end.hash, prunedAt: now },
        });
    }
    await appendAudit(tx, {
      communityId: GLOBAL_CHAIN,
      actor: { id: null, name: 'system', ip: null },
      action: 'audit.prune',
      entityType: 'audit_log',
      entityId: 'all',
      after: { cutoff: cutoff.toISOString(), rows, chains: ends.rows.length },
    });
    return { cutoff, rows, chains: ends.rows.length };
  });
}
