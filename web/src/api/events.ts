/**
 * Events (事件): reports by residents and staff, their dispatch, handling, verification and rating
 * (server/modules/events). Shared by the console pages and the resident phone pages.
 */

// ---------------------------------------------------------------------------------------------------------
// Console block (web/src/features/events): types, calls and URLs used by the dispatch board, the handler's
// inbox, the event page and the statistics. The phone pages may import from here; add their own functions in
// a block of their own below.
// ---------------------------------------------------------------------------------------------------------
import type { LocalizedName, PartyKind } from '../../../domain/events/categories';
import type { EventAction, EventLevel, EventState, RejectReason } from '../../../domain/events/machine';
import { getCsrfToken, refreshCsrfToken, request } from './client';
import { ApiError, apiErrorFromResponse } from './errors';
import type { Page, PageParams } from './model';

// Types only from the categories module: its values include the whole default list of matters.
export type { LocalizedName, PartyKind } from '../../../domain/events/categories';
export {
  EVENT_ACTIONS,
  EVENT_LEVELS,
  EVENT_STATES,
  FINAL_STATES,
  REJECT_REASONS,
  type EventAction,
  type EventLevel,
  type EventState,
  type RejectReason,
} from '../../../domain/events/machine';

const EVENTS_PREFIX = '/api/v1/events';

export type Urgency = 'ok' | 'warning' | 'overdue';

export interface EventCategory {
  code: string;
  parentCode: string | null;
  name: LocalizedName;
  responsibleParty: PartyKind;
  department: string | null;
  startLevel: EventLevel;
  deadlineHours?: number;
  deadlineWorkingDays?: number;
  dispatchMode: 'assign' | 'open';
  autoDispatch: boolean;
}

/** A responsible party (`partyId` is `kind:nodeId`). */
export interface EventParty {
  partyId: string;
  kind: PartyKind;
  nodeId: number;
  level: EventLevel;
  department: string | null;
  name: string;
}

export interface EventAttachment {
  id: string;
  mime: string;
  size: number;
  /** `/api/v1/events/:id/attachments/:attachmentId`, served to the session's cookie. */
  url: string;
}

export interface EventSummary {
  id: number;
  status: EventState;
  categoryCode: string;
  description: string;
  level: EventLevel;
  communityId: number;
  placeId: number | null;
  placeName: string;
  assignee: EventParty | null;
  /** ISO date-time. */
  deadline: string | null;
  /** Set while the deadline runs (dispatched, in progress). */
  urgency: Urgency | null;
  reworkCount: number;
  rating: number | null;
  reportedAt: string;
  channel: string;
}

export interface EventTimelineEntry {
  id: number;
  action: string;
  fromStatus: EventState | null;
  toStatus: EventState;
  actorName: string;
  note: string | null;
  data: Record<string, unknown>;
  attachments: EventAttachment[];
  at: string;
}

export interface EventDetail extends EventSummary {
  compoundId: number | null;
  houseId: number | null;
  lat: number | null;
  lng: number | null;
  address: string | null;
  reporterName: string;
  ratingComment: string | null;
  acceptedAt: string | null;
  dispatchedAt: string | null;
  handledAt: string | null;
  closedAt: string | null;
  escalations: number;
  attachments: EventAttachment[];
  timeline: EventTimelineEntry[];
  /** What this caller may do now: exactly the buttons to offer. */
  actions: string[];
  possibleDuplicates: { id: number; status: EventState; reportedAt: string }[];
}

/** The body each action takes (server/modules/events/schema.ts `ACTION_BODIES`). */
export interface ActionBodies {
  accept: { note?: string };
  dispatch: { partyId?: string; note?: string };
  take: { note?: string };
  start: { note?: string };
  handle: { note: string; attachmentIds?: string[] };
  verify: { note?: string; attachmentIds?: string[] };
  rework: { reason: string; attachmentIds?: string[] };
  reject: { reason: RejectReason; note?: string };
  cancel: { note?: string };
  return: { reason: string };
  escalate: { reason?: string };
  rate: { score: number; comment?: string };
  reopen: { reason?: string };
  comment: { note: string; attachmentIds?: string[] };
}

export interface EventListQuery extends PageParams {
  status?: readonly EventState[];
  categoryCode?: string;
  nodeId?: number;
  gridId?: number;
  assignedToMe?: boolean;
  mine?: boolean;
  overdue?: boolean;
}

export interface NewEventReport {
  categoryCode: string;
  description: string;
  nodeId?: number;
  houseId?: number;
  lat?: number;
  lng?: number;
  address?: string;
  attachmentIds?: string[];
  channel?: 'console' | 'patrol';
}

export interface InboxItem {
  id: number;
  eventId: number;
  kind: string;
  text: string;
  read: boolean;
  createdAt: string;
}

export interface InboxPage extends Page<InboxItem> {
  unread: number;
}

export interface EventStats {
  nodeId: number;
  from: string;
  to: string;
  total: number;
  accepted: number;
  handled: number;
  closed: number;
  /** Rates are fractions in [0, 1], null when there is nothing to divide by. */
  handlingRate: number | null;
  onTimeRate: number | null;
  satisfactionRate: number | null;
  reworkRate: number | null;
  avgHoursToClose: number | null;
  byCategory: { code: string; count: number }[];
  byStatus: { status: EventState; count: number }[];
  byDay: { day: string; reported: number; closed: number }[];
}

export interface StatsQuery {
  nodeId: number;
  /** YYYY-MM-DD */
  from?: string;
  to?: string;
}

export interface UploadedAttachment {
  id: string;
  mime: string;
  size: number;
}

/** The query string of the list (and of the ledger export, which takes the same filters). */
export function eventListParams(
  query: EventListQuery,
): Record<string, string | number | boolean | undefined> {
  return {
    status: query.status?.length ? query.status.join(',') : undefined,
    categoryCode: query.categoryCode,
    nodeId: query.nodeId,
    gridId: query.gridId,
    assignedToMe: query.assignedToMe || undefined,
    mine: query.mine || undefined,
    overdue: query.overdue || undefined,
    cursor: query.cursor ?? undefined,
    limit: query.limit,
  };
}

export function listEventCategories(signal?: AbortSignal): Promise<{ items: EventCategory[] }> {
  return request('GET', '/events/categories', { signal });
}

export function listEvents(query: EventListQuery, signal?: AbortSignal): Promise<Page<EventSummary>> {
  return request('GET', '/events', { query: eventListParams(query), signal });
}

export function getEvent(id: number, signal?: AbortSignal): Promise<EventDetail> {
  return request('GET', `/events/${id}`, { signal });
}

export function listEventParties(id: number, signal?: AbortSignal): Promise<{ items: EventParty[] }> {
  return request('GET', `/events/${id}/parties`, { signal });
}

export function actOnEvent<A extends EventAction>(
  id: number,
  action: A,
  body: ActionBodies[A],
): Promise<EventDetail> {
  return request('POST', `/events/${id}/actions/${action}`, { body });
}

export function reportEvent(body: NewEventReport): Promise<EventDetail> {
  return request('POST', '/events', { body });
}

export function listEventInbox(
  query: PageParams & { unread?: boolean },
  signal?: AbortSignal,
): Promise<InboxPage> {
  return request('GET', '/events/inbox', {
    query: { unread: query.unread || undefined, cursor: query.cursor, limit: query.limit },
    signal,
  });
}

/** Marks the given notifications read, or all of them without ids. */
export function markInboxRead(ids?: number[]): Promise<{ unread: number }> {
  return request('POST', '/events/inbox/read', { body: ids?.length ? { ids } : {} });
}

export function getEventStats(query: StatsQuery, signal?: AbortSignal): Promise<EventStats> {
  return request('GET', '/stats/events', { query: { ...query }, signal });
}

/** The Server-Sent Events stream of changes (`event: change`, data `{id, status, action}`). */
export const EVENT_STREAM_URL = `${EVENTS_PREFIX}/stream`;

export interface EventChange {
  id: number;
  status: EventState;
  action: string;
}

/**
 * The ledger of the filtered list as a spreadsheet: `GET /api/v1/events/export.xlsx` with the list's own
 * filters (no cursor or limit: the whole filtered list).
 */
export function eventExportUrl(query: Omit<EventListQuery, 'cursor' | 'limit'>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(eventListParams(query))) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${EVENTS_PREFIX}/export.xlsx${search ? `?${search}` : ''}`;
}

async function postImage(file: File): Promise<Response> {
  const body = new FormData();
  body.append('file', file, file.name);
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = getCsrfToken();
  if (token) headers['x-csrf-token'] = token;
  try {
    return await fetch(`${EVENTS_PREFIX}/attachments`, {
      method: 'POST',
      credentials: 'same-origin',
      headers,
      body,
    });
  } catch (cause) {
    throw new ApiError(0, 'network', cause instanceof Error ? cause.message : 'network error');
  }
}

/** `POST /events/attachments`: one JPEG, PNG or WebP photo of at most 10 MB; its id goes into a report or action. */
export async function uploadEventPhoto(file: File): Promise<UploadedAttachment> {
  let response = await postImage(file);
  if (response.status === 403) {
    const error = await apiErrorFromResponse(response.clone());
    if (error.code === 'csrf') {
      await refreshCsrfToken();
      response = await postImage(file);
    }
  }
  if (response.ok) return (await response.json()) as UploadedAttachment;
  throw await apiErrorFromResponse(response);
}

/** Photos the server accepts (checked again by content there). */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
// ----------------------------------------- end of the console block -----------------------------------------
