/** People's mediation and residents' self-organisations (server/modules/mediation, server/modules/selforgs). */
import type { CaseAction, CaseState, CaseType, Outcome, PartyRole } from '../../../domain/mediation/machine';
import type { SelfOrgKind, Stage, SupportKind } from '../../../domain/selforgs/stages';
import { request } from './client';
import type { Page, PageParams } from './model';
import type { PathItem } from './org';

export { CASE_TYPES, type CaseType, type CaseAction } from '../../../domain/mediation/machine';
export { SELF_ORG_KINDS, STAGES, SUPPORT_KINDS, type Stage } from '../../../domain/selforgs/stages';

export interface Party {
  id: number;
  role: PartyRole;
  name: string;
  personId: number | null;
}

export interface CaseSummary {
  id: number;
  communityId: number;
  nodeId: number;
  path: PathItem[];
  eventId: number | null;
  type: CaseType;
  title: string;
  status: CaseState;
  outcome: Outcome | null;
  parties: Party[];
  openedAt: string;
  closedAt: string | null;
}

export interface MediationCase extends CaseSummary {
  summary: string;
  agreement: string | null;
  failureReason: string | null;
  referredTo: string | null;
  followUpOn: string | null;
  followUpResult: string | null;
  mediators: { personId: number; name: string }[];
  sessions: {
    id: number;
    heldAt: string;
    place: string;
    notes: string;
    attendees: string[];
    recordedByName: string;
  }[];
  decidedAt: string | null;
  createdByName: string;
  actions: CaseAction[];
}

export interface CaseBody {
  nodeId?: number;
  eventId?: number;
  type: CaseType;
  title: string;
  summary: string;
  parties: { role: PartyRole; name: string; personId?: number }[];
  mediatorIds?: number[];
}

export interface Counts {
  total: number;
  pending: number;
  agreed: number;
  failed: number;
  referred: number;
}
export interface MediationStats {
  total: Counts;
  byType: (Counts & { type: CaseType })[];
  agreementRate: number | null;
}
export interface Trend {
  type: CaseType;
  months: { month: string; count: number; previous: number; rate: number | null }[];
  total: number;
  previousTotal: number;
  rate: number | null;
}
export interface Mediator {
  communityId: number;
  personId: number;
  name: string;
  since: string;
  cases: number;
}

export interface SelfOrg {
  id: number;
  communityId: number;
  nodeId: number;
  path: PathItem[];
  name: string;
  kind: SelfOrgKind;
  description: string | null;
  leader: { personId: number; name: string } | null;
  stage: Stage;
  members: number;
  createdAt: string;
  actions: 'manage'[];
  nextStages: Stage[];
}
export interface SelfOrgDetail extends SelfOrg {
  stages: { fromStage: Stage | null; toStage: Stage; on: string; note: string | null; byName: string }[];
  support: {
    id: number;
    kind: SupportKind;
    provider: string;
    amount: number | null;
    receivedOn: string;
    note: string | null;
  }[];
  activities: { id: number; title: string; place: string; startsAt: string; status: string }[];
}
export interface SelfOrgStats {
  byStage: { stage: Stage; count: number }[];
  total: number;
  incubated: number;
  members: number;
}

type Q = PageParams & Record<string, string | number | boolean | null | undefined>;
const get = <T>(path: string, query: Q = {}, signal?: AbortSignal) =>
  request<T>('GET', path, { query, signal });
const post = <T>(path: string, body: unknown = {}) => request<T>('POST', path, { body });

export const listCases = (q: Q, signal?: AbortSignal) =>
  get<Page<CaseSummary>>('/mediation/cases', q, signal);
export const getCase = (id: number, signal?: AbortSignal) =>
  get<MediationCase>(`/mediation/cases/${id}`, {}, signal);
export const openCase = (body: CaseBody) => post<MediationCase>('/mediation/cases', body);
export const recordSession = (
  id: number,
  body: { heldAt: string; place: string; notes: string; attendees: string[] },
) => post<MediationCase>(`/mediation/cases/${id}/sessions`, body);

/** Each deciding action's path and body. */
export type Decision =
  | { action: 'agree'; agreement: string }
  | { action: 'fail'; reason: string }
  | { action: 'refer'; referredTo: string }
  | { action: 'follow_up'; visitedOn: string; result: string }
  | { action: 'close' };
export const decide = (id: number, { action, ...body }: Decision) =>
  post<MediationCase>(`/mediation/cases/${id}/${action.replace('_', '-')}`, body);

export const listMediators = (q: Q, signal?: AbortSignal) =>
  get<Page<Mediator>>('/mediation/mediators', q, signal);
export const addMediator = (body: { communityId: number; personId: number }) =>
  post<Mediator>('/mediation/mediators', body);
export const getStats = (q: Q, signal?: AbortSignal) => get<MediationStats>('/mediation/stats', q, signal);
export const getTrend = (q: Q, signal?: AbortSignal) => get<Trend>('/mediation/trend', q, signal);
export const myCases = (signal?: AbortSignal) => get<{ items: CaseSummary[] }>('/mediation/mine', {}, signal);
/** The ledger as xlsx, for a plain download link. */
export const casesExportUrl = (nodeId?: number) =>
  `/api/v1/mediation/cases.xlsx${nodeId ? `?nodeId=${nodeId}` : ''}`;

export const listOrgs = (q: Q, signal?: AbortSignal) => get<Page<SelfOrg>>('/self-orgs', q, signal);
export const getOrg = (id: number, signal?: AbortSignal) =>
  get<SelfOrgDetail>(`/self-orgs/${id}`, {}, signal);
export const createOrg = (body: {
  nodeId: number;
  name: string;
  kind: SelfOrgKind;
  description?: string;
  leaderPersonId?: number;
}) => post<SelfOrgDetail>('/self-orgs', body);
export const changeStage = (id: number, body: { stage: Stage; on: string; note?: string }) =>
  post<SelfOrgDetail>(`/self-orgs/${id}/stage`, body);
export const addSupport = (
  id: number,
  body: { kind: SupportKind; provider: string; amount?: number; receivedOn: string; note?: string },
) => post<SelfOrgDetail>(`/self-orgs/${id}/support`, body);
export const addOrgMember = (id: number, personId: number) =>
  post<SelfOrgDetail>(`/self-orgs/${id}/members`, { personId });
export const linkOrgActivity = (id: number, activityId: number) =>
  post<SelfOrgDetail>(`/self-orgs/${id}/activities`, { activityId });
export const getOrgStats = (q: Q, signal?: AbortSignal) => get<SelfOrgStats>('/self-orgs/stats', q, signal);
export const orgsNear = (signal?: AbortSignal) => get<{ items: SelfOrg[] }>('/self-orgs/near', {}, signal);
