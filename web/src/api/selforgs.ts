/** Residents' self-organisations (server/modules/selforgs). */
import type { SelfOrgKind, Stage, SupportKind } from '../../../domain/selforgs/stages';
import { request } from './client';
import type { Page, PageParams } from './model';
import type { PathItem } from './org';

export { SELF_ORG_KINDS, STAGES, SUPPORT_KINDS, type Stage } from '../../../domain/selforgs/stages';

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
export const removeOrgMember = (id: number, personId: number) =>
  request<SelfOrgDetail>('DELETE', `/self-orgs/${id}/members/${personId}`);
export const listOrgMembers = (id: number, q: Q, signal?: AbortSignal) =>
  get<Page<{ personId: number; name: string; joinedAt: string }>>(`/self-orgs/${id}/members`, q, signal);
export const unlinkOrgActivity = (id: number, activityId: number) =>
  request<SelfOrgDetail>('DELETE', `/self-orgs/${id}/activities/${activityId}`);
export const linkOrgActivity = (id: number, activityId: number) =>
  post<SelfOrgDetail>(`/self-orgs/${id}/activities`, { activityId });
export const getOrgStats = (q: Q, signal?: AbortSignal) => get<SelfOrgStats>('/self-orgs/stats', q, signal);
export const orgsNear = (signal?: AbortSignal) => get<{ items: SelfOrg[] }>('/self-orgs/near', {}, signal);
