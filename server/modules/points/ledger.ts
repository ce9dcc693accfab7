import { and, eq, sql } from 'drizzle-orm';
import { balanceAfter, type EntryKind, type RuleKey } from '../../../domain/volunteers/points';
import type { Executor, Tx } from '../../db/client';
import { pointsAccount, pointsEntry, pointsRule } from '../../db/schema';
import { AppError } from '../../http/errors';

export type EntryRow = typeof pointsEntry.$inferSelect;

export interface NewEntry {
  communityId: number;
  personId: number;
  kind: EntryKind;
  points: number;
  causeId: number;
  note: string;
  by: { accountId: number | null; name: string };
}

/**
 * Writes one ledger entry and moves the balance, inside the caller's transaction. The person's balance row is
 * locked `for update` first, so concurrent entries for one person queue and each sees the balance the previous one
 * left; a balance that would go below zero is refused (409) and the check constraints refuse it again.
 */
export async function appendEntry(tx: Tx, e: NewEntry): Promise<EntryRow> {
  await tx
    .insert(pointsAccount)
    .values({ communityId: e.communityId, personId: e.personId })
    .onConflictDoNothing();
  const [account] = await tx
    .select({ balance: pointsAccount.balance })
    .from(pointsAccount)
    .where(and(eq(pointsAccount.communityId, e.communityId), eq(pointsAccount.personId, e.personId)))
    .for('update');
  const next = balanceAfter(account!.balance, e.points);
  if (next === null) throw new AppError('conflict', `not enough points: the balance is ${account!.balance}`);
  const [entry] = await tx
    .insert(pointsEntry)
    .values({
      communityId: e.communityId,
      personId: e.personId,
      kind: e.kind,
      points: e.points,
      balanceAfter: next,
      causeId: e.causeId,
      note: e.note,
      byAccountId: e.by.accountId,
      byName: e.by.name,
    })
    .returning();
  await tx
    .update(pointsAccount)
    .set({ balance: next, updatedAt: new Date() })
    .where(and(eq(pointsAccount.communityId, e.communityId), eq(pointsAccount.personId, e.personId)));
  return entry!;
}

/** Has this cause already paid (a reopened event closing again earns nothing more)? */
export async function hasEntry(db: Executor, communityId: number, kind: EntryKind, causeId: number) {
  const r = await db.execute(
    sql`select 1 from ${pointsEntry} where community_id = ${communityId} and kind = ${kind} and cause_id = ${causeId}`,
  );
  return r.rows.length > 0;
}

/** The community's rules as set; keys it has not set fall back to the domain's defaults. */
export async function rulesOf(db: Executor, communityId: number): Promise<Partial<Record<RuleKey, number>>> {
  const rows = await db
    .select({ key: pointsRule.key, points: pointsRule.points })
    .from(pointsRule)
    .where(eq(pointsRule.communityId, communityId));
  return Object.fromEntries(rows.map((r) => [r.key, r.points]));
}

export async function balanceOf(db: Executor, communityId: number, personId: number) {
  const [row] = await db
    .select({ balance: pointsAccount.balance })
    .from(pointsAccount)
    .where(and(eq(pointsAccount.communityId, communityId), eq(pointsAccount.personId, personId)));
  return row?.balance ?? 0;
}
