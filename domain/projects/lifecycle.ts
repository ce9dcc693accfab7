import { defineMachine } from '../common/machine';

/**
 * A micro-project (民生微实事): proposed from the needs list, approved by the community or by a passed owner vote,
 * carried out, accepted (验收) with photos, and closed once its money ledger balances. Until it is accepted it may be
 * cancelled instead, also only at a zero balance: its ledger is append-only, so a project that took money is never
 * deleted, and what it still holds is refunded or spent first.
 */
export const PROJECT_STATES = [
  'proposed',
  'approved',
  'in_progress',
  'accepted',
  'closed',
  'cancelled',
] as const;
export type ProjectState = (typeof PROJECT_STATES)[number];

export const PROJECT_ACTIONS = ['approve', 'start', 'accept', 'close', 'cancel'] as const;
export type ProjectAction = (typeof PROJECT_ACTIONS)[number];

/** Only those who run projects act on them; residents contribute through the ledger, not the lifecycle. */
export type ProjectRelation = 'manager';

/** How a project was approved: by the community's decision, or by an owner vote that passed. */
export const APPROVAL_KINDS = ['community', 'vote'] as const;
export type ApprovalKind = (typeof APPROVAL_KINDS)[number];

export interface ProjectFacts {
  status: ProjectState;
  /** For `approve` by vote: the vote is closed and passed. Irrelevant (true) for the community's own approval. */
  approvalValid: boolean;
  /** Photos of the finished work attached to the acceptance. */
  photos: number;
  /** Income minus expense, in cents: a project closes only at zero. */
  balance: number;
}

const unspent = (balance: number, doing: string) =>
  balance === 0
    ? null
    : `the ledger does not balance: ${balance} cents remain; spend or refund them before ${doing}`;

const GUARDS: Partial<Record<ProjectAction, (f: ProjectFacts) => string | null>> = {
  approve: (f) => (f.approvalValid ? null : 'the owner vote named has not passed'),
  accept: (f) => (f.photos > 0 ? null : 'an acceptance needs at least one photo of the finished work'),
  close: (f) => unspent(f.balance, 'closing'),
  cancel: (f) => unspent(f.balance, 'cancelling'),
};

export const projectMachine = defineMachine<ProjectState, ProjectAction, ProjectRelation, ProjectFacts>(
  'micro-project',
  PROJECT_ACTIONS,
  {
    approve: { from: ['proposed'], to: 'approved', by: ['manager'] },
    start: { from: ['approved'], to: 'in_progress', by: ['manager'] },
    accept: { from: ['in_progress'], to: 'accepted', by: ['manager'] },
    close: { from: ['accepted'], to: 'closed', by: ['manager'] },
    cancel: { from: ['proposed', 'approved', 'in_progress'], to: 'cancelled', by: ['manager'] },
  },
  (action, facts) => GUARDS[action]?.(facts) ?? null,
);

/**
 * Residents see a project once it is approved: a proposal is still the community's to weigh, and one cancelled
 * before approval stays the community's too (the state alone cannot tell, so it is the approval that counts).
 */
export const visibleToResidents = (p: { approvedAt: Date | string | null }) => p.approvedAt !== null;

/**
 * What a project is (title, description, budget, crowdfunding, its needs and resources) may be edited while it is
 * proposed: approval, by the community or an owner vote, was given to what it said then.
 */
export const editable = (s: ProjectState) => s === 'proposed';
