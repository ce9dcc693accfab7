import { addDays } from '../common/local-date';

/**
 * PIPL: personal information is kept no longer than its purpose needs. Someone who moved out of every home in the
 * community, and owns none, has their numbers and details erased after this many days (0 keeps them).
 */
export const DEFAULT_MOVED_OUT_RETENTION_DAYS = 1095;

/** The last move-out day whose people are erased on `today` (both local ISO dates), or null to keep everyone. */
export function movedOutCutoff(today: string, days: number): string | null {
  return days > 0 ? addDays(today, -days) : null;
}
