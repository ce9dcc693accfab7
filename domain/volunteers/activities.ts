/**
 * Volunteer teams and activities (seed 002: 420+ activities, 8,500 person-times a year in 莲花街道): who may sign
 * up, when a volunteer may be checked in and out, and how much of the time counts as service. No clock or database
 * here; the service checks the same rules again on the rows it locked.
 */

/** A team serves one compound, a whole community, or the whole street (kept by one of its communities). */
export const TEAM_LEVELS = ['compound', 'community', 'street'] as const;
export type TeamLevel = (typeof TEAM_LEVELS)[number];

/** The kinds of service; each has its own points rate (see points.ts). */
export const ACTIVITY_KINDS = [
  'environment',
  'elderly_care',
  'safety_patrol',
  'culture',
  'civility',
  'party_service',
  'other',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_STATES = ['open', 'cancelled'] as const;
export type ActivityState = (typeof ACTIVITY_STATES)[number];

/** How a volunteer was checked in or out: by the organiser's hand or by scanning the organiser's code. */
export const CHECK_METHODS = ['organiser', 'code'] as const;
export type CheckMethod = (typeof CHECK_METHODS)[number];

/** Check-in opens this long before the start, so volunteers who come early are not turned away. */
export const CHECK_IN_EARLY_MS = 60 * 60_000;
/** Check-out stays open this long after the end, for an organiser who records attendance afterwards. */
export const CHECK_OUT_LATE_MS = 24 * 60 * 60_000;

export interface ActivityFacts {
  status: ActivityState;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  signedUp: number;
}

export interface SignupFacts {
  cancelledAt: Date | null;
  checkedInAt: Date | null;
  checkedOutAt: Date | null;
}

export type Refusal = { code: 'wrong_state' | 'conflict'; message: string };
const wrong = (message: string): Refusal => ({ code: 'wrong_state', message });

export type ActivityPhase = 'upcoming' | 'running' | 'ended';

export function activityPhase(a: Pick<ActivityFacts, 'startsAt' | 'endsAt'>, now: Date): ActivityPhase {
  if (now < a.startsAt) return 'upcoming';
  return now < a.endsAt ? 'running' : 'ended';
}

/** Sign-up is open until the activity ends and while places are left. */
export function refuseSignUp(a: ActivityFacts, now: Date): Refusal | null {
  if (a.status === 'cancelled') return wrong('the activity was cancelled');
  if (activityPhase(a, now) === 'ended') return wrong('the activity has ended');
  if (a.signedUp >= a.capacity) return { code: 'conflict', message: 'the activity is full' };
  return null;
}

/** A volunteer may withdraw before being checked in. */
export function refuseWithdraw(s: SignupFacts): Refusal | null {
  if (s.cancelledAt) return wrong('already withdrawn');
  if (s.checkedInAt) return wrong('already checked in');
  return null;
}

export function refuseCheckIn(a: ActivityFacts, s: SignupFacts, now: Date): Refusal | null {
  if (a.status === 'cancelled') return wrong('the activity was cancelled');
  if (s.cancelledAt) return wrong('the volunteer withdrew');
  if (s.checkedInAt) return wrong('already checked in');
  if (now.getTime() < a.startsAt.getTime() - CHECK_IN_EARLY_MS) return wrong('check-in has not opened yet');
  if (now >= a.endsAt) return wrong('the activity has ended');
  return null;
}

export function refuseCheckOut(a: ActivityFacts, s: SignupFacts, now: Date): Refusal | null {
  if (!s.checkedInAt) return wrong('not checked in');
  if (s.checkedOutAt) return wrong('already checked out');
  if (now.getTime() > a.endsAt.getTime() + CHECK_OUT_LATE_MS) return wrong('check-out has closed');
  return null;
}

/**
 * Whole minutes of service between check-in and check-out, counted only inside the activity's own time: coming
 * early or being checked out late (an organiser recording attendance afterwards) adds nothing.
 */
export function minutesServed(
  a: Pick<ActivityFacts, 'startsAt' | 'endsAt'>,
  checkedInAt: Date,
  checkedOutAt: Date,
): number {
  const from = Math.max(checkedInAt.getTime(), a.startsAt.getTime());
  const to = Math.min(checkedOutAt.getTime(), a.endsAt.getTime());
  return Math.max(0, Math.floor((to - from) / 60_000));
}

/** Hours for display and statistics, to one decimal. */
export const hoursOf = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

/** What is wrong with an activity a caller described, by field. */
export function activityProblems(a: {
  startsAt: Date;
  endsAt: Date;
  capacity: number;
}): { field: 'endsAt' | 'capacity'; message: string }[] {
  const out: { field: 'endsAt' | 'capacity'; message: string }[] = [];
  if (a.endsAt <= a.startsAt) out.push({ field: 'endsAt', message: 'must be after startsAt' });
  else if (a.endsAt.getTime() - a.startsAt.getTime() > 7 * 86_400_000)
    out.push({ field: 'endsAt', message: 'an activity lasts at most 7 days' });
  if (!Number.isInteger(a.capacity) || a.capacity < 1) out.push({ field: 'capacity', message: 'at least 1' });
  return out;
}
