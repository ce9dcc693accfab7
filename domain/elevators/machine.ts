import { defineMachine } from '../common/machine';

/**
 * An elevator retrofit of one unit (RULES.md §2), as a guided process: drafted by staff for an eligible unit, put to
 * its owners (art. 278 matter 7), then — once approved — the consent of every owner whose part the elevator
 * occupies, the plan's public notice with written objections resolved, and the cost-sharing table by floor.
 */
export const ELEVATOR_STATES = [
  'draft',
  'voting',
  'approved',
  'publicizing',
  'cost_sharing',
  'done',
  'rejected',
  'cancelled',
] as const;
export type ElevatorState = (typeof ELEVATOR_STATES)[number];

export const ELEVATOR_RELATIONS = [
  /** Runs the unit's decisions: community and street staff, the party branch, the owners' committee. */
  'manager',
  /** An owner of a house the elevator occupies who has not consented yet. */
  'occupied_owner',
  /** A resident of the unit (owners and tenants): they may object while the plan is noticed. */
  'resident',
] as const;
export type ElevatorRelation = (typeof ELEVATOR_RELATIONS)[number];

export const ELEVATOR_ACTIONS = [
  'start_vote',
  'close_vote',
  'set_occupied',
  'consent',
  'publish_plan',
  'close_notice',
  'save_costs',
  'complete',
  'cancel',
] as const;
export type ElevatorAction = (typeof ELEVATOR_ACTIONS)[number];

export interface ElevatorFacts {
  status: ElevatorState;
  /** Occupied houses still without their owner's consent. */
  consentsMissing: number;
  /** The plan's notice: has its period ended, and how many objections wait for an answer. */
  noticeEnded: boolean;
  objectionsPending: number;
  /** A cost table has been saved. */
  costsSaved: boolean;
}

/** The conditions beyond the state, per action; actions without one need only the state and the person. */
const GUARDS: Partial<Record<ElevatorAction, (f: ElevatorFacts) => string | null>> = {
  consent: (f) => (f.consentsMissing === 0 ? 'every occupied house has consented' : null),
  publish_plan: (f) =>
    f.consentsMissing > 0
      ? `the owners of ${f.consentsMissing} occupied house(s) have not consented yet`
      : null,
  close_notice: (f) => {
    if (!f.noticeEnded) return 'the notice period has not ended';
    return f.objectionsPending > 0 ? `${f.objectionsPending} objection(s) are not resolved yet` : null;
  },
  complete: (f) => (f.costsSaved ? null : 'the cost-sharing table is not saved yet'),
};
const guard = (action: ElevatorAction, f: ElevatorFacts) => GUARDS[action]?.(f) ?? null;

/**
 * `close_vote` leads to approved or rejected by the vote's result (`afterVote`); the table names approved, the
 * happy path. The cost table may be drafted from approval on, beside the notice; it is agreed once the notice ends.
 */
export const elevatorMachine = defineMachine<ElevatorState, ElevatorAction, ElevatorRelation, ElevatorFacts>(
  'elevator installation',
  ELEVATOR_ACTIONS,
  {
    start_vote: { from: ['draft'], to: 'voting', by: ['manager'] },
    close_vote: { from: ['voting'], to: 'approved', by: ['manager'] },
    // The plan may still move the shaft until it is noticed: the houses it occupies change with it.
    set_occupied: { from: ['draft', 'voting', 'approved'], to: null, by: ['manager'] },
    consent: { from: ['approved'], to: null, by: ['occupied_owner', 'manager'] },
    publish_plan: { from: ['approved'], to: 'publicizing', by: ['manager'] },
    close_notice: { from: ['publicizing'], to: 'cost_sharing', by: ['manager'] },
    save_costs: { from: ['approved', 'publicizing', 'cost_sharing'], to: null, by: ['manager'] },
    complete: { from: ['cost_sharing'], to: 'done', by: ['manager'] },
    cancel: { from: ['draft'], to: 'cancelled', by: ['manager'] },
  },
  guard,
);

export const afterVote = (passed: boolean): ElevatorState => (passed ? 'approved' : 'rejected');

/** The guided steps, in order, as the pages show them; where a state stands among them. */
export const ELEVATOR_STEPS = ['draft', 'voting', 'approved', 'publicizing', 'cost_sharing', 'done'] as const;
export const stepIndex = (s: ElevatorState) =>
  s === 'rejected' ? 1 : s === 'cancelled' ? 0 : ELEVATOR_STEPS.indexOf(s);

/** The plan's notice runs 15 days unless the street configures otherwise (Jinan 2019; RULES.md §2). */
export const DEFAULT_PLAN_NOTICE_DAYS = 15;
