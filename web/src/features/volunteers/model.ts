import type { Activity } from '../../api/volunteers';
import { formatDateTime } from '../../shared/format';

/** What a list shows for an activity's state: cancelled wins over the clock's phase. */
export const activityState = (a: Pick<Activity, 'status' | 'phase'>) =>
  a.status === 'cancelled' ? 'cancelled' : a.phase;

export const STATE_COLORS = {
  upcoming: 'blue',
  running: 'green',
  ended: 'default',
  cancelled: 'red',
} as const;

/** "2026-05-01 09:00–11:00", or both dates when it runs past midnight. */
export function timeRange(a: Pick<Activity, 'startsAt' | 'endsAt'>): string {
  const from = formatDateTime(a.startsAt);
  const to = formatDateTime(a.endsAt);
  return from.slice(0, 10) === to.slice(0, 10) ? `${from}–${to.slice(11)}` : `${from} – ${to}`;
}

/** The current month as `YYYY-MM` in the browser's zone (the server counts the month in the compound's). */
export function thisMonth(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

/** The link a QR code carries: the phone opens it, signed in, and checks the volunteer in or out. */
export const checkLink = (origin: string, activityId: number, action: 'in' | 'out', code: string) =>
  `${origin}/m/volunteers/check?activity=${activityId}&action=${action}&code=${code}`;
