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
