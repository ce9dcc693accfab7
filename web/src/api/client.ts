import { ApiError, apiErrorFromResponse } from './errors';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  query?: QueryParams;
  body?: unknown;
  signal?: AbortSignal | undefined;
  /** false for calls whose 401 is an answer, not a lost session (login). */
  redirectOnUnauthorized?: boolean;
  /** Extra request headers (`Idempotency-Key`). */
  headers?: Record<string, string>;
}

const API_PREFIX = '/api/v1';

let csrfToken: string | null = null;
let unauthorizedHandler: ((error: ApiError) => void) | null = null;
let csrfRefresher: (() => Promise<void>) | null = null;

/** Kept from login and `GET /auth/me`; sent as `x-csrf-token` on unsafe methods. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The token for requests made outside {@link request} (uploads through XMLHttpRequest). */
export function getCsrfToken(): string | null {
  return csrfToken;
}

/** Fetches a fresh CSRF token, for callers outside {@link request} that got a `403 csrf`. */
export async function refreshCsrfToken(): Promise<void> {
  await csrfRefresher?.();
}

/** Called when a request answers 401: the app goes to the login page. */
export function setUnauthorizedHandler(handler: (error: ApiError) => void): void {
  unauthorizedHandler = handler;
}

/** Fetches a fresh CSRF token (through `/auth/me`) after a `403 csrf`, so the request is retried once. */
export function setCsrfRefresher(refresher: () => Promise<void>): void {
  csrfRefresher = refresher;
}

function buildUrl(path: string, query: QueryParams = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_PREFIX}${path}${search ? `?${search}` : ''}`;
}

async function send(method: HttpMethod, path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { ...options.headers, accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  try {
    return await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', cause instanceof Error ? cause.message : 'network error');
  }
}

/** One JSON call to `/api/v1`; resolves with the parsed body (undefined for 204), rejects with `ApiError`. */
export async function request<T>(method: HttpMethod, path: string, options: RequestOptions = {}): Promise<T> {
  let response = await send(method, path, options);
  if (response.status === 403 && method !== 'GET' && csrfRefresher) {
    const error = await apiErrorFromResponse(response.clone());
    if (error.code === 'csrf') {
      await csrfRefresher();
      response = await send(method, path, options);
    }
  }
  if (response.ok) {
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }
  const error = await apiErrorFromResponse(response);
  if (response.status === 401 && options.redirectOnUnauthorized !== false) unauthorizedHandler?.(error);
  throw error;
}
