import { z } from 'zod';
import { canAnywhere } from '../../../domain/auth/policy';
import type { Db } from '../../db/client';
import { forbidden } from '../../http/errors';
import { decodeCursor, page } from '../../http/pagination';
import type { Caller } from '../auth/caller';
import { GLOBAL_CHAIN, listAudit } from './repository';
import type { AuditQuery } from './schema';
import { verifyAudit } from './verify';

const cursorShape = z.object({ at: z.coerce.date(), communityId: z.number(), seq: z.number() });

/** The chains an auditor reads: its communities, plus the global chain for auditors above them. */
function chainsOf(caller: Caller): number[] {
  if (!canAnywhere(caller.grants, 'audit.read')) throw forbidden('the audit log is for auditors');
  const chains = [...caller.scope.fullCommunityIds, ...caller.scope.partial.map((p) => p.communityId)];
  return caller.scope.aboveCommunity ? [GLOBAL_CHAIN, ...chains] : chains;
}

export function auditService(db: Db) {
  return {
    async list(caller: Caller, q: AuditQuery) {
      const rows = await listAudit(db, {
        ...q,
        chains: chainsOf(caller),
        after: decodeCursor(q.cursor, cursorShape),
      });
      return page(
        rows,
        q.limit,
        (r) => ({
          ...r,
          id: `${r.communityId}-${r.seq}`,
          communityId: r.communityId === GLOBAL_CHAIN ? null : r.communityId,
        }),
        (r) => ({ at: r.at.toISOString(), communityId: r.communityId, seq: r.seq }),
      );
    },
    async verify(caller: Caller) {
      return verifyAudit(db, chainsOf(caller));
    },
  };
}
