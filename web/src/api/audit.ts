import { request } from './client';
import type { Page, PageParams } from './model';

export interface AuditEntry {
  id: string;
  at: string;
  actorId: number | null;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  communityId: number | null;
  before: unknown;
  after: unknown;
  reason: string | null;
  ip: string | null;
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
  brokenAt: { chain: number; seq: number } | null;
}

export function listAudit(query: AuditQuery, signal?: AbortSignal): Promise<Page<AuditEntry>> {
  return request('GET', '/audit', { query: { ...query }, signal });
}

export function verifyAudit(): Promise<AuditVerification> {
  return request('GET', '/audit/verify');
}
