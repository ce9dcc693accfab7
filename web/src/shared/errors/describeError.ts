import type { TFunction } from 'i18next';
import { ApiError, isErrorCode } from '../../api/errors';
import { wallClockText } from '../../../../domain/venues/rules';

const SECONDS_PER_MINUTE = 60;

/** The error in the user's language: the server's `code` mapped to a message, never the server's own text. */
export function describeError(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError) || !isErrorCode(error.code)) return t('errors.unknown');
  const minutes = Math.max(
    1,
    Math.ceil((error.retryAfterSeconds ?? SECONDS_PER_MINUTE) / SECONDS_PER_MINUTE),
  );
  // A refused booking names the time already taken, on the compound's clock as the booking form is typed.
  const taken = (key: string) => {
    const at = error.details?.[key];
    return typeof at === 'string' ? wallClockText(new Date(at)) : '—';
  };
  return t(`errors.${error.code}`, { minutes, from: taken('startsAt'), to: taken('endsAt').slice(11) });
}
