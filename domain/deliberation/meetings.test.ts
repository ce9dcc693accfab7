import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Transition } from '../common/machine';
import {
  JOINT_MEETING_MIN_BODIES,
  MEETING_ACTIONS,
  MEETING_KINDS,
  MEETING_RELATIONS,
  MEETING_STATES,
  bodiesProblem,
  meetingMachine,
  type MeetingAction,
  type MeetingRelation,
  type MeetingState,
} from './meetings';

const SPEC: Record<MeetingAction, Transition<MeetingState, MeetingRelation>> = {
  edit: { from: ['planned'], to: null, by: ['manager'] },
  hold: { from: ['planned'], to: 'held', by: ['manager'] },
  record: { from: ['held'], to: null, by: ['manager'] },
  resolve: { from: ['held'], to: null, by: ['manager'] },
  cancel: { from: ['planned'], to: 'cancelled', by: ['manager'] },
};
const NOW = new Date('2026-03-09T02:00:00Z');
const STARTED = new Date(NOW.getTime() - 3_600_000);
const cases = MEETING_ACTIONS.flatMap((action) =>
  MEETING_STATES.flatMap((status) => MEETING_RELATIONS.map((relation) => ({ action, status, relation }))),
);

describe('meeting machine', () => {
  it.each(cases)('$action from $status by $relation', ({ action, status, relation }) => {
    const refusal = meetingMachine.refuse(
      action,
      { status, startsAt: STARTED, now: NOW },
      new Set([relation]),
    );
    const spec = SPEC[action];
    if (!spec.from.includes(status)) expect(refusal?.code).toBe('invalid_transition');
    else if (!spec.by.includes(relation)) expect(refusal?.code).toBe('forbidden');
    else {
      expect(refusal).toBeNull();
      expect(meetingMachine.stateAfter(action, status)).toBe(spec.to ?? status);
    }
  });

  it('is held only once it has started (to the millisecond)', () => {
    const manager = new Set<MeetingRelation>(['manager']);
    const at = (ms: number) =>
      meetingMachine.refuse(
        'hold',
        { status: 'planned', startsAt: NOW, now: new Date(NOW.getTime() + ms) },
        manager,
      );
    expect(at(-1)?.code).toBe('invalid_transition');
    expect(at(0)).toBeNull();
    expect(at(1)).toBeNull();
    // Cancelling or editing a future meeting is fine.
    expect(
      meetingMachine.allowed({ status: 'planned', startsAt: new Date(NOW.getTime() + 1), now: NOW }, manager),
    ).toEqual(['edit', 'cancel']);
  });

  it('invitees and viewers take no action; a cancelled meeting offers nothing', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MEETING_STATES),
        fc.date({ noInvalidDate: true }),
        (status, startsAt) => {
          const facts = { status, startsAt, now: NOW };
          return (
            meetingMachine.allowed(facts, new Set<MeetingRelation>(['invitee', 'viewer'])).length === 0 &&
            meetingMachine.allowed({ ...facts, status: 'cancelled' }, new Set(MEETING_RELATIONS)).length === 0
          );
        },
      ),
    );
  });
});

describe('joint meeting bodies', () => {
  it('needs at least two bodies at a joint meeting; other meetings need none', () => {
    expect(JOINT_MEETING_MIN_BODIES).toBe(2);
    expect(bodiesProblem('joint_meeting', 1)).toMatch(/at least 2/);
    expect(bodiesProblem('joint_meeting', 2)).toBeNull();
    fc.assert(
      fc.property(
        fc.constantFrom(...MEETING_KINDS),
        fc.nat(20),
        (kind, n) => (bodiesProblem(kind, n) === null) === (kind !== 'joint_meeting' || n >= 2),
      ),
    );
  });
});
