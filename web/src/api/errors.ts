/** Error codes the server answers with (docs/API.md), plus `network` for requests that never got an answer. */
const ERROR_CODES = [
  'validation',
  'unauthenticated',
  'invalid_credentials',
  'session_expired',
  'forbidden',
  'csrf',
  'not_found',
  'conflict',
  'wrong_state',
  'invalid_transition',
  'booking_conflict',
  'too_large',
  'unsupported_media_type',
  'locked',
  'rate_limited',
  'internal',
  'unavailable',
  'network',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldError {
  path: string | (string | number)[];
  message: string;
}

export interface ApiErrorDetails {
  fields?: FieldError[];
  [key: string]: unknown;
}

export function isErrorCode(code: string): code is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code);
}

/** A failed API call: the server's `{code, message, details}` with the HTTP status. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly details: ApiErrorDetails | undefined;
  /** From the `Retry-After` header (429 locked / rate limited). */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    status: number,
    code: string,
    message: string,
    details?: ApiErrorDetails,
    retryAfterSeconds?: number,
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get fieldErrors(): FieldError[] {
    return this.details?.fields ?? [];
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function parseRetryAfter(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - Date.now()) / 1000));
}

export async function apiErrorFromResponse(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
  if (isRecord(body) && typeof body.code === 'string') {
    const message = typeof body.message === 'string' ? body.message : body.code;
    const details = isRecord(body.details) ? (body.details as ApiErrorDetails) : undefined;
    return new ApiError(response.status, body.code, message, details, retryAfter);
  }
  return new ApiError(
    response.status,
    response.status >= 500 ? 'internal' : 'unknown',
    response.statusText,
    undefined,
    retryAfter,
  );
}
