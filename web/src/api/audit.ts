import { request } from './client';
import type { Page, PageParams } from './model';

export interface AuditEntry {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | number | null;
  communityId: number | null;
  before: unknown;
  after: unknown;
  hash: string;
}

export interface AuditQuery extends PageParams {
  actorId?: number;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  brokenAt: { chain: string | number; seq: number } | null;
}

export function listAudit(query: AuditQuery, signal?: AbortSignal): Promise<Page<AuditEntry>> {
  return request('GET', '/audit', { query: { ...query }, signal });
}

export function verifyAudit(): Promise<AuditVerification> {
  return request('GET', '/audit/verify');
}
