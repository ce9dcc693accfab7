/**
 * A public notice (公示) is posted for a period; residents may object in writing while it runs (RULES.md §2: the
 * elevator plan's notice, 15 days in Jinan), and staff resolve every objection.
 */

export type NoticePhase = 'scheduled' | 'running' | 'ended';

export interface NoticePeriod {
  startsAt: Date;
  endsAt: Date;
}

const DAY_MS = 86_400_000;
/** The default length of a notice, where the caller does not give one. */
export const DEFAULT_NOTICE_DAYS = 7;
export const MAX_NOTICE_DAYS = 366;

/** The period runs from its start (included) to its end (excluded). */
export function noticePhase(p: NoticePeriod, now: Date): NoticePhase {
  if (now < p.startsAt) return 'scheduled';
  return now < p.endsAt ? 'running' : 'ended';
}

/** Written objections are taken only while the notice runs. */
export const objectionsOpen = (p: NoticePeriod, now: Date) => noticePhase(p, now) === 'running';

export const periodOfDays = (startsAt: Date, days: number): NoticePeriod => ({
  startsAt,
  endsAt: new Date(startsAt.getTime() + days * DAY_MS),
});

/** What is wrong with a period a caller asked for, by field, or nothing. */
export function periodProblems(p: NoticePeriod): { field: 'endsAt'; message: string }[] {
  const length = p.endsAt.getTime() - p.startsAt.getTime();
  if (length <= 0) return [{ field: 'endsAt', message: 'must be after startsAt' }];
  if (length > MAX_NOTICE_DAYS * DAY_MS)
    return [{ field: 'endsAt', message: `a notice runs at most ${MAX_NOTICE_DAYS} days` }];
  return [];
}

export const OBJECTION_STATES = ['pending', 'accepted', 'dismissed'] as const;
export type ObjectionState = (typeof OBJECTION_STATES)[number];
export type Resolution = Exclude<ObjectionState, 'pending'>;

/** Objections are resolved once; a resolution can be given after the period ended (the filing waits for it). */
export const mayResolve = (state: ObjectionState) => state === 'pending';

/** True when every objection is resolved: what a plan needs before it is filed (RULES.md §2). */
export const allResolved = (states: readonly ObjectionState[]) => states.every((s) => s !== 'pending');
