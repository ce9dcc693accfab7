/** Elevator retrofits (加装电梯, server/modules/elevators): a guided process on a unit. */
import type { ElevatorAction, ElevatorState } from '../../../domain/elevators/machine';
import { request } from './client';
import type { Page, PageParams } from './model';
import type { PathItem } from './org';
import type { VoteResult } from './votes';

export type { ElevatorAction, ElevatorState } from '../../../domain/elevators/machine';

export interface DecidingVote {
  id: number;
  status: string;
  closesAt: string | null;
  result: VoteResult | null;
}

export interface ElevatorSummary {
  id: number;
  communityId: number;
  unitId: number;
  place: PathItem[];
  title: string;
  status: ElevatorState;
  floors: number;
  createdByName: string;
  createdAt: string;
}

export interface CostRow {
  floor: number;
  weight: number;
  households: number;
  amount: number;
  perHousehold: number[];
}

export interface Elevator extends ElevatorSummary {
  plan: string;
  vote: DecidingVote | null;
  occupied: {
    houseId: number;
    houseLabel: string;
    consentedAt: string | null;
    channel: 'online' | 'paper' | null;
    byName: string | null;
  }[];
  notice: {
    id: number;
    title: string;
    startsAt: string;
    endsAt: string;
    phase: 'scheduled' | 'running' | 'ended';
    objections: { total: number; pending: number };
  } | null;
  noticeDays: number;
  costs: { budget: number; total: number; rows: CostRow[] } | null;
  suggestedWeights: { floor: number; weight: number; households: number }[];
  myPendingHouseIds: number[];
  actions: ElevatorAction[];
}

export interface Eligibility {
  unitId: number;
  eligible: boolean;
  floors: number | null;
  reasons: ('floors_unknown' | 'too_low' | 'has_elevator')[];
  runningId: number | null;
}

export type ElevatorRouteAction =
  'start_vote' | 'close_vote' | 'publish_plan' | 'close_notice' | 'complete' | 'cancel';

export interface ElevatorQuery extends PageParams {
  nodeId?: number;
  status?: ElevatorState;
}

const base = '/elevator-installations';
export const listElevators = (query: ElevatorQuery, signal?: AbortSignal) =>
  request<Page<ElevatorSummary>>('GET', base, { query: { ...query }, signal });
export const getElevator = (id: number, signal?: AbortSignal) =>
  request<Elevator>('GET', `${base}/${id}`, { signal });
export const getEligibility = (unitId: number, signal?: AbortSignal) =>
  request<Eligibility>('GET', `${base}/eligibility`, { query: { unitId }, signal });
export const createElevator = (body: {
  unitId: number;
  title: string;
  plan: string;
  occupiedHouseIds?: number[];
}) => request<Elevator>('POST', base, { body });
export const elevatorAction = (
  id: number,
  action: ElevatorRouteAction,
  body: { closesAt?: string; noticeDays?: number } = {},
) => request<Elevator>('POST', `${base}/${id}/actions/${action}`, { body });
export const giveConsent = (id: number, body: { houseId: number; channel: 'online' | 'paper' }) =>
  request<Elevator>('POST', `${base}/${id}/consents`, { body });
export const setOccupied = (id: number, houseIds: number[]) =>
  request<Elevator>('PUT', `${base}/${id}/occupied`, { body: { houseIds } });
export const saveCosts = (
  id: number,
  body: { budget: number; weights: { floor: number; weight: number }[] },
) => request<Elevator>('PUT', `${base}/${id}/costs`, { body });
