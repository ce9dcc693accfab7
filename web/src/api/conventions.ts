/** Conventions (公约, server/modules/conventions): adopted by an owner vote, then signed by residents. */
import type { ConventionAction, ConventionState } from '../../../domain/conventions/machine';
import { request } from './client';
import type { DecidingVote } from './elevators';
import type { Page, PageParams } from './model';
import type { PathItem } from './org';

export type { ConventionState } from '../../../domain/conventions/machine';

export interface ConventionSummary {
  id: number;
  communityId: number;
  nodeId: number;
  place: PathItem[];
  title: string;
  status: ConventionState;
  adoptedAt: string | null;
  createdByName: string;
  createdAt: string;
}

export interface Convention extends ConventionSummary {
  body: string;
  vote: DecidingVote | null;
  signatures: number;
  signedAt: string | null;
  actions: ConventionAction[];
}

interface Share {
  households: number;
  signedHouseholds: number;
  coverage: number;
}
export interface Coverage extends Share {
  conventionId: number;
  byBuilding: (Share & { buildingId: number; name: string })[];
}

export interface ConventionQuery extends PageParams {
  nodeId?: number;
  status?: ConventionState;
}

export const listConventions = (query: ConventionQuery, signal?: AbortSignal) =>
  request<Page<ConventionSummary>>('GET', '/conventions', { query: { ...query }, signal });
export const getConvention = (id: number, signal?: AbortSignal) =>
  request<Convention>('GET', `/conventions/${id}`, { signal });
export const createConvention = (body: { nodeId: number; title: string; body: string }) =>
  request<Convention>('POST', '/conventions', { body });
export const conventionAction = (id: number, action: 'start_vote' | 'close_vote' | 'cancel') =>
  request<Convention>('POST', `/conventions/${id}/actions/${action}`, { body: {} });
export const signConvention = (id: number) =>
  request<Convention>('POST', `/conventions/${id}/signatures`, { body: {} });
export const getCoverage = (id: number, signal?: AbortSignal) =>
  request<Coverage>('GET', `/conventions/${id}/coverage`, { signal });
