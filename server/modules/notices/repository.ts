import { and, asc, count, desc, eq, lt, lte, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { notice, noticeAttachment, noticeObjection, noticeReceipt } from '../../db/schema';
import type { Scope } from '../auth/caller';
import type { Homes } from '../auth/permission-scope';
import { inScopePlaces } from '../auth/scope-sql';

export type NoticeRow = typeof notice.$inferSelect;
export type ObjectionRow = typeof noticeObjection.$inferSelect;

/**
 * Who sees a notice: staff holding `notice.read` over its audience, and residents whose home lies under the
 * audience once it has started.
 */
export function noticesVisible(staff: Scope, homes: Homes, now: Date): SQL {
  const parts: SQL[] = [inScopePlaces(staff, notice.communityId, notice.nodePath)];
  if (homes.over.length)
    parts.push(
      and(
        sql`${notice.communityId} = any(${sql.param(homes.communityIds)}::bigint[])`,
        sql`${notice.nodePath} = any(${sql.param(homes.over)}::text[])`,
        lte(notice.startsAt, now),
      )!,
    );
  return sql`(${sql.join(parts, sql` or `)})`;
}

export async function findNotice(db: Executor, visible: SQL, id: number, lock = false) {
  const q = db
    .select()
    .from(notice)
    .where(and(eq(notice.id, id), visible));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

export interface NoticeFilter {
  visible: SQL;
  under?: { communityId: number | null; path: string } | undefined;
  subject?: { kind: string; id?: number | undefined } | undefined;
  beforeId?: number | undefined;
  limit: number;
}

export async function listNotices(db: Executor, f: NoticeFilter) {
  return db
    .select()
    .from(notice)
    .where(
      and(
        f.visible,
        f.under?.communityId != null ? eq(notice.communityId, f.under.communityId) : undefined,
        f.under ? sql`${notice.nodePath} like ${`${f.under.path}%`}` : undefined,
        f.subject ? eq(notice.subjectKind, f.subject.kind) : undefined,
        f.subject?.id !== undefined ? eq(notice.subjectId, f.subject.id) : undefined,
        f.beforeId !== undefined ? lt(notice.id, f.beforeId) : undefined,
      ),
    )
    .orderBy(desc(notice.id))
    .limit(f.limit + 1);
}

export async function insertNotice(db: Executor, v: typeof notice.$inferInsert) {
  const [row] = await db.insert(notice).values(v).returning();
  return row!;
}

/** Rows of a per-notice table for a page of notices (one community's ids at a time, grouped in one query). */
const forNotices = (communityCol: AnyColumn, noticeCol: AnyColumn, rows: NoticeRow[]) =>
  rows.length
    ? sql`(${communityCol}, ${noticeCol}) in (${sql.join(
        rows.map((n) => sql`(${n.communityId}::bigint, ${n.id}::bigint)`),
        sql`, `,
      )})`
    : sql`false`;

export async function attachmentsOf(db: Executor, rows: NoticeRow[]) {
  return db
    .select()
    .from(noticeAttachment)
    .where(forNotices(noticeAttachment.communityId, noticeAttachment.noticeId, rows))
    .orderBy(asc(noticeAttachment.createdAt));
}

export async function insertAttachments(db: Executor, values: (typeof noticeAttachment.$inferInsert)[]) {
  if (values.length) await db.insert(noticeAttachment).values(values);
}

export async function findAttachment(db: Executor, n: NoticeRow, id: string) {
  const [row] = await db
    .select()
    .from(noticeAttachment)
    .where(
      and(
        eq(noticeAttachment.communityId, n.communityId),
        eq(noticeAttachment.noticeId, n.id),
        eq(noticeAttachment.id, id),
      ),
    );
  return row ?? null;
}

/** Read counts and objection counts of a page of notices, for staff lists. */
export async function countsOf(db: Executor, rows: NoticeRow[]) {
  const [reads, objections] = await Promise.all([
    db
      .select({ id: noticeReceipt.noticeId, n: count() })
      .from(noticeReceipt)
      .where(forNotices(noticeReceipt.communityId, noticeReceipt.noticeId, rows))
      .groupBy(noticeReceipt.noticeId),
    db
      .select({
        id: noticeObjection.noticeId,
        n: count(),
        pending: sql<number>`count(*) filter (where ${noticeObjection.status} = 'pending')`.mapWith(Number),
      })
      .from(noticeObjection)
      .where(forNotices(noticeObjection.communityId, noticeObjection.noticeId, rows))
      .groupBy(noticeObjection.noticeId),
  ]);
  return {
    reads: new Map(reads.map((r) => [r.id, r.n])),
    objections: new Map(objections.map((r) => [r.id, { total: r.n, pending: r.pending }])),
  };
}

export async function receiptsOf(db: Executor, accountId: number, rows: NoticeRow[]) {
  const found = await db
    .select({ id: noticeReceipt.noticeId, readAt: noticeReceipt.readAt })
    .from(noticeReceipt)
    .where(
      and(
        eq(noticeReceipt.accountId, accountId),
        forNotices(noticeReceipt.communityId, noticeReceipt.noticeId, rows),
      ),
    );
  return new Map(found.map((r) => [r.id, r.readAt]));
}

/** Records the first time an account opened the notice; later openings change nothing. */
export async function insertReceipt(db: Executor, v: typeof noticeReceipt.$inferInsert) {
  const [row] = await db.insert(noticeReceipt).values(v).onConflictDoNothing().returning();
  return row ?? null;
}

export async function readsByBuilding(db: Executor, n: NoticeRow) {
  return db
    .select({ buildingId: noticeReceipt.buildingId, count: count() })
    .from(noticeReceipt)
    .where(and(eq(noticeReceipt.communityId, n.communityId), eq(noticeReceipt.noticeId, n.id)))
    .groupBy(noticeReceipt.buildingId)
    .orderBy(asc(noticeReceipt.buildingId));
}

export async function objectionsOf(db: Executor, n: NoticeRow, accountId?: number) {
  return db
    .select()
    .from(noticeObjection)
    .where(
      and(
        eq(noticeObjection.communityId, n.communityId),
        eq(noticeObjection.noticeId, n.id),
        accountId !== undefined ? eq(noticeObjection.accountId, accountId) : undefined,
      ),
    )
    .orderBy(asc(noticeObjection.id));
}

export async function insertObjection(db: Executor, v: typeof noticeObjection.$inferInsert) {
  const [row] = await db.insert(noticeObjection).values(v).returning();
  return row!;
}

export async function findObjection(db: Executor, n: NoticeRow, id: number) {
  const [row] = await db
    .select()
    .from(noticeObjection)
    .where(
      and(
        eq(noticeObjection.communityId, n.communityId),
        eq(noticeObjection.noticeId, n.id),
        eq(noticeObjection.id, id),
      ),
    )
    .for('update');
  return row ?? null;
}

export async function updateObjection(db: Executor, o: ObjectionRow, patch: Partial<ObjectionRow>) {
  const [row] = await db
    .update(noticeObjection)
    .set(patch)
    .where(and(eq(noticeObjection.communityId, o.communityId), eq(noticeObjection.id, o.id)))
    .returning();
  return row!;
}
