import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Transition } from '../common/machine';
import {
  TOPIC_ACTIONS,
  TOPIC_RELATIONS,
  TOPIC_STATES,
  topicMachine,
  type TopicAction,
  type TopicRelation,
  type TopicState,
} from './topics';

/** The topic life, written out apart from the table so a widened or narrowed row fails here. */
const SPEC: Record<TopicAction, Transition<TopicState, TopicRelation>> = {
  comment: { from: ['open', 'scheduled'], to: null, by: ['manager', 'raiser', 'resident', 'viewer'] },
  support: { from: ['open', 'scheduled'], to: null, by: ['resident'] },
  schedule: { from: ['open'], to: 'scheduled', by: ['manager'] },
  unschedule: { from: ['scheduled'], to: 'open', by: ['manager'] },
  resolve: { from: ['scheduled'], to: 'resolved', by: ['manager'] },
  drop: { from: ['open', 'scheduled'], to: 'dropped', by: ['manager'] },
  withdraw: { from: ['open'], to: 'dropped', by: ['raiser'] },
};
const cases = TOPIC_ACTIONS.flatMap((action) =>
  TOPIC_STATES.flatMap((status) => TOPIC_RELATIONS.map((relation) => ({ action, status, relation }))),
);

describe('topic machine', () => {
  it.each(cases)('$action from $status by $relation', ({ action, status, relation }) => {
    const refusal = topicMachine.refuse(action, { status, supported: false }, new Set([relation]));
    const spec = SPEC[action];
    if (!spec.from.includes(status)) expect(refusal?.code).toBe('invalid_transition');
    else if (!spec.by.includes(relation)) expect(refusal?.code).toBe('forbidden');
    else {
      expect(refusal).toBeNull();
      expect(topicMachine.stateAfter(action, status)).toBe(spec.to ?? status);
    }
  });

  it('takes one support per account', () => {
    const resident = new Set<TopicRelation>(['resident']);
    expect(topicMachine.refuse('support', { status: 'open', supported: true }, resident)).toMatchObject({
      code: 'invalid_transition',
    });
    expect(topicMachine.allowed({ status: 'open', supported: true }, resident)).toEqual(['comment']);
  });

  it('a wrong state is reported before a wrong person', () => {
    expect(topicMachine.refuse('resolve', { status: 'open', supported: false }, new Set())).toMatchObject({
      code: 'invalid_transition',
      message: 'cannot resolve a topic that is open',
    });
  });

  it('resolved and dropped are final: nobody may do anything with them', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<TopicState>('resolved', 'dropped'),
        fc.subarray([...TOPIC_RELATIONS]),
        fc.boolean(),
        (status, relations, supported) =>
          topicMachine.allowed({ status, supported }, new Set(relations)).length === 0,
      ),
    );
  });

  it('the actions offered are exactly those not refused, for any facts and relations', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TOPIC_STATES),
        fc.subarray([...TOPIC_RELATIONS]),
        fc.boolean(),
        (status, relations, supported) => {
          const rel = new Set(relations);
          const allowed = topicMachine.allowed({ status, supported }, rel);
          return TOPIC_ACTIONS.every(
            (a) => allowed.includes(a) === (topicMachine.refuse(a, { status, supported }, rel) === null),
          );
        },
      ),
    );
  });
});
