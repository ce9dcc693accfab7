/** Evaluations (评议, server/modules/evaluations): rounds of scored questionnaires about a compound's bodies. */
import type {
  Dimension,
  EvaluationTarget,
  RoundAction,
  RoundState,
} from '../../../domain/evaluations/rounds';
import { request } from './client';
import type { Page, PageParams } from './model';

export { EVALUATION_TARGETS, MAX_SCORE, MIN_SCORE, ROUND_STATES } from '../../../domain/evaluations/rounds';
export type { Dimension, EvaluationTarget, RoundState };

export interface Round {
  id: number;
  communityId: number;
  compoundId: number;
  compoundName: string;
  target: EvaluationTarget;
  targetName: string;
  title: string;
  periodFrom: string;
  periodTo: string;
  closesOn: string;
  status: RoundState;
  dimensions: Dimension[];
  createdByName: string;
  answeredByMe: boolean;
  actions: RoundAction[];
}

export interface NewRound {
  compoundId: number;
  target: EvaluationTarget;
  title: string;
  periodFrom: string;
  periodTo: string;
  closesOn: string;
  dimensions?: Dimension[];
}

export interface RoundResult {
  roundId: number;
  respondents: number;
  eligible: number;
  participation: number | null;
  overall: number | null;
  dimensions: { code: string; label: Dimension['label']; mean: number | null; distribution: number[] }[];
  comments: { text: string; at: string }[];
}

export interface TrendPoint {
  roundId: number;
  title: string;
  periodFrom: string;
  periodTo: string;
  status: RoundState;
  respondents: number;
  participation: number | null;
  overall: number | null;
  dimensions: { code: string; label: Dimension['label']; mean: number | null }[];
}

export interface RoundQuery extends PageParams {
  nodeId?: number;
  status?: RoundState;
}

const BASE = '/evaluations';

export const listDimensions = (target: EvaluationTarget, signal?: AbortSignal) =>
  request<{ items: Dimension[] }>('GET', `${BASE}/dimensions`, { query: { target }, signal });
export const listRounds = (query: RoundQuery, signal?: AbortSignal) =>
  request<Page<Round>>('GET', `${BASE}/rounds`, { query: { ...query }, signal });
export const getRound = (id: number, signal?: AbortSignal) =>
  request<Round>('GET', `${BASE}/rounds/${id}`, { signal });
export const createRound = (body: NewRound) => request<Round>('POST', `${BASE}/rounds`, { body });
export const roundAction = (id: number, action: 'open' | 'close') =>
  request<Round>('POST', `${BASE}/rounds/${id}/actions/${action}`);
export const answerRound = (id: number, body: { scores: Record<string, number>; comment?: string }) =>
  request<Round>('POST', `${BASE}/rounds/${id}/responses`, { body });
export const getRoundResult = (id: number, signal?: AbortSignal) =>
  request<RoundResult>('GET', `${BASE}/rounds/${id}/results`, { signal });
export const getTrend = (compoundId: number, target: EvaluationTarget, signal?: AbortSignal) =>
  request<{ items: TrendPoint[] }>('GET', `${BASE}/trend`, { query: { compoundId, target }, signal });
