/** People's mediation (server/modules/mediation). */
import type { CaseAction, CaseState, CaseType, Outcome, PartyRole } from '../../../domain/mediation/machine';
import { request } from './client';
import type { Page, PageParams } from './model';
import type { PathItem } from './org';

export { CASE_TYPES, type CaseType, type CaseAction } from '../../../domain/mediation/machine';

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
export const revokeMediator = (body: { communityId: number; personId: number }) =>
  post<void>('/mediation/mediators/revoke', body);
export const getStats = (q: Q, signal?: AbortSignal) => get<MediationStats>('/mediation/stats', q, signal);
export const getTrend = (q: Q, signal?: AbortSignal) => get<Trend>('/mediation/trend', q, signal);
export const myCases = (signal?: AbortSignal) => get<{ items: CaseSummary[] }>('/mediation/mine', {}, signal);
/** The ledger as xlsx, for a plain download link. */
export const casesExportUrl = (nodeId?: number) =>
  `/api/v1/mediation/cases.xlsx${nodeId ? `?nodeId=${nodeId}` : ''}`;
