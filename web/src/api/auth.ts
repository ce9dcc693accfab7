import { request, setCsrfToken } from './client';
import type { Page, PageParams, RoleGrant } from './model';

export interface User {
  id: number;
  username: string;
  displayName: string;
  roles: RoleGrant[];
}

export interface Session {
  user: User;
  csrfToken: string | null;
}

export interface Credentials {
  username: string;
  password: string;
}

export interface ApiToken {
  id: number;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
}

export interface NewApiToken {
  name: string;
  expiresInDays?: number;
}

export interface CreatedApiToken extends Omit<ApiToken, 'lastUsedAt'> {
  /** Shown once; the server keeps only its hash. */
  token: string;
}

function keepCsrf(session: Session): Session {
  setCsrfToken(session.csrfToken);
  return session;
}

export async function login(credentials: Credentials): Promise<Session> {
  const session = await request<Session>('POST', '/auth/login', {
    body: credentials,
    redirectOnUnauthorized: false,
  });
  return keepCsrf(session);
}

export async function fetchMe(signal?: AbortSignal): Promise<Session> {
  return keepCsrf(await request<Session>('GET', '/auth/me', { signal }));
}

export interface CodeSent {
  expiresInSeconds: number;
  /** A new code may be asked for after this long; earlier asks answer 429 with `Retry-After`. */
  resendAfterSeconds: number;
}

export interface SignupForm {
  phone: string;
  code: string;
  username: string;
  displayName: string;
  password: string;
}

export interface BindResult {
  /** `bound` when the registry knows the caller's phone at that house; else a request awaits staff. */
  status: 'bound' | 'pending';
  houseLabel: string;
}

/** Texts a six-digit sign-up code to a mainland or Hong Kong mobile. */
export function requestSignupCode(phone: string): Promise<CodeSent> {
  return request('POST', '/signup/code', { body: { phone }, redirectOnUnauthorized: false });
}

/** Creates a resident account (no role until a house is bound) and signs it in. */
export async function signUp(body: SignupForm): Promise<Session> {
  return keepCsrf(await request<Session>('POST', '/signup', { body, redirectOnUnauthorized: false }));
}

/** Binds the signed-in account to the house of an invitation code. */
export function bindHouse(invitationCode: string): Promise<BindResult> {
  return request('POST', '/me/houses', { body: { invitationCode } });
}

/** A request of the signed-in account to be bound to a house, as it stands. */
export interface MyBindingRequest {
  id: number;
  houseId: number;
  houseLabel: string;
  status: 'pending' | 'approved' | 'rejected';
  createdAt: string;
  decidedAt: string | null;
  /** Why staff rejected it, when they said. */
  reason: string | null;
}

/** The signed-in account's binding requests, newest first. */
export function listMyBindingRequests(
  params: PageParams,
  signal?: AbortSignal,
): Promise<Page<MyBindingRequest>> {
  return request('GET', '/me/binding-requests', { query: { ...params }, signal });
}

export async function logout(): Promise<void> {
  await request<void>('POST', '/auth/logout', { redirectOnUnauthorized: false });
  setCsrfToken(null);
}

export function listTokens(params: PageParams, signal?: AbortSignal): Promise<Page<ApiToken>> {
  return request('GET', '/auth/tokens', { query: { ...params }, signal });
}

export function createToken(body: NewApiToken): Promise<CreatedApiToken> {
  return request('POST', '/auth/tokens', { body });
}

export function revokeToken(id: number): Promise<void> {
  return request('DELETE', `/auth/tokens/${id}`);
}
