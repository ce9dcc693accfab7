/** Owner votes (业主表决, server/modules/votes): the console runs them, owners vote on the phone. */
import type { VoteAction, VoteState } from '../../../domain/votes/vote';
import { request } from './client';
import type { Page, PageParams } from './model';
import type { PathItem } from './org';

export { CHANNELS, CHOICES, VOTE_STATES, type Channel, type VoteState } from '../../../domain/votes/vote';
export type Choice = 'agree' | 'disagree' | 'abstain';
export type Rule = 'majority' | 'three_quarters';

export interface Vote {
  id: number;
  communityId: number;
  nodeId: number;
  place: PathItem[];
  matter: number;
  rule: Rule;
  title: string;
  description: string | null;
  status: VoteState;
  opensAt: string | null;
  closesAt: string | null;
  allowChange: boolean;
  absentCountsAsAgree: boolean;
  subjectKind: string | null;
  subjectId: number | null;
  createdByName: string;
  createdAt: string;
  openedAt: string | null;
  closedAt: string | null;
  cancelledAt: string | null;
  electorate: { totalArea: number; totalOwners: number } | null;
  noticeId: number | null;
  publishBy: string | null;
  myHouses: { houseId: number; houseLabel: string; choice: Choice | null; castAt: string | null }[];
  actions: (VoteAction | 'enter_ballot' | 'export')[];
}

export interface VoteResult {
  voteId: number;
  status: VoteState;
  rule: Rule;
  totalArea: number;
  totalOwners: number;
  participatingArea: number;
  participatingOwners: number;
  agreeArea: number;
  agreeOwners: number;
  quorumMet: boolean;
  passed: boolean;
  quorum: { area: boolean; heads: boolean };
  approval: { area: boolean; heads: boolean };
  absentCountsAsAgree: boolean;
  deemedAgreeing: number;
  ballots: number;
  final: boolean;
}

export interface Elector {
  houseId: number;
  houseLabel: string;
  area: number;
  areaSource: 'registered' | 'surveyed' | 'contract';
  ownerNames: string[];
  developerHeld: boolean;
  ownerUnknown: boolean;
  ballot: { choice: Choice; channel: 'online' | 'paper' | 'proxy'; castAt: string } | null;
}

export interface Ballot {
  id: number;
  houseId: number;
  houseLabel: string;
  choice: Choice;
  channel: 'online' | 'paper' | 'proxy';
  proxyName: string | null;
  enteredByName: string;
  castAt: string;
  supersededAt: string | null;
}

export interface NewVote {
  nodeId: number;
  matter: number;
  title: string;
  description?: string;
  opensAt?: string;
  closesAt?: string;
  allowChange?: boolean;
  absentCountsAsAgree?: boolean;
}

export interface NewBallot {
  houseId: number;
  choice: Choice;
  channel: 'online' | 'paper' | 'proxy';
  proxyName?: string;
}

export interface VoteQuery extends PageParams {
  nodeId?: number;
  status?: VoteState;
}

export const listVotes = (query: VoteQuery, signal?: AbortSignal) =>
  request<Page<Vote>>('GET', '/votes', { query: { ...query }, signal });
export const getVote = (id: number, signal?: AbortSignal) => request<Vote>('GET', `/votes/${id}`, { signal });
export const createVote = (body: NewVote) => request<Vote>('POST', '/votes', { body });
export const voteAction = (id: number, action: 'open' | 'close' | 'cancel') =>
  request<Vote>('POST', `/votes/${id}/${action}`, { body: {} });
export const castBallot = (id: number, body: NewBallot) =>
  request<{ id: number; replaced: boolean }>('POST', `/votes/${id}/ballots`, { body });
export const getVoteResult = (id: number, signal?: AbortSignal) =>
  request<VoteResult>('GET', `/votes/${id}/result`, { signal });
export const listElectors = (id: number, query: PageParams & { number?: string }, signal?: AbortSignal) =>
  request<Page<Elector>>('GET', `/votes/${id}/electorate`, { query: { ...query }, signal });
export const listBallots = (id: number, query: PageParams & { history?: boolean }, signal?: AbortSignal) =>
  request<Page<Ballot>>('GET', `/votes/${id}/ballots`, { query: { ...query }, signal });
/** The full record as xlsx, for a plain download link. */
export const voteExportUrl = (id: number) => `/api/v1/votes/${id}/export.xlsx`;
