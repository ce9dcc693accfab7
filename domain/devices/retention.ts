/** Readings are kept this long by default: a quarter is enough to look back on an alert and its surroundings. */
export const DEFAULT_READINGS_RETENTION_DAYS = 90;
const DAY_MS = 86_400_000;

/** The moment before which readings are deleted; null when `days` is 0 (keep every reading). */
export function readingsCutoff(now: Date, days: number): Date | null {
  if (!Number.isInteger(days) || days < 0)
    throw new RangeError('retention is a whole number of days, 0 or more');
  return days === 0 ? null : new Date(now.getTime() - days * DAY_MS);
}
