import type { Category } from '../../../domain/events/categories';
import { FINAL_STATES } from '../../../domain/events/machine';
import type { NodeRef } from '../org/repository';
import type { EventRow } from '../events/repository';
import { summarize } from '../events/presenter';
import type { EventDetail } from '../events/schema';

/** GeoReport v2's objects, fields in the order of the specification (the XML keeps it). */
export interface GeoService {
  service_code: string;
  service_name: string;
  description: string | null;
  metadata: boolean;
  type: 'realtime';
  keywords: string | null;
  group: string | null;
}

export interface GeoRequest {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string | null;
  service_name: string | null;
  service_code: string;
  description: string | null;
  agency_responsible: string | null;
  service_notice: string | null;
  requested_datetime: string;
  updated_datetime: string | null;
  expected_datetime: string | null;
  address: string | null;
  address_id: string | null;
  zipcode: string | null;
  lat: number | null;
  long: number | null;
  media_url: string | null;
}

export interface GeoCreated {
  service_request_id: string;
  service_notice: string | null;
  account_id: string | null;
}

const deadlineText = (c: Category) =>
  'hours' in c.deadline ? `处理时限 ${c.deadline.hours} 小时` : `处理时限 ${c.deadline.workingDays} 个工作日`;

/** A category of the rules book as a GeoReport service: names in zh-CN, the other languages as keywords. */
export function serviceOf(c: Category): GeoService {
  return {
    service_code: c.code,
    service_name: c.name['zh-CN'],
    description: deadlineText(c),
    metadata: false,
    type: 'realtime',
    keywords: [c.name['zh-HK'], c.name['en-US']].join(', '),
    group: c.parentCode ?? c.code,
  };
}

export const isClosed = (e: Pick<EventRow, 'status'>) => FINAL_STATES.includes(e.status);

/** What the reporter is told on intake: who has it, or that it waits for the community's dispatcher. */
export function noticeOf(e: Pick<EventDetail, 'status' | 'assignee'>): string {
  if (e.assignee) return `已派给 ${e.assignee.name} 处理`;
  return e.status === 'reported' ? '已受理，等待派单' : '已受理';
}

export function requestOf(
  e: EventRow,
  category: Category | undefined,
  refs: Map<number, NodeRef>,
  note: string | undefined,
  now: Date,
): GeoRequest {
  const closed = isClosed(e);
  return {
    service_request_id: String(e.id),
    status: closed ? 'closed' : 'open',
    status_notes: note ?? null,
    service_name: category?.name['zh-CN'] ?? null,
    service_code: e.categoryCode,
    description: e.description,
    agency_responsible: e.assigneeName,
    service_notice: null,
    requested_datetime: e.reportedAt.toISOString(),
    // "For requests with status=closed, this will be the date the request was closed."
    updated_datetime: (closed ? (e.closedAt ?? e.updatedAt) : e.updatedAt).toISOString(),
    expected_datetime: e.deadline?.toISOString() ?? null,
    address: e.address ?? (summarize(e, refs, now).placeName || null),
    address_id: null,
    zipcode: null,
    lat: e.lat,
    long: e.lng,
    media_url: null,
  };
}
