import { defineMachine } from '../common/machine';

/**
 * A topic (议题, seed 001 "民事民议、民事民定"): raised by a resident or a body, discussed in a thread, supported by
 * residents, put on a meeting's agenda, and resolved there (or dropped).
 */
export const TOPIC_STATES = ['open', 'scheduled', 'resolved', 'dropped'] as const;
export type TopicState = (typeof TOPIC_STATES)[number];

export const TOPIC_RELATIONS = [
  /** Convenes meetings over the topic's place: community staff, the party branch, the owners' committee. */
  'manager',
  /** The account that raised it. */
  'raiser',
  /** A resident of the topic's compound (a bound house there). */
  'resident',
  /** Staff who may read the compound's deliberations. */
  'viewer',
] as const;
export type TopicRelation = (typeof TOPIC_RELATIONS)[number];

export const TOPIC_ACTIONS = [
  'comment',
  'support',
  'schedule',
  'unschedule',
  'resolve',
  'drop',
  'withdraw',
] as const;
export type TopicAction = (typeof TOPIC_ACTIONS)[number];

/** Actions with their own route; schedule, unschedule and resolve happen through a meeting. */
export const TOPIC_DIRECT_ACTIONS = ['support', 'drop', 'withdraw'] as const;

const LIVE: readonly TopicState[] = ['open', 'scheduled'];

export interface TopicFacts {
  status: TopicState;
  /** The caller has supported it already: one support per account. */
  supported: boolean;
}

export const topicMachine = defineMachine<TopicState, TopicAction, TopicRelation, TopicFacts>(
  'topic',
  TOPIC_ACTIONS,
  {
    comment: { from: LIVE, to: null, by: ['manager', 'raiser', 'resident', 'viewer'] },
    support: { from: LIVE, to: null, by: ['resident'] },
    schedule: { from: ['open'], to: 'scheduled', by: ['manager'] },
    unschedule: { from: ['scheduled'], to: 'open', by: ['manager'] },
    resolve: { from: ['scheduled'], to: 'resolved', by: ['manager'] },
    drop: { from: LIVE, to: 'dropped', by: ['manager'] },
    // The raiser may take back a topic nobody has put on an agenda yet.
    withdraw: { from: ['open'], to: 'dropped', by: ['raiser'] },
  },
  (action, facts) => (action === 'support' && facts.supported ? 'you support this topic already' : null),
);
