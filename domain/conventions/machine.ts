import { defineMachine } from '../common/machine';

/**
 * A convention (公约, 管理规约): drafted by staff for a compound or a building, adopted by its owners' vote (art. 278
 * matter 2), then signed by residents, one signature each.
 */
export const CONVENTION_STATES = ['draft', 'voting', 'adopted', 'rejected', 'cancelled'] as const;
export type ConventionState = (typeof CONVENTION_STATES)[number];

export const CONVENTION_RELATIONS = [
  'manager',
  /** A resident whose home lies under the convention's place and who has not signed it. */
  'unsigned_resident',
] as const;
export type ConventionRelation = (typeof CONVENTION_RELATIONS)[number];

export const CONVENTION_ACTIONS = ['edit', 'start_vote', 'close_vote', 'sign', 'cancel'] as const;
export type ConventionAction = (typeof CONVENTION_ACTIONS)[number];

export const conventionMachine = defineMachine<
  ConventionState,
  ConventionAction,
  ConventionRelation,
  { status: ConventionState }
>('convention', CONVENTION_ACTIONS, {
  edit: { from: ['draft'], to: null, by: ['manager'] },
  start_vote: { from: ['draft'], to: 'voting', by: ['manager'] },
  // To adopted or rejected by the vote's result (`afterConventionVote`).
  close_vote: { from: ['voting'], to: 'adopted', by: ['manager'] },
  sign: { from: ['adopted'], to: null, by: ['unsigned_resident'] },
  cancel: { from: ['draft'], to: 'cancelled', by: ['manager'] },
});

export const afterConventionVote = (passed: boolean): ConventionState => (passed ? 'adopted' : 'rejected');

export interface BuildingCoverage {
  households: number;
  signedHouseholds: number;
}

/** Signed households over households, 0–1, rounded to four places for display; an empty building covers nothing. */
export const coverage = (b: BuildingCoverage) =>
  b.households > 0
    ? Math.round((Math.min(b.signedHouseholds, b.households) / b.households) * 10_000) / 10_000
    : 0;
