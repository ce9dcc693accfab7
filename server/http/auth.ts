import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Caller } from '../modules/auth/caller';
import type { AuthService } from '../modules/auth/service';
import { AppError } from './errors';

export const SESSION_COOKIE = 'linli_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reachable without credentials. Only login is; the route-table test keeps it that way. */
    public?: boolean;
  }
  interface FastifyRequest {
    caller: Caller | null;
  }
}

/** The signed-in caller of a route that is not public (the hook below guarantees one). */
export function callerOf(req: FastifyRequest): Caller {
  if (!req.caller) throw new AppError('unauthenticated', 'please sign in');
  return req.caller;
}

/**
 * Every `/api/v1` route needs a session cookie or a bearer token unless it is marked public; cookie-borne
 * unsafe requests also need the CSRF header. Runs before validation, so an anonymous caller learns nothing
 * about a route's schema.
 */
export function installAuth(app: FastifyInstance, auth: AuthService): void {
  app.decorateRequest('caller', null);
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/v1/') || req.routeOptions.config.public) return;
    const header = req.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      req.caller = await auth.fromApiToken(header.slice(7).trim(), req.ip);
      return;
    }
    const token = req.cookies[SESSION_COOKIE];
    if (!token) throw new AppError('unauthenticated', 'please sign in');
    req.caller = await auth.fromSession(token, req.ip);
    if (UNSAFE.has(req.method)) {
      const csrf = req.headers['x-csrf-token'];
      auth.checkCsrf(req.caller, typeof csrf === 'string' ? csrf : undefined);
    }
  });
}
