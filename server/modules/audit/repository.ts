import { and, asc, desc, eq, gte, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { GENESIS_HASH } from '../../../domain/audit/canonical';
import type { Executor, Tx } from '../../db/client';
import { auditLog } from '../../db/schema';
import type { Actor } from '../auth/actor';
import { chainHash } from './chain';

/** Chain 0 holds changes that belong to no community (accounts, districts, streets). */
export const GLOBAL_CHAIN = 0;

export interface AuditEntry {
  communityId: number;
  actor: Actor;
  action: string;
  entityType: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

// Distinct key space for pg_advisory_xact_lock(int, int): (this, chain) serialises appends per chain.
const AUDIT_LOCK_SPACE = 7_100;

/** Appends one row inside the caller's transaction, linked to the previous row of its chain. */
export async function appendAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_SPACE}, ${entry.communityId}::int)`);
  const [last] = await tx
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .where(eq(auditLog.communityId, entry.communityId))
    .orderBy(desc(auditLog.seq))
    .limit(1);
  const fields = {
    communityId: entry.communityId,
    seq: (last?.seq ?? 0) + 1,
    at: new Date(),
    actorId: entry.actor.id,
    actorName: entry.actor.name,
    action: entry.action,
    entityType: entry.entityType,
    entityId: String(entry.entityId),
    before: jsonSafe(entry.before),
    after: jsonSafe(entry.after),
    reason: entry.reason ?? null,
    ip: entry.actor.ip,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  await tx.insert(auditLog).values({ ...fields, hash: chainHash(fields) });
}

/** Dates become ISO strings and undefined disappears, exactly as they will read back from jsonb. */
function jsonSafe(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}

export interface AuditFilter {
  chains: number[];
  actorId?: number | undefined;
  action?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /** Newest first: continue below this (at, communityId, seq). */
  after?: { at: Date; communityId: number; seq: number } | undefined;
  limit: number;
}

export async function listAudit(db: Executor, f: AuditFilter) {
  const conds: (SQL | undefined)[] = [
    sql`${auditLog.communityId} = any(${sql.param(f.chains)}::bigint[])`,
    f.actorId !== undefined ? eq(auditLog.actorId, f.actorId) : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.entityType ? eq(auditLog.entityType, f.entityType) : undefined,
    f.entityId ? eq(auditLog.entityId, f.entityId) : undefined,
    f.from ? gte(auditLog.at, f.from) : undefined,
    f.to ? lte(auditLog.at, f.to) : undefined,
    f.after
      ? or(
          lt(auditLog.at, f.after.at),
          and(
            eq(auditLog.at, f.after.at),
            sql`(${auditLog.communityId}, ${auditLog.seq}) < (${f.after.communityId}, ${f.after.seq})`,
          ),
        )
      : undefined,
  ];
  return db
    .select()
    .from(auditLog)
    .where(and(...conds))
    .orderBy(desc(auditLog.at), desc(auditLog.communityId), desc(auditLog.seq))
    .limit(f.limit + 1);
}

export type AuditRow = typeof auditLog.$inferSelect;

/** Reads one chain in order, a page at a time, so verifying a long chain needs little memory. */
export async function* readChain(
  db: Executor,
  communityId: number,
  pageSize = 5_000,
): AsyncGenerator<AuditRow> {
  let fromSeq = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.communityId, communityId), sql`${auditLog.seq} > ${fromSeq}`))
      .orderBy(asc(auditLog.seq))
      .limit(pageSize);
    yield* rows;
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return;
    fromSeq = last.seq;
  }
}

export async function listChains(db: Executor): Promise<number[]> {
  const rows = await db
    .selectDistinct({ c: auditLog.communityId })
    .from(auditLog)
    .orderBy(asc(auditLog.communityId));
  return rows.map((r) => r.c);
}
