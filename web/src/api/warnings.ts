/** Early warnings and forecasts drawn from the events (server/modules/warnings, server/modules/forecasts). */
import { request } from './client';
import type { Page, PageParams } from './model';

export const WARNING_KINDS = ['due_soon', 'hotspot', 'spike'] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

export interface Warning {
  kind: WarningKind;
  key: string;
  community: { id: number; name: string };
  building: { id: number; name: string } | null;
  categoryCode: string;
  eventIds: number[];
  count: number;
  deadline: string | null;
  used: number | null;
  from: string | null;
  to: string | null;
  usual: number | null;
  threshold: number | null;
}

export interface WarningsQuery extends PageParams {
  kind?: WarningKind | undefined;
  communityId?: number | undefined;
}

export function listWarnings(
  query: WarningsQuery,
  signal?: AbortSignal,
): Promise<Page<Warning> & { computedAt: string }> {
  return request('GET', '/warnings', { query: { ...query }, signal });
}

export interface ForecastQuery {
  nodeId: number;
  categoryCode?: string | undefined;
  weeks?: number | undefined;
}

export interface Forecast {
  nodeId: number;
  categoryCode: string | null;
  model: 'holt-winters-additive';
  period: number;
  history: { weekStart: string; count: number }[];
  forecast: { weekStart: string; count: number; low: number; high: number }[];
  error: { mae: number; wape: number | null; heldOutWeeks: number } | null;
  reason: 'too_little_history' | null;
}

export function getForecast(query: ForecastQuery, signal?: AbortSignal): Promise<Forecast> {
  return request('GET', '/forecasts/events', { query: { ...query }, signal });
}
