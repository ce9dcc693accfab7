import { useMutation } from '@tanstack/react-query';
import { type AuditQuery, listAudit, verifyAudit } from '../../api/audit';
import { useCursorList } from '../../shared/cursor/useCursorList';

export type AuditFilter = Omit<AuditQuery, 'cursor' | 'limit'>;

export function useAuditList(filter: AuditFilter) {
  return useCursorList(['audit', 'list', filter], (cursor, signal) =>
    listAudit({ ...filter, cursor }, signal),
  );
}

/** Runs `GET /audit/verify` when asked: the chain check reads every row, so it is never automatic. */
export function useVerifyAudit() {
  return useMutation({ mutationFn: verifyAudit });
}
