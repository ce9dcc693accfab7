/**
 * The code an organiser's phone shows for check-in or check-out: six digits that change every minute, derived by
 * the server from the activity's secret (see server/modules/volunteers/check-code.ts). A code is accepted in its
 * own minute and the one after, so one shown at 10:00:59 still works when typed at 10:01:30.
 */
export const CODE_WINDOW_MS = 60_000;
export const CODE_ACCEPTED_WINDOWS = 2;
export const CHECK_ACTIONS = ['in', 'out'] as const;
export type CheckAction = (typeof CHECK_ACTIONS)[number];

export const windowOf = (now: Date) => Math.floor(now.getTime() / CODE_WINDOW_MS);

/** The windows whose code is accepted at `now`, newest first. */
export function acceptedWindows(now: Date): number[] {
  const w = windowOf(now);
  return Array.from({ length: CODE_ACCEPTED_WINDOWS }, (_, i) => w - i);
}

/** When the code shown at `now` stops being accepted. */
export const codeExpiresAt = (now: Date) =>
  new Date((windowOf(now) + CODE_ACCEPTED_WINDOWS) * CODE_WINDOW_MS);

/** The six digits from the first four bytes of a MAC, zero-padded. */
export function digitsOf(mac: Uint8Array): string {
  const n = ((mac[0]! << 24) | (mac[1]! << 16) | (mac[2]! << 8) | mac[3]!) >>> 0;
  return String(n % 1_000_000).padStart(6, '0');
}

export const isCode = (s: string) => /^\d{6}$/.test(s);
