import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../http/auth';
import { idParams } from '../org/schema';
import * as s from './schema';
import type { careService } from './service';

export const careRoutes =
  (care: ReturnType<typeof careService>): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['care'];
    app.get(
      '/registry/people/:id/visit-plan',
      {
        schema: {
          tags,
          params: idParams,
          response: { 200: z.object({ personId: z.number(), intervalDays: z.number().nullable() }) },
        },
      },
      async (req) => care.getPlan(callerOf(req), req.params.id),
    );
    app.put(
      '/registry/people/:id/visit-plan',
      {
        schema: {
          tags,
          params: idParams,
          body: s.planBody,
          response: { 200: z.object({ personId: z.number(), intervalDays: z.number() }) },
        },
      },
      async (req) => care.setPlan(callerOf(req), req.params.id, req.body.intervalDays),
    );
    app.post(
      '/registry/people/:id/visits',
      { schema: { tags, params: idParams, body: s.visitBody, response: { 201: s.visit } } },
      async (req, reply) =>
        reply.status(201).send(await care.logVisit(callerOf(req), req.params.id, req.body)),
    );
    app.get(
      '/registry/people/:id/visits',
      { schema: { tags, params: idParams, querystring: s.visitListQuery, response: { 200: s.visitPage } } },
      async (req) => care.visits(callerOf(req), req.params.id, req.query.cursor, req.query.limit),
    );
    app.get(
      '/registry/visits/overdue',
      { schema: { tags, querystring: s.overdueVisitQuery, response: { 200: s.overdueVisitPage } } },
      async (req) =>
        care.overdue(
          callerOf(req),
          req.query.communityId,
          req.query.careGroup,
          req.query.cursor,
          req.query.limit,
        ),
    );
  };
