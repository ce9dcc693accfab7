/** The big screen (大屏) of a street, district or community (server/modules/bigscreen). */
import type { Alert } from './devices';
import type { EventSummary } from './events';
import { request } from './client';

export interface Rate {
  total: number;
  covered: number;
  rate: number;
}

export interface BigScreenSnapshot {
  node: { id: number; kind: string; name: string };
  asOf: string;
  /** The period of the rates, categories and trend: the last 30 local days. */
  from: string;
  to: string;
  today: { reported: number };
  open: number;
  overdue: number;
  handlingRate: number | null;
  onTimeRate: number | null;
  satisfactionRate: number | null;
  reported: number;
  byCategory: { code: string; count: number }[];
  trend: { day: string; reported: number; closed: number }[];
  overdueList: EventSummary[];
  /** null where the user does not read devices (likewise volunteers, building leaders). */
  alerts: { active: number; items: Alert[] } | null;
  volunteers: { hours: number; personTimes: number } | null;
  buildingLeaders: Rate | null;
}

export const getBigScreen = (nodeId: number, signal?: AbortSignal) =>
  request<BigScreenSnapshot>('GET', `/bigscreen/${nodeId}`, { signal });

/** `event: event` and `event: alert` for changes under the node; the screen refetches its snapshot on either. */
export const bigScreenStreamUrl = (nodeId: number) => `/api/v1/bigscreen/${nodeId}/stream`;
