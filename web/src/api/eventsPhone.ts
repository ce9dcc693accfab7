/**
 * The resident phone pages' calls for events (报事) and "my grid" (server/modules/events, `GET /me/grid`).
 * The shapes are the console's, from `./events`; the calls here add what a phone needs: an `Idempotency-Key`
 * on the report, photo uploads of an already downscaled `Blob` that can be aborted, and the resident's grid.
 */
import { getCsrfToken, refreshCsrfToken, request } from './client';
import { ApiError, apiErrorFromResponse } from './errors';
import type { ActionBodies, EventCategory, EventDetail, EventSummary, UploadedAttachment } from './events';
import type { Page, PageParams } from './model';

export type {
  ActionBodies,
  EventAttachment,
  EventCategory,
  EventDetail,
  EventState,
  EventSummary,
  EventTimelineEntry,
  LocalizedName,
  UploadedAttachment,
} from './events';

/** What a resident may do to their own report (`actions` of the detail names those allowed now). */
export const RESIDENT_ACTIONS = ['cancel', 'rate', 'reopen', 'comment'] as const;
export type ResidentAction = (typeof RESIDENT_ACTIONS)[number];

/** A resident's report: the category, what is wrong, where (a place of their own compound, or a point) and photos. */
export interface ResidentReport {
  categoryCode: string;
  description: string;
  nodeId?: number;
  lat?: number;
  lng?: number;
  address?: string;
  attachmentIds?: string[];
}

export interface MyGrid {
  compound: { id: number; name: string } | null;
  grids: {
    id: number;
    name: string;
    code: string;
    kind: string;
    /** Public by rule (RULES.md §6): shown as a `tel:` link. */
    supervisionPhone: string | null;
    contactPhone: string | null;
    workers: { name: string }[];
  }[];
  buildingLeaders: { buildingName: string; name: string }[];
}

const ATTACHMENTS_URL = '/api/v1/events/attachments';

export function listCategories(signal?: AbortSignal): Promise<{ items: EventCategory[] }> {
  return request('GET', '/events/categories', { signal });
}

/** The caller's own reports, newest first. */
export function listMyReports(params: PageParams, signal?: AbortSignal): Promise<Page<EventSummary>> {
  return request('GET', '/events', {
    query: { mine: true, cursor: params.cursor, limit: params.limit },
    signal,
  });
}

export function getReport(id: number, signal?: AbortSignal): Promise<EventDetail> {
  return request('GET', `/events/${id}`, { signal });
}

/**
 * `POST /events` with an `Idempotency-Key`: a retry with the same key and body answers the event the first
 * attempt made, so a report sent twice over a flaky network is filed once.
 */
export function submitReport(body: ResidentReport, idempotencyKey: string): Promise<EventDetail> {
  return request('POST', '/events', { body, headers: { 'idempotency-key': idempotencyKey } });
}

export function actOnReport<A extends ResidentAction>(
  id: number,
  action: A,
  body: ActionBodies[A],
): Promise<EventDetail> {
  return request('POST', `/events/${id}/actions/${action}`, { body });
}

/** The resident's grid, its grid workers, their building leaders and the supervision phone. */
export function getMyGrid(signal?: AbortSignal): Promise<MyGrid> {
  return request('GET', '/me/grid', { signal });
}

async function postPhoto(photo: Blob, fileName: string, signal?: AbortSignal): Promise<Response> {
  const body = new FormData();
  body.append('file', photo, fileName);
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = getCsrfToken();
  if (token) headers['x-csrf-token'] = token;
  try {
    return await fetch(ATTACHMENTS_URL, {
      method: 'POST',
      credentials: 'same-origin',
      headers,
      body,
      signal: signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', cause instanceof Error ? cause.message : 'network error');
  }
}

/** `POST /events/attachments` (multipart `file`): a JPEG, PNG or WebP photo; its id goes into the report. */
export async function uploadPhoto(
  photo: Blob,
  fileName: string,
  signal?: AbortSignal,
): Promise<UploadedAttachment> {
  let response = await postPhoto(photo, fileName, signal);
  if (response.status === 403) {
    const error = await apiErrorFromResponse(response.clone());
    if (error.code === 'csrf') {
      await refreshCsrfToken();
      response = await postPhoto(photo, fileName, signal);
    }
  }
  if (response.ok) return (await response.json()) as UploadedAttachment;
  throw await apiErrorFromResponse(response);
}
