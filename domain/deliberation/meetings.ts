import { defineMachine } from '../common/machine';

/**
 * Meetings where topics are decided: the monthly joint meeting of the compound's bodies (联席会议: 三位一体 /
 * 四位一体 / 六方议事, seeds 000–003), the residents' council (居民议事会) and the owners' assembly (业主大会).
 */
export const MEETING_KINDS = ['joint_meeting', 'residents_council', 'owners_assembly'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_STATES = ['planned', 'held', 'cancelled'] as const;
export type MeetingState = (typeof MEETING_STATES)[number];

export const MEETING_RELATIONS = ['manager', 'invitee', 'viewer'] as const;
export type MeetingRelation = (typeof MEETING_RELATIONS)[number];

export const MEETING_ACTIONS = ['edit', 'hold', 'record', 'resolve', 'cancel'] as const;
export type MeetingAction = (typeof MEETING_ACTIONS)[number];

export interface MeetingFacts {
  status: MeetingState;
  startsAt: Date;
  now: Date;
}

export const meetingMachine = defineMachine<MeetingState, MeetingAction, MeetingRelation, MeetingFacts>(
  'meeting',
  MEETING_ACTIONS,
  {
    /** Title, time, place, invitations and agenda change only before the meeting. */
    edit: { from: ['planned'], to: null, by: ['manager'] },
    /** Held: minutes and attendance recorded. */
    hold: { from: ['planned'], to: 'held', by: ['manager'] },
    /** Corrections to minutes and attendance afterwards. */
    record: { from: ['held'], to: null, by: ['manager'] },
    resolve: { from: ['held'], to: null, by: ['manager'] },
    cancel: { from: ['planned'], to: 'cancelled', by: ['manager'] },
  },
  (action, facts) =>
    action === 'hold' && facts.now.getTime() < facts.startsAt.getTime()
      ? 'a meeting can be recorded as held once it has started'
      : null,
);

/**
 * A joint meeting brings the compound's bodies to one table: at least two of them (the party branch and the
 * property company at the smallest, 三位一体 adds the owners' committee).
 */
export const JOINT_MEETING_MIN_BODIES = 2;

/** Why a meeting of `kind` with these bodies is not valid, or null. */
export function bodiesProblem(kind: MeetingKind, bodyCount: number): string | null {
  return kind === 'joint_meeting' && bodyCount < JOINT_MEETING_MIN_BODIES
    ? `a joint meeting needs at least ${JOINT_MEETING_MIN_BODIES} bodies`
    : null;
}
