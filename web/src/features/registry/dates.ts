import dayjs from 'dayjs';
import { DEFAULT_TIME_ZONE, localDate } from '../../../../domain/common/local-date';

/** Today on the user's calendar, as the server's dates are written (YYYY-MM-DD). */
export function today(): string {
  return dayjs().format('YYYY-MM-DD');
}

/**
 * The last day of a registration deadline. Deadlines end at local midnight where the house is
 * (RULES.md §3), so the day is read in that zone (the default one), not in the browser's.
 */
export function deadlineDate(iso: string): string {
  return localDate(new Date(iso), DEFAULT_TIME_ZONE);
}
