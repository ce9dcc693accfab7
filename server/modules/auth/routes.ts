import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { canAnywhere } from '../../../domain/auth/policy';
import { callerOf, SESSION_COOKIE } from '../../http/auth';
import { errorBody, forbidden } from '../../http/errors';
import { idParams } from '../org/schema';
import { actorOf } from './actor';
import * as s from './schema';
import type { AuthService } from './service';

export const authRoutes =
  (auth: AuthService, secureCookie: boolean): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/auth/login',
      {
        config: { public: true, rateLimit: 'login' },
        schema: {
          tags: ['auth'],
          body: s.loginBody,
          response: { 200: s.sessionResponse, 401: errorBody, 429: errorBody },
        },
      },
      async (req, reply) => {
        const r = await auth.login(req.body.username, req.body.password, {
          ip: req.ip,
          userAgent: req.headers['user-agent'] ?? null,
        });
        void reply.setCookie(SESSION_COOKIE, r.token, {
          httpOnly: true,
          sameSite: 'lax',
          path: '/',
          secure: secureCookie,
        });
        return { user: r.user, csrfToken: r.csrfToken };
      },
    );

    app.post('/auth/logout', { schema: { tags: ['auth'] } }, async (req, reply) => {
      await auth.logout(callerOf(req), req.cookies[SESSION_COOKIE]);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    });

    app.get('/auth/me', { schema: { tags: ['auth'], response: { 200: s.sessionResponse } } }, async (req) =>
      auth.me(callerOf(req)),
    );

    app.get(
      '/auth/tokens',
      { schema: { tags: ['auth'], querystring: s.tokenListQuery, response: { 200: s.tokenPage } } },
      async (req) => auth.listTokens(callerOf(req), req.query.cursor, req.query.limit),
    );

    app.post(
      '/auth/tokens',
      { schema: { tags: ['auth'], body: s.createTokenBody, response: { 201: s.createdToken } } },
      async (req, reply) => {
        const caller = callerOf(req);
        if (!canAnywhere(caller.grants, 'token.own'))
          throw forbidden('API tokens are for staff integrations');
        const created = await auth.createToken(
          actorOf(caller),
          caller.accountId,
          req.body.name,
          req.body.expiresInDays,
        );
        return reply.status(201).send(created);
      },
    );

    app.delete('/auth/tokens/:id', { schema: { tags: ['auth'], params: idParams } }, async (req, reply) => {
      await auth.revokeToken(callerOf(req), req.params.id);
      return reply.status(204).send();
    });
  };
