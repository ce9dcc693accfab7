/** MLPS level 3: audit records are kept at least six months; we count six months as 183 days. */
export const MIN_AUDIT_RETENTION_DAYS = 183;
const DAY_MS = 86_400_000;

/**
 * The moment before which audit rows may be pruned, or a reason why `days` is not an allowed retention.
 * `days` of 0 means keep everything.
 */
export function auditCutoff(now: Date, days: number): { cutoff: Date | null } | { error: string } {
  if (!Number.isInteger(days) || days < 0) return { error: 'retention is a whole number of days' };
  if (days === 0) return { cutoff: null };
  if (days < MIN_AUDIT_RETENTION_DAYS)
    return { error: `audit rows are kept at least ${MIN_AUDIT_RETENTION_DAYS} days (six months)` };
  return { cutoff: new Date(now.getTime() - days * DAY_MS) };
}
