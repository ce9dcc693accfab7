/** Partner units, the needs and resources lists and micro-projects with their ledgers (server/modules/projects). */
import type { ApprovalKind, ProjectAction, ProjectState } from '../../../domain/projects/lifecycle';
import type { LedgerKind } from '../../../domain/projects/ledger';
import type { CommitmentKind, PartnerKind, PeriodUnit } from '../../../domain/projects/partners';
import { request } from './client';
import type { Page, PageParams } from './model';
import type { PathItem } from './org';

export { LEDGER_KINDS, type LedgerKind } from '../../../domain/projects/ledger';
export { PARTNER_KINDS, type PartnerKind } from '../../../domain/projects/partners';
export { PROJECT_STATES, type ProjectAction, type ProjectState } from '../../../domain/projects/lifecycle';

export interface PeriodStatus {
  from: string;
  to: string;
  done: number;
  target: number;
  status: 'met' | 'behind';
  current: boolean;
}
export interface Commitment {
  id: number;
  kind: CommitmentKind;
  title: string | null;
  target: number;
  period: PeriodUnit;
  periods: PeriodStatus[];
  status: 'met' | 'behind' | null;
}
export interface Partner {
  id: number;
  communityId: number;
  nodeId: number;
  path: PathItem[];
  kind: PartnerKind;
  name: string;
  contact: string | null;
  agreements: {
    id: number;
    startsOn: string;
    endsOn: string;
    note: string | null;
    commitments: Commitment[];
  }[];
  status: 'met' | 'behind' | null;
  fulfilments: {
    id: number;
    commitmentId: number;
    doneOn: string;
    note: string;
    activityId: number | null;
    byName: string;
  }[];
  archivedAt: string | null;
  actions: 'manage'[];
}
export interface Need {
  id: number;
  communityId: number;
  nodeId: number;
  path: PathItem[];
  title: string;
  description: string | null;
  source: 'resident' | 'staff' | 'topic' | 'event';
  topicId: number | null;
  eventId: number | null;
  raisedByName: string;
  projectIds: number[];
  createdAt: string;
}
export type ResourceKind = 'partner' | 'fund' | 'venue' | 'volunteer_team';
export interface Resource {
  id: number;
  nodeId: number;
  kind: ResourceKind;
  name: string;
  amount: number | null;
  venue: string | null;
  note: string | null;
  archivedAt: string | null;
}
export interface Project {
  id: number;
  communityId: number;
  nodeId: number;
  path: PathItem[];
  title: string;
  description: string | null;
  budget: number;
  crowdfunding: boolean;
  status: ProjectState;
  approvedBy: ApprovalKind | null;
  voteId: number | null;
  acceptanceNote: string | null;
  income: number;
  expense: number;
  balance: number;
  contributions: number;
  needs: { id: number; title: string }[];
  resources: { id: number; kind: ResourceKind; name: string }[];
  photos: { id: string; url: string }[];
  createdAt: string;
  actions: (ProjectAction | 'edit' | 'record' | 'contribute')[];
}
export interface LedgerEntry {
  id: number;
  kind: LedgerKind;
  amount: number;
  balanceAfter: number;
  receiptNo: string | null;
  contributor: string | null;
  mine: boolean;
  payee: string | null;
  note: string | null;
  byName: string;
  createdAt: string;
}

type Q = {
  cursor?: string | null;
  limit?: number;
  nodeId?: number | undefined;
  status?: ProjectState | undefined;
  /** Needs and partner units: part of the title or name. */
  q?: string | undefined;
};
const get = <T>(path: string, query: Q = {}, signal?: AbortSignal) =>
  request<T>('GET', path, { query, signal });
const post = <T>(path: string, body: unknown = {}) => request<T>('POST', path, { body });
const patch = <T>(path: string, body: unknown) => request<T>('PATCH', path, { body });

export const listPartners = (q: Q, signal?: AbortSignal) => get<Page<Partner>>('/partners', q, signal);
export const createPartner = (body: { nodeId: number; kind: PartnerKind; name: string; contact?: string }) =>
  post<Partner>('/partners', body);
/** `contact: null` clears the liaison. */
export const updatePartner = (
  id: number,
  body: { kind?: PartnerKind; name?: string; contact?: string | null },
) => patch<Partner>(`/partners/${id}`, body);
export const archivePartner = (id: number) => post<Partner>(`/partners/${id}/archive`);
export const signAgreement = (id: number, body: { startsOn: string; endsOn: string; note?: string }) =>
  post<Partner>(`/partners/${id}/agreements`, body);
export const recordFulfilment = (
  id: number,
  body: { commitmentId: number; doneOn: string; note: string; activityId?: number },
) => post<Partner>(`/partners/${id}/fulfilments`, body);

export const listNeeds = (q: Q, signal?: AbortSignal) => get<Page<Need>>('/projects/needs', q, signal);
export const raiseNeed = (body: {
  nodeId: number;
  title: string;
  description?: string;
  topicId?: number;
  eventId?: number;
}) => post<Need>('/projects/needs', body);
export const listResources = (q: Q, signal?: AbortSignal) =>
  get<Page<Resource>>('/projects/resources', q, signal);
export const addResource = (body: {
  nodeId: number;
  kind: ResourceKind;
  name: string;
  amount?: number;
  venue?: string;
  partnerId?: number;
  teamId?: number;
}) => post<Resource>('/projects/resources', body);

export const updateResource = (
  id: number,
  body: { name?: string; amount?: number; venue?: string; note?: string | null },
) => patch<Resource>(`/projects/resources/${id}`, body);
export const archiveResource = (id: number) => post<Resource>(`/projects/resources/${id}/archive`);

export const listProjects = (q: Q, signal?: AbortSignal) => get<Page<Project>>('/projects', q, signal);
export const getProject = (id: number, signal?: AbortSignal) => get<Project>(`/projects/${id}`, {}, signal);
export const createProject = (body: {
  nodeId: number;
  title: string;
  description?: string;
  budget: number;
  crowdfunding?: boolean;
  needIds?: number[];
  resourceIds?: number[];
}) => post<Project>('/projects', body);
/** While proposed; given `needIds` or `resourceIds` replace the project's links. */
export const updateProject = (
  id: number,
  body: {
    title?: string;
    description?: string | null;
    budget?: number;
    crowdfunding?: boolean;
    needIds?: number[];
    resourceIds?: number[];
  },
) => patch<Project>(`/projects/${id}`, body);
export const actOnProject = (
  id: number,
  action: ProjectAction,
  body: { by?: ApprovalKind; voteId?: number; photoIds?: string[]; note?: string } = {},
) => post<Project>(`/projects/${id}/actions/${action}`, body);
export const listLedger = (id: number, q: PageParams, signal?: AbortSignal) =>
  get<Page<LedgerEntry>>(`/projects/${id}/entries`, q, signal);
export const recordEntry = (
  id: number,
  body: { kind: LedgerKind; amount: number; personId?: number; payee?: string; note?: string },
) => post<LedgerEntry>(`/projects/${id}/entries`, body);
export const contribute = (id: number, body: { amount: number; note?: string }) =>
  post<LedgerEntry>(`/projects/${id}/contributions`, body);
export const ledgerUrl = (id: number) => `/api/v1/projects/${id}/ledger.xlsx`;

/** Cents shown as yuan with two decimals (¥1,234.50). */
export const yuan = (cents: number) =>
  `¥${(cents / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
