import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf, SESSION_COOKIE } from '../../http/auth';
import { errorBody } from '../../http/errors';
import { sessionResponse } from '../auth/schema';
import { idParams } from '../org/schema';
import * as s from './schema';
import type { residentsService } from './service';

export const residentRoutes =
  (residents: ReturnType<typeof residentsService>, secureCookie: boolean): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['residents'];
    app.post(
      '/signup/code',
      {
        config: { public: true },
        schema: { tags, body: s.codeRequestBody, response: { 202: s.codeSent, 429: errorBody } },
      },
      async (req, reply) => reply.status(202).send(await residents.requestCode(req.body.phone, req.ip)),
    );
    app.post(
      '/signup',
      { config: { public: true }, schema: { tags, body: s.signupBody, response: { 201: sessionResponse } } },
      async (req, reply) => {
        const r = await residents.signUp(req.body, {
          ip: req.ip,
          userAgent: req.headers['user-agent'] ?? null,
        });
        void reply.setCookie(SESSION_COOKIE, r.token, {
          httpOnly: true,
          sameSite: 'lax',
          path: '/',
          secure: secureCookie,
        });
        return reply.status(201).send({ user: r.user, csrfToken: r.csrfToken });
      },
    );
    app.post(
      '/me/houses',
      { schema: { tags, body: s.bindBody, response: { 200: s.bindResult } } },
      async (req) => residents.bind(callerOf(req), req.body.invitationCode),
    );
    app.get(
      '/me/binding-requests',
      { schema: { tags, querystring: s.myBindingQuery, response: { 200: s.myBindingRequestPage } } },
      async (req) => residents.myBindingRequests(callerOf(req), req.query.cursor, req.query.limit),
    );
    app.get(
      '/registry/invitations',
      { schema: { tags, querystring: s.invitationsBody, response: { 200: s.invitationList } } },
      async (req) => residents.invitations(callerOf(req), req.query.placeId, false),
    );
    app.post(
      '/registry/invitations',
      { schema: { tags, body: s.invitationsBody, response: { 200: s.invitationList } } },
      async (req) => residents.invitations(callerOf(req), req.body.placeId, true),
    );
    app.post(
      '/registry/invitations/:houseId/reissue',
      { schema: { tags, params: s.houseParams, response: { 200: s.invitation } } },
      async (req) => residents.reissueInvitation(callerOf(req), req.params.houseId),
    );
    app.get(
      '/registry/binding-requests',
      { schema: { tags, querystring: s.bindingListQuery, response: { 200: s.bindingRequestPage } } },
      async (req) =>
        residents.bindingRequests(callerOf(req), req.query.placeId, req.query.cursor, req.query.limit),
    );
    const decided = z.object({ id: z.number(), status: z.enum(['approved', 'rejected']) });
    app.post(
      '/registry/binding-requests/:id/approve',
      { schema: { tags, params: idParams, body: s.approveBody, response: { 200: decided } } },
      async (req) => residents.decide(callerOf(req), req.params.id, { approve: true, ...req.body }),
    );
    app.post(
      '/registry/binding-requests/:id/reject',
      { schema: { tags, params: idParams, body: s.rejectBody, response: { 200: decided } } },
      async (req) =>
        residents.decide(callerOf(req), req.params.id, { approve: false, reason: req.body?.reason }),
    );
  };
