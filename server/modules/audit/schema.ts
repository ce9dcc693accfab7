import { z } from 'zod';
import { pageOf, pageQuery } from '../../http/pagination';

export const auditQuery = z.object({
  actorId: z.coerce.number().int().positive().optional(),
  action: z.string().trim().min(1).max(100).optional(),
  entityType: z.string().trim().min(1).max(100).optional(),
  entityId: z.string().trim().min(1).max(100).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  ...pageQuery,
});
export type AuditQuery = z.infer<typeof auditQuery>;

export const auditRow = z
  .object({
    id: z.string(),
    at: z.date(),
    actorId: z.number().nullable(),
    actorName: z.string(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    communityId: z.number().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    reason: z.string().nullable(),
    ip: z.string().nullable(),
    hash: z.string(),
  })
  .meta({ id: 'AuditRow' });
export const auditPage = pageOf(auditRow);

export const verifyResponse = z.object({
  ok: z.boolean(),
  checked: z.number(),
  brokenAt: z.object({ chain: z.number(), seq: z.number() }).nullable(),
});
