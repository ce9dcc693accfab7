import { expect } from 'vitest';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { DEMO_PASSWORD } from '../server/demo/street';

export interface Session {
  cookie: string;
  csrf: string;
  user: { id: number; roles: { role: string; nodeId: number }[] };
}

export async function login(
  app: FastifyInstance,
  username: string,
  password = DEMO_PASSWORD,
): Promise<Session> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
  });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'linli_session');
  const body = res.json<{ csrfToken: string; user: Session['user'] }>();
  return { cookie: `linli_session=${cookie?.value ?? ''}`, csrf: body.csrfToken, user: body.user };
}

/** An injected request as the session's user, with the CSRF header on unsafe methods. */
export function as(app: FastifyInstance, s: Session) {
  return (opts: InjectOptions) =>
    app.inject({ ...opts, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, ...(opts.headers ?? {}) } });
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * A test file's way to call `/api/v1` as one of its signed-in `sessions` (by username): `call` answers the reply,
 * `ok` expects a status (200 by default) and answers the JSON body. `app` is read at call time (set in beforeAll).
 */
export function apiAs(app: () => FastifyInstance, sessions: Record<string, Session>) {
  const call = (who: string, method: Method, url: string, payload?: unknown) =>
    as(
      app(),
      sessions[who]!,
    )({ method, url: `/api/v1${url}`, ...(payload === undefined ? {} : { payload: payload as object }) });
  const ok = async <T = Record<string, unknown>>(p: ReturnType<typeof call>, status = 200): Promise<T> => {
    const res = await p;
    expect(res.statusCode, res.body).toBe(status);
    return res.json<T>();
  };
  return { call, ok };
}
