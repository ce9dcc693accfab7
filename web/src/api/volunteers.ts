/** Volunteer teams and activities, and the points passbook (server/modules/volunteers, server/modules/points). */
import type {
  ActivityKind,
  ActivityState,
  CheckMethod,
  TeamLevel,
} from '../../../domain/volunteers/activities';
import type { CheckAction } from '../../../domain/volunteers/check-code';
import type { EntryKind, RuleKey } from '../../../domain/volunteers/points';
import { request } from './client';
import type { Page, PageParams } from './model';
import type { PathItem } from './org';

export { ACTIVITY_KINDS, type ActivityKind } from '../../../domain/volunteers/activities';
export { RULE_KEYS, type RuleKey } from '../../../domain/volunteers/points';
export type { CheckAction };

export interface Team {
  id: number;
  communityId: number;
  level: TeamLevel;
  nodeId: number;
  path: PathItem[];
  name: string;
  description: string | null;
  members: number;
  createdAt: string;
  actions: 'manage'[];
}

export interface Member {
  personId: number;
  name: string;
  role: 'leader' | 'member';
  joinedAt: string;
}

export type ActivityAction =
  'cancel' | 'roster' | 'check' | 'show_code' | 'sign_up' | 'withdraw' | 'check_in' | 'check_out';

export interface Activity {
  id: number;
  communityId: number;
  teamId: number | null;
  teamName: string | null;
  nodeId: number;
  path: PathItem[];
  kind: ActivityKind;
  title: string;
  description: string | null;
  place: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  signedUp: number;
  status: ActivityState;
  phase: 'upcoming' | 'running' | 'ended';
  organiserName: string;
  mySignup: {
    id: number;
    checkedInAt: string | null;
    checkedOutAt: string | null;
    minutes: number | null;
  } | null;
  actions: ActivityAction[];
}

export interface Signup {
  id: number;
  activityId: number;
  personId: number;
  name: string;
  signedUpAt: string;
  cancelledAt: string | null;
  checkedInAt: string | null;
  checkedInBy: CheckMethod | null;
  checkedOutAt: string | null;
  checkedOutBy: CheckMethod | null;
  minutes: number | null;
  hours: number | null;
  points: number | null;
}

export interface NewActivity {
  nodeId: number;
  teamId?: number;
  kind: ActivityKind;
  title: string;
  description?: string;
  place: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
}

export interface StatsRow {
  id: number;
  name: string;
  activities: number;
  personTimes: number;
  people: number;
  minutes: number;
  hours: number;
}
export type StatsBy = 'person' | 'team' | 'scope';
export interface StatsPage extends Page<StatsRow> {
  total: { activities: number; personTimes: number; people: number; hours: number };
}

export interface MyService {
  people: { personId: number; communityId: number; name: string }[];
  personTimes: number;
  hours: number;
  signups: (Signup & { title: string; place: string; startsAt: string; endsAt: string })[];
}

export interface Entry {
  id: number;
  communityId: number;
  personId: number;
  kind: EntryKind;
  points: number;
  balanceAfter: number;
  causeId: number;
  note: string;
  byName: string;
  createdAt: string;
}

export interface Passbook {
  personId: number;
  communityId: number;
  name: string;
  balance: number;
}

export interface Statement {
  personId: number;
  name: string;
  month: string;
  opening: number;
  earned: number;
  spent: number;
  closing: number;
  entries: Entry[];
}

export interface Reward {
  id: number;
  communityId: number;
  nodeId: number;
  path: PathItem[];
  name: string;
  description: string | null;
  cost: number;
  stock: number | null;
  active: boolean;
  actions: ('update' | 'redeem')[];
}

export interface Redemption {
  id: number;
  communityId: number;
  rewardId: number;
  rewardName: string;
  personId: number;
  name: string;
  cost: number;
  status: 'requested' | 'delivered';
  createdAt: string;
  deliveredAt: string | null;
  balanceAfter: number | null;
  actions: 'deliver'[];
}

export interface Rules {
  communityId: number;
  rules: Record<RuleKey, number>;
  custom: RuleKey[];
  actions: 'update'[];
}

type Q = PageParams & Record<string, string | number | boolean | null | undefined>;
const get = <T>(path: string, query: Q = {}, signal?: AbortSignal) =>
  request<T>('GET', path, { query, signal });
const post = <T>(path: string, body: unknown = {}) => request<T>('POST', path, { body });

export const listTeams = (q: Q, signal?: AbortSignal) => get<Page<Team>>('/volunteers/teams', q, signal);
export const createTeam = (body: {
  nodeId: number;
  name: string;
  description?: string;
  communityId?: number;
}) => post<Team>('/volunteers/teams', body);
export const listMembers = (id: number, q: Q, signal?: AbortSignal) =>
  get<Page<Member>>(`/volunteers/teams/${id}/members`, q, signal);
export const addMember = (id: number, personId: number, role: 'leader' | 'member') =>
  post<Member>(`/volunteers/teams/${id}/members`, { personId, role });
export const removeMember = (id: number, personId: number) =>
  request<void>('DELETE', `/volunteers/teams/${id}/members/${personId}`);

export const listActivities = (q: Q, signal?: AbortSignal) =>
  get<Page<Activity>>('/volunteers/activities', q, signal);
export const getActivity = (id: number, signal?: AbortSignal) =>
  get<Activity>(`/volunteers/activities/${id}`, {}, signal);
export const createActivity = (body: NewActivity) => post<Activity>('/volunteers/activities', body);
export const cancelActivity = (id: number) => post<Activity>(`/volunteers/activities/${id}/cancel`);
export const listSignups = (id: number, q: Q, signal?: AbortSignal) =>
  get<Page<Signup>>(`/volunteers/activities/${id}/signups`, q, signal);
export const signUp = (id: number, personId?: number) =>
  post<Signup>(`/volunteers/activities/${id}/signups`, personId ? { personId } : {});
export const withdraw = (id: number) => post<Signup>(`/volunteers/activities/${id}/withdraw`);
export const checkSignup = (id: number, signupId: number, action: CheckAction) =>
  post<Signup>(`/volunteers/activities/${id}/signups/${signupId}/check-${action}`);
export const getCode = (id: number, action: CheckAction, signal?: AbortSignal) =>
  get<{ activityId: number; action: CheckAction; code: string; expiresAt: string }>(
    `/volunteers/activities/${id}/code`,
    { action },
    signal,
  );
export const checkByCode = (body: { activityId: number; action: CheckAction; code: string }) =>
  post<Signup>('/volunteers/check', body);
export const getStats = (q: Q & { by: StatsBy }, signal?: AbortSignal) =>
  get<StatsPage>('/volunteers/stats', q, signal);
export const getMyService = (signal?: AbortSignal) => get<MyService>('/volunteers/me', {}, signal);

export const getRules = (communityId: number, signal?: AbortSignal) =>
  get<Rules>('/points/rules', { communityId }, signal);
export const setRules = (communityId: number, rules: Partial<Record<RuleKey, number>>) =>
  request<Rules>('PUT', '/points/rules', { body: { communityId, rules } });
export const listPassbooks = (q: Q & { communityId: number }, signal?: AbortSignal) =>
  get<Page<Passbook>>('/points/passbooks', q, signal);
export const getPassbook = (personId: number, signal?: AbortSignal) =>
  get<Passbook>(`/points/passbooks/${personId}`, {}, signal);
export const listEntries = (personId: number, q: Q, signal?: AbortSignal) =>
  get<Page<Entry>>(`/points/passbooks/${personId}/entries`, q, signal);
export const getStatement = (personId: number, month: string, signal?: AbortSignal) =>
  get<Statement>(`/points/passbooks/${personId}/statement`, { month }, signal);
export const statementUrl = (personId: number, month: string) =>
  `/api/v1/points/passbooks/${personId}/statement.xlsx?month=${month}`;
export const getMyPoints = (q: Q, signal?: AbortSignal) =>
  get<Page<Entry> & { passbooks: Passbook[] }>('/points/me', q, signal);
export const listRewards = (q: Q, signal?: AbortSignal) => get<Page<Reward>>('/points/rewards', q, signal);
export const createReward = (body: {
  nodeId: number;
  name: string;
  description?: string;
  cost: number;
  stock?: number;
}) => post<Reward>('/points/rewards', body);
export const updateReward = (id: number, body: { active?: boolean; stock?: number | null }) =>
  request<Reward>('PATCH', `/points/rewards/${id}`, { body });
export const redeem = (id: number, personId?: number) =>
  post<Redemption>(`/points/rewards/${id}/redeem`, personId ? { personId } : {});
export const listRedemptions = (q: Q & { communityId: number }, signal?: AbortSignal) =>
  get<Page<Redemption>>('/points/redemptions', q, signal);
export const deliverRedemption = (id: number) => post<Redemption>(`/points/redemptions/${id}/deliver`);

export interface PartyService {
  compounds: { communityId: number; compoundId: number; name: string }[];
  openRequests: {
    id: number;
    compoundName: string;
    categoryCode: string;
    description: string;
    reportedAt: string;
  }[];
  activities: Activity[];
  months: { month: string; hours: number; personTimes: number; requests: number }[];
}
export const getPartyService = (signal?: AbortSignal) =>
  get<PartyService>('/volunteers/party-service', {}, signal);
/** 党员接单: the party member takes an open request (the events API's `take`). */
export const takeRequest = (eventId: number) => post<unknown>(`/events/${eventId}/actions/take`, {});
