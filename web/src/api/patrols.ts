/** Patrol plans, patrols (一日三巡) and their coverage (server/modules/patrols, docs/API.md "Patrols"). */
import type { ChecklistItem, PlanScope } from '../../../domain/patrols/checklists';
import type { CoverageRow, Period } from '../../../domain/patrols/coverage';
import type { AnswerResult, PatrolState } from '../../../domain/patrols/patrol';
import { request } from './client';
import type { Page, PageParams } from './model';

export { ANSWER_RESULTS, type AnswerResult } from '../../../domain/patrols/patrol';
export type { ChecklistItem, CoverageRow, PlanScope };
export { PERIODS } from '../../../domain/patrols/coverage';

export interface RoundWindow {
  start: string;
  end: string;
}

export interface Plan {
  id: number;
  communityId: number;
  scope: PlanScope;
  gridId: number | null;
  buildingId: number | null;
  targetName: string;
  name: string;
  windows: RoundWindow[];
  checklist: ChecklistItem[];
  activeFrom: string;
  activeTo: string | null;
  actions: ('update' | 'start')[];
}

export interface PatrolSummary {
  id: number;
  communityId: number;
  planId: number;
  planName: string;
  leaderAccountId: number;
  leaderName: string;
  status: PatrolState;
  startedAt: string;
  finishedAt: string | null;
  checkIns: number;
  failedItems: number;
  eventsFiled: number;
}

export interface CheckIn {
  id: number;
  at: string;
  pointId: number | null;
  placeId: number | null;
  placeName: string | null;
  lat: number | null;
  lng: number | null;
  note: string | null;
}

export interface Answer {
  itemCode: string;
  result: AnswerResult;
  note: string | null;
  attachmentIds: string[];
  checkInId: number | null;
  eventId: number | null;
  answeredAt: string;
}

export type PatrolAction = 'check_in' | 'answer' | 'add_member' | 'finish' | 'file_event';

export interface Patrol extends PatrolSummary {
  note: string | null;
  checklist: ChecklistItem[];
  checkInList: CheckIn[];
  answers: Answer[];
  members: { id: number; accountId: number | null; personId: number | null; name: string }[];
  actions: PatrolAction[];
}

export type CoveragePeriod = Period;

export interface Coverage {
  from: string;
  to: string;
  period: CoveragePeriod;
  grids: { gridId: number; name: string; rows: CoverageRow[] }[];
  buildings: { buildingId: number; name: string; rows: CoverageRow[] }[];
  workers: { accountId: number; name: string; rows: CoverageRow[] }[];
}

export interface CoverageQuery {
  communityId: number;
  from: string;
  to: string;
  period: CoveragePeriod;
}

export interface NewPlan {
  scope: PlanScope;
  gridId?: number;
  buildingId?: number;
  name: string;
}

type Q = PageParams & Record<string, string | number | boolean | null | undefined>;
const get = <T>(path: string, query: Q = {}, signal?: AbortSignal) =>
  request<T>('GET', path, { query, signal });
const post = <T>(path: string, body: unknown = {}) => request<T>('POST', path, { body });

export const listPlans = (q: Q, signal?: AbortSignal) => get<Page<Plan>>('/patrols/plans', q, signal);
export const createPlan = (body: NewPlan) => post<Plan>('/patrols/plans', body);
export const listPatrols = (q: Q, signal?: AbortSignal) => get<Page<PatrolSummary>>('/patrols', q, signal);
export const getPatrol = (id: number, signal?: AbortSignal) => get<Patrol>(`/patrols/${id}`, {}, signal);
export const startPatrol = (planId: number) => post<Patrol>('/patrols', { planId });
export const checkIn = (a: { id: number; pointCode?: string; lat?: number; lng?: number }) => {
  const { id, ...body } = a;
  return post<Patrol>(`/patrols/${id}/check-ins`, body);
};
export const answerItem = (a: { id: number; itemCode: string; result: AnswerResult; note?: string }) =>
  request<Patrol>('PUT', `/patrols/${a.id}/answers/${encodeURIComponent(a.itemCode)}`, {
    body: { result: a.result, ...(a.note ? { note: a.note } : {}) },
  });
export const fileEvent = (a: { id: number; itemCode: string }) =>
  post<{ eventId: number; patrol: Patrol }>(
    `/patrols/${a.id}/answers/${encodeURIComponent(a.itemCode)}/event`,
  );
export const finishPatrol = (id: number) => post<Patrol>(`/patrols/${id}/finish`);
export const getCoverage = (q: CoverageQuery, signal?: AbortSignal) =>
  get<Coverage>('/patrols/coverage', { ...q }, signal);
export const coverageExportUrl = (q: CoverageQuery) =>
  `/api/v1/patrols/coverage.xlsx?${new URLSearchParams({
    communityId: String(q.communityId),
    from: q.from,
    to: q.to,
    period: q.period,
  }).toString()}`;
