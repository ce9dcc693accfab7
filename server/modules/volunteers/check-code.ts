import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  acceptedWindows,
  codeExpiresAt,
  digitsOf,
  windowOf,
  type CheckAction,
} from '../../../domain/volunteers/check-code';

/** A fresh secret for an activity's codes; kept on its row, never sent to a client. */
export const newCheckSecret = () => randomBytes(32).toString('base64url');

const codeAt = (secret: string, activityId: number, action: CheckAction, window: number) =>
  digitsOf(createHmac('sha256', secret).update(`${activityId}:${action}:${window}`).digest());

/** The code the organiser's phone shows now (as a QR code and as digits), and when it stops being accepted. */
export function currentCode(a: { id: number; checkSecret: string }, action: CheckAction, now: Date) {
  return { code: codeAt(a.checkSecret, a.id, action, windowOf(now)), expiresAt: codeExpiresAt(now) };
}

/** Is `code` the activity's code for `action` in this minute or the one before? Compared in constant time. */
export function codeMatches(
  a: { id: number; checkSecret: string },
  action: CheckAction,
  code: string,
  now: Date,
) {
  const given = Buffer.from(code);
  return acceptedWindows(now).some((w) => {
    const want = Buffer.from(codeAt(a.checkSecret, a.id, action, w));
    return want.length === given.length && timingSafeEqual(want, given);
  });
}
