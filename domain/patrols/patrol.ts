import type { ChecklistItem } from './checklists';

export const PATROL_STATES = ['in_progress', 'finished'] as const;
export type PatrolState = (typeof PATROL_STATES)[number];
export const ANSWER_RESULTS = ['pass', 'fail', 'na'] as const;
export type AnswerResult = (typeof ANSWER_RESULTS)[number];

/** Why a patrol refuses a step: each is a 409 code. */
export type PatrolRefusal =
  'patrol_finished' | 'no_check_in' | 'not_failed' | 'event_already_filed' | 'no_category';

/** Check-ins, answers and co-patrollers are added while the patrol is under way; finishing needs one check-in. */
export function refuseChange(state: PatrolState): PatrolRefusal | null {
  return state === 'finished' ? 'patrol_finished' : null;
}

export function refuseFinish(state: PatrolState, checkIns: number): PatrolRefusal | null {
  return refuseChange(state) ?? (checkIns < 1 ? 'no_check_in' : null);
}

/**
 * A failed answer files its event once, under its item's category. Filing is allowed after the patrol finished:
 * the phone may have been offline when the round ended.
 */
export function refuseFiling(
  answer: { result: AnswerResult; eventId: number | null },
  item: Pick<ChecklistItem, 'categoryCode'> | undefined,
): PatrolRefusal | null {
  if (answer.result !== 'fail') return 'not_failed';
  if (answer.eventId !== null) return 'event_already_filed';
  if (!item?.categoryCode) return 'no_category';
  return null;
}

/**
 * Point codes are printed on a plate at each place a patrol checks in at. Eight characters without the look-alikes
 * (0/O, 1/I): typed on a phone when the plate's QR code cannot be scanned.
 */
export const POINT_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const POINT_CODE = /^[A-HJ-NP-Z2-9]{8}$/;

export function pointCodeFrom(bytes: Uint8Array): string {
  if (bytes.length < 8) throw new RangeError('a point code needs 8 random bytes');
  // 256 is a multiple of 32, so every character is equally likely.
  return Array.from(bytes.subarray(0, 8), (b) => POINT_ALPHABET[b % 32]).join('');
}

/** What a person typed or a scanner read, as a code: upper case, without spaces or dashes, or a `linli:point:` URI. */
export function normalisePointCode(input: string): string {
  return input
    .trim()
    .replace(/^linli:point:/i, '')
    .replace(/[\s-]/g, '')
    .toUpperCase();
}
