/** Public notices (公示, server/modules/notices): posted by staff, read and objected to by residents. */
import { getCsrfToken } from './client';
import { request } from './client';
import { apiErrorFromResponse } from './errors';
import type { Page, PageParams } from './model';
import type { PathItem } from './org';

export interface NoticeAttachment {
  id: string;
  mime: string;
  size: number;
  url: string;
}

export interface Notice {
  id: number;
  communityId: number;
  nodeId: number;
  audience: PathItem[];
  title: string;
  body: string;
  startsAt: string;
  endsAt: string;
  phase: 'scheduled' | 'running' | 'ended';
  subjectKind: string | null;
  subjectId: number | null;
  publishedByName: string;
  createdAt: string;
  attachments: NoticeAttachment[];
  readCount: number | null;
  objections: { total: number; pending: number } | null;
  readAt: string | null;
  actions: ('object' | 'resolve')[];
}

export interface Objection {
  id: number;
  noticeId: number;
  authorName: string;
  text: string;
  status: 'pending' | 'accepted' | 'dismissed';
  reply: string | null;
  resolvedByName: string | null;
  resolvedAt: string | null;
  createdAt: string;
  mine: boolean;
}

export interface NewNotice {
  nodeId: number;
  title: string;
  body: string;
  startsAt?: string;
  endsAt?: string;
  attachmentIds?: string[];
}

export const listNotices = (query: PageParams & { nodeId?: number }, signal?: AbortSignal) =>
  request<Page<Notice>>('GET', '/notices', { query: { ...query }, signal });
export const getNotice = (id: number, signal?: AbortSignal) =>
  request<Notice>('GET', `/notices/${id}`, { signal });
export const publishNotice = (body: NewNotice) => request<Notice>('POST', '/notices', { body });
/** A resident opened it: their read receipt (once). */
export const markNoticeRead = (id: number) => request<Notice>('POST', `/notices/${id}/read`, { body: {} });
export const getNoticeReads = (id: number, signal?: AbortSignal) =>
  request<{ total: number; byBuilding: { buildingId: number | null; name: string; count: number }[] }>(
    'GET',
    `/notices/${id}/reads`,
    { signal },
  );
export const listObjections = (id: number, signal?: AbortSignal) =>
  request<{ items: Objection[] }>('GET', `/notices/${id}/objections`, { signal });
export const fileObjection = (id: number, text: string) =>
  request<Objection>('POST', `/notices/${id}/objections`, { body: { text } });
export const resolveObjection = (
  id: number,
  objectionId: number,
  body: { resolution: 'accepted' | 'dismissed'; reply: string },
) => request<Objection>('POST', `/notices/${id}/objections/${objectionId}/resolve`, { body });

/** One image or PDF for a notice; its id goes into `attachmentIds`. */
export async function uploadNoticeFile(file: File): Promise<{ id: string; mime: string; size: number }> {
  const form = new FormData();
  form.append('file', file);
  const token = getCsrfToken();
  const response = await fetch('/api/v1/notices/attachments', {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: token ? { 'x-csrf-token': token } : {},
  });
  if (!response.ok) throw await apiErrorFromResponse(response);
  return (await response.json()) as { id: string; mime: string; size: number };
}
