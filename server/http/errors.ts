import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';

/** Every error code the API answers with, and its one HTTP status (DESIGN.md rule 4). */
export const ERROR_STATUS = {
  validation: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  session_expired: 401,
  forbidden: 403,
  csrf: 403,
  not_found: 404,
  conflict: 409,
  wrong_state: 409,
  invalid_transition: 409,
  booking_conflict: 409,
  too_large: 413,
  unsupported_media_type: 415,
  locked: 429,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldError {
  path: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what = 'object') => new AppError('not_found', `${what} not found`);
export const forbidden = (message = 'you may not do this') => new AppError('forbidden', message);
export const invalid = (fields: FieldError[]) =>
  new AppError('validation', fields.map((f) => `${f.path}: ${f.message}`).join('; '), { fields });

export const errorBody = z
  .object({ code: z.string(), message: z.string(), details: z.record(z.string(), z.unknown()).optional() })
  .meta({ id: 'Error' });

const PG_UNIQUE_VIOLATION = '23505';
const PG_FOREIGN_KEY_VIOLATION = '23503';

function fromFastify(err: FastifyError): AppError | null {
  if (hasZodFastifySchemaValidationErrors(err)) {
    const fields = err.validation.map((v) => ({
      path: [err.validationContext, ...v.instancePath.split('/').filter(Boolean)].filter(Boolean).join('.'),
      message: v.message ?? 'invalid',
    }));
    return invalid(fields);
  }
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('too_large', 'request body is too large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('unsupported_media_type', 'unsupported content type');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return invalid([{ path: 'body', message: 'body is not valid JSON' }]);
    case 'FST_ERR_VALIDATION':
      return invalid([{ path: err.validationContext ?? 'request', message: err.message }]);
    default:
      break;
  }
  if (err.statusCode === 404) return notFound();
  if (err.statusCode === 429) return new AppError('rate_limited', 'too many requests');
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    return invalid([{ path: 'request', message: err.message }]);
  }
  return null;
}

/** Drizzle wraps the driver's error; the SQLSTATE sits on it or on its cause. */
export function sqlState(err: unknown): unknown {
  const e = err as { code?: unknown; cause?: { code?: unknown } };
  return typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) ? e.code : e.cause?.code;
}

function fromPostgres(err: unknown): AppError | null {
  const code = sqlState(err);
  if (code === PG_UNIQUE_VIOLATION)
    return new AppError('conflict', 'an object with these values already exists');
  if (code === PG_FOREIGN_KEY_VIOLATION)
    return new AppError('conflict', 'a referenced object does not exist');
  return null;
}

/** One place maps every failure to `{code, message, details?}`; clients never see a stack trace. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const known = err instanceof AppError ? err : (fromFastify(err) ?? fromPostgres(err));
    const appErr = known ?? new AppError('internal', 'internal error');
    if (!known) req.log.error({ err }, 'unhandled error');
    if (appErr.retryAfterSeconds !== undefined) reply.header('retry-after', String(appErr.retryAfterSeconds));
    void reply.status(appErr.status).send({
      code: appErr.code,
      message: appErr.message,
      ...(appErr.details ? { details: appErr.details } : {}),
    });
  });
}
