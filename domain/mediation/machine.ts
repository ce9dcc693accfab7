/**
 * People's mediation (人民调解, seed 003: "小区矛盾化解在小区"): a dispute is taken in, mediated in sessions, and ends
 * in an agreement or fails and is referred elsewhere; an agreement is followed up by a visit before the case closes.
 * The lifecycle is data; the service checks it again on the case row it locked.
 */

export const CASE_TYPES = ['neighbour', 'property', 'construction', 'family', 'labour', 'other'] as const;
export type CaseType = (typeof CASE_TYPES)[number];

export const PARTY_ROLES = ['applicant', 'respondent'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export const CASE_STATES = ['open', 'agreed', 'failed', 'referred', 'followed_up', 'closed'] as const;
export type CaseState = (typeof CASE_STATES)[number];

/** How a case ended, for the statistics: set by the action that decides it and never changed after. */
export const OUTCOMES = ['agreed', 'failed', 'referred'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const CASE_ACTIONS = ['session', 'agree', 'fail', 'refer', 'follow_up', 'close'] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

interface Step {
  from: readonly CaseState[];
  /** The state after the action; absent when the action records something without moving the case. */
  to?: CaseState;
  /** The outcome the action decides, if any. */
  outcome?: Outcome;
}

export const MACHINE: Readonly<Record<CaseAction, Step>> = {
  session: { from: ['open'] },
  agree: { from: ['open'], to: 'agreed', outcome: 'agreed' },
  fail: { from: ['open'], to: 'failed', outcome: 'failed' },
  // A failed mediation is handed on: to the street's mediation committee, a court, labour arbitration …
  refer: { from: ['failed'], to: 'referred', outcome: 'referred' },
  // 回访: someone goes back to see whether the agreement holds.
  follow_up: { from: ['agreed'], to: 'followed_up' },
  close: { from: ['followed_up', 'referred'], to: 'closed' },
};

export type Refusal = { code: 'invalid_transition'; message: string };

export function refuseAction(state: CaseState, action: CaseAction): Refusal | null {
  const step = MACHINE[action];
  if (step.from.includes(state)) return null;
  return {
    code: 'invalid_transition',
    message: `cannot ${action.replace('_', ' ')} a case that is ${state.replace('_', ' ')}`,
  };
}

/** The state and outcome after an allowed action (the caller checked `refuseAction` first). */
export function after(state: CaseState, action: CaseAction): { state: CaseState; outcome?: Outcome } {
  const step = MACHINE[action];
  return { state: step.to ?? state, ...(step.outcome ? { outcome: step.outcome } : {}) };
}

/** The actions a case in this state allows, for a page's buttons. */
export const actionsIn = (state: CaseState): CaseAction[] =>
  CASE_ACTIONS.filter((a) => MACHINE[a].from.includes(state));

/** A case needs someone on each side: at least one applicant and one respondent. */
export function partyProblems(parties: readonly { role: PartyRole }[]): string | null {
  if (!parties.some((p) => p.role === 'applicant')) return 'at least one applicant';
  if (!parties.some((p) => p.role === 'respondent')) return 'at least one respondent';
  return null;
}
