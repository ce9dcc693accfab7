import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ELEVATOR_ACTIONS } from './machine';
import {
  afterVote,
  ELEVATOR_STATES,
  elevatorMachine,
  stepIndex,
  type ElevatorFacts,
  type ElevatorRelation,
  type ElevatorState,
} from './machine';

const facts = (status: ElevatorState, more: Partial<ElevatorFacts> = {}): ElevatorFacts => ({
  status,
  consentsMissing: 0,
  noticeEnded: false,
  objectionsPending: 0,
  costsSaved: false,
  ...more,
});
const manager = new Set<ElevatorRelation>(['manager']);
const occupied = new Set<ElevatorRelation>(['occupied_owner']);
const resident = new Set<ElevatorRelation>(['resident']);

describe('elevator retrofit machine', () => {
  it('walks the happy path draft → voting → approved → publicizing → cost_sharing → done', () => {
    const path: [ElevatorState, (typeof ELEVATOR_ACTIONS)[number], Partial<ElevatorFacts>][] = [
      ['draft', 'start_vote', {}],
      ['voting', 'close_vote', {}],
      ['approved', 'publish_plan', {}],
      ['publicizing', 'close_notice', { noticeEnded: true }],
      ['cost_sharing', 'complete', { costsSaved: true }],
    ];
    let s: ElevatorState = 'draft';
    for (const [from, action, more] of path) {
      expect(s).toBe(from);
      expect(elevatorMachine.refuse(action, facts(s, more), manager)).toBeNull();
      s = elevatorMachine.stateAfter(action, s);
    }
    expect(s).toBe('done');
  });

  it('decides the vote by its result', () => {
    expect(afterVote(true)).toBe('approved');
    expect(afterVote(false)).toBe('rejected');
  });

  it('refuses a wrong state with invalid_transition before a wrong person', () => {
    expect(elevatorMachine.refuse('close_vote', facts('draft'), resident)?.code).toBe('invalid_transition');
    expect(elevatorMachine.refuse('start_vote', facts('draft'), resident)?.code).toBe('forbidden');
    expect(elevatorMachine.refuse('start_vote', facts('voting'), manager)?.code).toBe('invalid_transition');
    expect(elevatorMachine.refuse('cancel', facts('approved'), manager)?.code).toBe('invalid_transition');
  });

  it('needs every occupied owner to consent before the plan is noticed; consent is theirs or staff on paper', () => {
    expect(
      elevatorMachine.refuse('publish_plan', facts('approved', { consentsMissing: 1 }), manager)?.code,
    ).toBe('invalid_transition');
    expect(elevatorMachine.refuse('consent', facts('approved', { consentsMissing: 1 }), occupied)).toBeNull();
    expect(elevatorMachine.refuse('consent', facts('approved', { consentsMissing: 1 }), resident)?.code).toBe(
      'forbidden',
    );
    expect(elevatorMachine.refuse('consent', facts('approved'), occupied)?.code).toBe('invalid_transition');
    expect(elevatorMachine.refuse('consent', facts('voting', { consentsMissing: 1 }), occupied)?.code).toBe(
      'invalid_transition',
    );
  });

  it('closes the notice only after its period and with every objection resolved', () => {
    const m = (more: Partial<ElevatorFacts>) =>
      elevatorMachine.refuse('close_notice', facts('publicizing', more), manager);
    expect(m({ noticeEnded: false })?.message).toMatch(/not ended/);
    expect(m({ noticeEnded: true, objectionsPending: 2 })?.message).toMatch(/2 objection/);
    expect(m({ noticeEnded: true, objectionsPending: 0 })).toBeNull();
  });

  it('lets the cost table be drafted from approval on, and completes only with it saved', () => {
    for (const s of ['approved', 'publicizing', 'cost_sharing'] as const)
      expect(elevatorMachine.refuse('save_costs', facts(s), manager)).toBeNull();
    for (const s of ['draft', 'voting', 'done', 'rejected'] as const)
      expect(elevatorMachine.refuse('save_costs', facts(s), manager)?.code).toBe('invalid_transition');
    expect(elevatorMachine.refuse('complete', facts('cost_sharing'), manager)?.code).toBe(
      'invalid_transition',
    );
  });

  it('offers exactly the actions the machine allows, and nothing from the final states (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ELEVATOR_STATES),
        fc.nat(3),
        fc.boolean(),
        fc.nat(3),
        fc.boolean(),
        fc.subarray(['manager', 'occupied_owner', 'resident'] as ElevatorRelation[]),
        (status, consentsMissing, noticeEnded, objectionsPending, costsSaved, rel) => {
          const f = { status, consentsMissing, noticeEnded, objectionsPending, costsSaved };
          const r = new Set(rel);
          for (const a of elevatorMachine.allowed(f, r)) expect(elevatorMachine.refuse(a, f, r)).toBeNull();
          if (status === 'done' || status === 'rejected' || status === 'cancelled')
            expect(elevatorMachine.allowed(f, r)).toEqual([]);
        },
      ),
    );
  });

  it('places each state on the guided steps', () => {
    expect(stepIndex('draft')).toBe(0);
    expect(stepIndex('cost_sharing')).toBe(4);
    expect(stepIndex('rejected')).toBe(1);
  });
});
