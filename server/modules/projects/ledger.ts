import { and, eq } from 'drizzle-orm';
import {
  balanceAfter,
  entryRefusal,
  isIncome,
  receiptNo,
  type LedgerKind,
} from '../../../domain/projects/ledger';
import type { Tx } from '../../db/client';
import { project, projectEntry } from '../../db/schema';
import { AppError } from '../../http/errors';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { appendAudit } from '../audit/repository';
import type { EntryRow, ProjectRow } from './repository';

export interface NewEntry {
  kind: LedgerKind;
  amount: number;
  personId?: number | undefined;
  payee?: string | undefined;
  note?: string | undefined;
  by: { accountId: number | null; name: string };
}

/**
 * Appends one entry to a project's ledger and moves its totals, inside the caller's transaction, on the project row
 * the caller locked `for update`: concurrent entries queue on that lock and each sees the balance the previous one
 * left. An entry the state does not allow is `invalid_transition`; one that would take the balance below zero is a
 * 409 `conflict`; the check constraints refuse both again if a path forgot.
 */
export async function appendEntry(
  tx: Tx,
  p: ProjectRow,
  e: NewEntry,
): Promise<{ entry: EntryRow; project: ProjectRow }> {
  const refused = entryRefusal(p.status, e.kind);
  if (refused) throw new AppError('invalid_transition', refused);
  const next = balanceAfter(p.balance, e.kind, e.amount);
  if (next === null)
    throw new AppError(
      'conflict',
      `the project holds ${p.balance} cents; an entry of ${e.amount} would overdraw it`,
      {
        balance: p.balance,
      },
    );
  const contribution = e.kind === 'contribution';
  const count = p.contributions + (contribution ? 1 : 0);
  const [entry] = await tx
    .insert(projectEntry)
    .values({
      communityId: p.communityId,
      projectId: p.id,
      kind: e.kind,
      amount: e.amount,
      balanceAfter: next,
      personId: e.personId ?? null,
      receiptNo: contribution ? receiptNo(p.id, count) : null,
      payee: e.payee ?? null,
      note: e.note ?? null,
      byAccountId: e.by.accountId,
      byName: e.by.name,
    })
    .returning();
  const [updated] = await tx
    .update(project)
    .set({
      income: p.income + (isIncome(e.kind) ? e.amount : 0),
      expense: p.expense + (isIncome(e.kind) ? 0 : e.amount),
      balance: next,
      contributions: count,
      updatedAt: new Date(),
    })
    .where(and(eq(project.communityId, p.communityId), eq(project.id, p.id)))
    .returning();
  return { entry: entry!, project: updated! };
}

/** An entry and its audit row, on the project row the caller locked: every path that writes money goes through here. */
export async function recordEntry(tx: Tx, caller: Caller, p: ProjectRow, e: NewEntry) {
  const r = await appendEntry(tx, p, e);
  await appendAudit(tx, {
    communityId: p.communityId,
    actor: actorOf(caller),
    action: `project.entry_${e.kind}`,
    entityType: 'project',
    entityId: p.id,
    after: {
      entryId: r.entry.id,
      kind: e.kind,
      amount: e.amount,
      balance: r.project.balance,
      receiptNo: r.entry.receiptNo,
      personId: e.personId,
      payee: e.payee,
    },
  });
  return r.entry;
}
