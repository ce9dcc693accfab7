/** Deliberation (议事, server/modules/deliberation): topics, meetings, resolutions and their follow-ups, stats. */
import type { EventState } from '../../../domain/events/machine';
import type { Progress, TaskAction, TaskState } from '../../../domain/deliberation/follow-ups';
import type { MeetingAction, MeetingKind, MeetingState } from '../../../domain/deliberation/meetings';
import type { TopicAction, TopicState } from '../../../domain/deliberation/topics';
import { request } from './client';
import type { Page, PageParams } from './model';

export { MEETING_KINDS, MEETING_STATES } from '../../../domain/deliberation/meetings';
export { TOPIC_STATES } from '../../../domain/deliberation/topics';
export type { MeetingKind, MeetingState, Progress, TopicAction, TopicState };

export interface MeetingRef {
  id: number;
  title: string;
  kind: MeetingKind;
  startsAt: string;
  location: string;
  status: MeetingState;
}

export interface TopicSummary {
  id: number;
  communityId: number;
  compoundId: number | null;
  placeName: string;
  title: string;
  status: TopicState;
  source: 'resident' | 'staff';
  raisedByName: string;
  supportCount: number;
  commentCount: number;
  createdAt: string;
}

export interface Topic extends TopicSummary {
  body: string;
  supportedByMe: boolean;
  meeting: MeetingRef | null;
  resolution: { id: number; text: string; consensus: boolean } | null;
  actions: TopicAction[];
}

export interface TopicComment {
  id: number;
  authorName: string;
  authorKind: 'resident' | 'staff';
  body: string;
  createdAt: string;
}

export interface FollowUp {
  id: number;
  kind: 'event' | 'task';
  title: string;
  progress: Progress;
  ownerName: string | null;
  dueOn: string | null;
  status: TaskState | null;
  doneAt: string | null;
  event: { id: number; status: EventState; deadline: string | null } | null;
  actions: TaskAction[];
}

export interface Resolution {
  id: number;
  topicId: number | null;
  topicTitle: string | null;
  text: string;
  consensus: boolean;
  createdAt: string;
  followUps: FollowUp[];
}

export interface MeetingSummary extends MeetingRef {
  communityId: number;
  compoundId: number | null;
  placeName: string;
  convenedByName: string;
}

export interface Invitee {
  id: number;
  bodyId: number | null;
  bodyKind: string | null;
  accountId: number | null;
  name: string;
  attended: boolean | null;
}

export interface Meeting extends MeetingSummary {
  minutes: string | null;
  otherAttendees: number;
  heldAt: string | null;
  cancelReason: string | null;
  invitees: Invitee[];
  agenda: (TopicSummary & { position: number })[];
  resolutions: Resolution[];
  actions: MeetingAction[];
}

export interface TopicQuery extends PageParams {
  nodeId?: number;
  status?: TopicState;
}

export interface MeetingQuery extends PageParams {
  nodeId?: number;
  kind?: MeetingKind;
  status?: MeetingState;
}

export interface NewMeeting {
  kind: MeetingKind;
  nodeId: number;
  title: string;
  startsAt: string;
  location: string;
  bodyIds?: number[];
  accountIds?: number[];
  topicIds?: number[];
}

export type MeetingPatch = Partial<
  Pick<NewMeeting, 'title' | 'startsAt' | 'location' | 'bodyIds' | 'accountIds'>
>;

export interface MeetingRecord {
  minutes: string;
  attendedInviteeIds: number[];
  otherAttendees?: number;
}

export type NewFollowUp =
  | { kind: 'event'; categoryCode: string; description: string; nodeId?: number }
  | { kind: 'task'; title: string; ownerAccountId: number; dueOn: string };

export interface NewResolution {
  topicId?: number;
  text: string;
  consensus: boolean;
  followUps?: NewFollowUp[];
}

export interface Assignee {
  accountId: number;
  displayName: string;
  roles: string[];
}

interface Counts {
  sessions: number;
  resolutions: number;
  consensus: number;
}

export interface DeliberationStats extends Counts {
  nodeId: number;
  from: string;
  to: string;
  byKind: { kind: MeetingKind; sessions: number }[];
  topicsRaised: number;
  topicsResolved: number;
  consensusRate: number | null;
  followUps: { total: number; open: number; overdue: number; done: number; dropped: number };
  byMonth: (Counts & { month: string })[];
  byCommunity: (Counts & { communityId: number; name: string })[];
}

const BASE = '/deliberation';

export const listTopics = (query: TopicQuery, signal?: AbortSignal) =>
  request<Page<TopicSummary>>('GET', `${BASE}/topics`, { query: { ...query }, signal });
export const getTopic = (id: number, signal?: AbortSignal) =>
  request<Topic>('GET', `${BASE}/topics/${id}`, { signal });
export const raiseTopic = (body: { nodeId: number; title: string; body: string }) =>
  request<Topic>('POST', `${BASE}/topics`, { body });
export const topicAction = (id: number, action: 'support' | 'drop' | 'withdraw', reason?: string) =>
  request<Topic>('POST', `${BASE}/topics/${id}/actions/${action}`, { body: reason ? { reason } : {} });
export const listComments = (id: number, query: PageParams, signal?: AbortSignal) =>
  request<Page<TopicComment>>('GET', `${BASE}/topics/${id}/comments`, { query: { ...query }, signal });
export const addComment = (id: number, body: string) =>
  request<TopicComment>('POST', `${BASE}/topics/${id}/comments`, { body: { body } });

export const listMeetings = (query: MeetingQuery, signal?: AbortSignal) =>
  request<Page<MeetingSummary>>('GET', `${BASE}/meetings`, { query: { ...query }, signal });
export const getMeeting = (id: number, signal?: AbortSignal) =>
  request<Meeting>('GET', `${BASE}/meetings/${id}`, { signal });
export const createMeeting = (body: NewMeeting) => request<Meeting>('POST', `${BASE}/meetings`, { body });
export const editMeeting = (id: number, body: MeetingPatch) =>
  request<Meeting>('PATCH', `${BASE}/meetings/${id}`, { body });
export const addToAgenda = (id: number, topicId: number) =>
  request<Meeting>('POST', `${BASE}/meetings/${id}/agenda`, { body: { topicId } });
export const removeFromAgenda = (id: number, topicId: number) =>
  request<Meeting>('DELETE', `${BASE}/meetings/${id}/agenda/${topicId}`);
/** `hold` the first time (planned → held), `record` for corrections afterwards. */
export const recordMeeting = (id: number, first: boolean, body: MeetingRecord) =>
  first
    ? request<Meeting>('POST', `${BASE}/meetings/${id}/actions/hold`, { body })
    : request<Meeting>('PUT', `${BASE}/meetings/${id}/record`, { body });
export const cancelMeeting = (id: number, reason: string) =>
  request<Meeting>('POST', `${BASE}/meetings/${id}/actions/cancel`, { body: { reason } });
export const listAssignees = (id: number, signal?: AbortSignal) =>
  request<{ items: Assignee[] }>('GET', `${BASE}/meetings/${id}/assignees`, { signal });
export const addResolution = (id: number, body: NewResolution) =>
  request<Meeting>('POST', `${BASE}/meetings/${id}/resolutions`, { body });
export const followUpAction = (id: number, action: TaskAction) =>
  request<FollowUp>('POST', `${BASE}/follow-ups/${id}/actions/${action}`);

export const getDeliberationStats = (
  query: { nodeId: number; from?: string; to?: string },
  signal?: AbortSignal,
) => request<DeliberationStats>('GET', `${BASE}/stats`, { query: { ...query }, signal });
