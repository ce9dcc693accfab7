import { and, asc, desc, eq, gte, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { GENESIS_HASH } from '../../../domain/audit/canonical';
import { appendRows } from '../../db/bulk';
import type { Executor, Tx } from '../../db/client';
import { executePrepared } from '../../db/prepared';
import { auditCheckpoint, auditLog } from '../../db/schema';
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
export const AUDIT_LOCK_SPACE = 7_100;

/** Appends one row inside the caller's transaction, linked to the previous row of its chain. */
export async function appendAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await appendAudits(tx, [entry]);
}

const chainsOf = (communityIds: number[]) => [...new Set(communityIds)].sort((a, b) => a - b);

/**
 * The statement that takes the audit chains' locks, in ascending order so two writers cannot deadlock: for a use
 * case that sends it together with other statements, then calls `appendAudits` with `locked`. Its value is the
 * number of chains locked.
 */
export const auditLockStatement = (communityIds: number[]): SQL =>
  sql`select count(*) from (select pg_advisory_xact_lock(${AUDIT_LOCK_SPACE}, c)
        from unnest(${sql.param(chainsOf(communityIds))}::int[]) c order by c) l`;

/**
 * Appends rows in order inside the caller's transaction (a batch of reports writes them together), after taking
 * the chains' locks unless the caller has (`auditLockStatement`, in an earlier statement of the transaction).
 */
export async function appendAudits(tx: Tx, entries: AuditEntry[], locked = false): Promise<void> {
  if (!entries.length) return;
  const chains = chainsOf(entries.map((e) => e.communityId));
  // The heads are read by a later statement than the lock's: a statement reads from the snapshot it started with,
  // so a head read in the statement that waited for the lock would miss the row the lock's holder just committed.
  if (!locked) await executePrepared(tx, auditLockStatement(chains));
  // The newest row of each chain, read one chain at a time so each is one step down the primary key.
  const heads = await executePrepared<{ communityId: number; seq: number | null; hash: string | null }>(
    tx,
    sql`
    select c as "communityId", l.seq, l.hash from unnest(${sql.param(chains)}::bigint[]) c
    left join lateral (select seq, hash from ${auditLog} where community_id = c order by seq desc limit 1) l on true`,
  );
  const head = new Map(
    heads.rows.map((h) => [Number(h.communityId), { seq: Number(h.seq ?? 0), hash: h.hash ?? GENESIS_HASH }]),
  );
  const at = new Date();
  const rows = entries.map((entry) => {
    const last = head.get(entry.communityId)!;
    const fields = {
      communityId: entry.communityId,
      seq: last.seq + 1,
      at,
      actorId: entry.actor.id,
      actorName: entry.actor.name,
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      before: jsonSafe(entry.before),
      after: jsonSafe(entry.after),
      reason: entry.reason ?? null,
      ip: entry.actor.ip,
      prevHash: last.hash,
    };
    const hash = chainHash(fields);
    head.set(entry.communityId, { seq: fields.seq, hash });
    return { ...fields, hash };
  });
  await appendRows(tx, auditLog, rows);
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

/** Where each pruned chain starts: the seq and hash of its last pruned row. */
export async function chainStarts(db: Executor): Promise<Map<number, { seq: number; hash: string }>> {
  const rows = await db.select().from(auditCheckpoint);
  return new Map(rows.map((r) => [r.communityId, { seq: r.seq, hash: r.hash }]));
}

export async function listChains(db: Executor): Promise<number[]> {
  const rows = await db
    .selectDistinct({ c: auditLog.communityId })
    .from(auditLog)
    .orderBy(asc(auditLog.communityId));
  return rows.map((r) => r.c);
}
