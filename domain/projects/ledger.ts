import type { ProjectState } from './lifecycle';

/**
 * A project's money (in cents): income from the community fund, a government grant or residents' crowdfunding
 * (each contribution with its own receipt), and expenses (to a payee) or a refund of what remains. The ledger is
 * append-only; its balance never goes below zero.
 */
export const INCOME_KINDS = ['community_fund', 'government_grant', 'contribution'] as const;
export const EXPENSE_KINDS = ['expense', 'refund'] as const;
export const LEDGER_KINDS = [...INCOME_KINDS, ...EXPENSE_KINDS] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

export const isIncome = (k: LedgerKind) => (INCOME_KINDS as readonly string[]).includes(k);

/** The signed movement of an entry of `amount` cents (always positive as written). */
export const signed = (kind: LedgerKind, amount: number) => (isIncome(kind) ? amount : -amount);

/** The balance after an entry, or null when it would go below zero (an expense larger than the money held). */
export function balanceAfter(balance: number, kind: LedgerKind, amount: number): number | null {
  if (!Number.isSafeInteger(amount) || amount <= 0) return null;
  const next = balance + signed(kind, amount);
  return next < 0 ? null : next;
}

/**
 * When each kind may be written: money comes in once approved and until acceptance; it is spent while the work
 * runs and settled after acceptance; what remains is refunded after acceptance, or before, when a project is to be
 * cancelled (it may be only at a zero balance); a closed or cancelled project takes nothing.
 */
const WHEN: Record<LedgerKind, readonly ProjectState[]> = {
  community_fund: ['approved', 'in_progress', 'accepted'],
  government_grant: ['approved', 'in_progress', 'accepted'],
  contribution: ['approved', 'in_progress'],
  expense: ['in_progress', 'accepted'],
  refund: ['approved', 'in_progress', 'accepted'],
};

export function entryRefusal(status: ProjectState, kind: LedgerKind): string | null {
  return WHEN[kind].includes(status)
    ? null
    : `a ${kind} entry cannot be written while the project is ${status}`;
}

/** Residents crowdfund only projects that ask for it, while they are open to money. */
export const acceptsContributions = (status: ProjectState, crowdfunding: boolean) =>
  crowdfunding && WHEN.contribution.includes(status);

export interface Totals {
  income: number;
  expense: number;
  balance: number;
}

export function totalsOf(entries: readonly { kind: LedgerKind; amount: number }[]): Totals {
  let income = 0;
  let expense = 0;
  for (const e of entries) {
    if (isIncome(e.kind)) income += e.amount;
    else expense += e.amount;
  }
  return { income, expense, balance: income - expense };
}

/** A contribution's receipt number: the project and its running count, unique in the community (an index holds it). */
export const receiptNo = (projectId: number, n: number) =>
  `MP${String(projectId).padStart(6, '0')}-${String(n).padStart(4, '0')}`;
