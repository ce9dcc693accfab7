import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../http/auth';
import { errorBody } from '../../http/errors';
import * as s from './schema';
import type { WarningsService } from './service';

const errors = { 400: errorBody, 403: errorBody, 404: errorBody };

/** Early warnings from the events: docs/API.md "Warnings". */
export const warningRoutes =
  (w: WarningsService): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['warnings'];
    app.get(
      '/warnings',
      { schema: { tags, querystring: s.warningsQuery, response: { 200: s.warningPage, ...errors } } },
      async (req) => w.list(callerOf(req), req.query),
    );
    app.get(
      '/warnings/policy',
      { schema: { tags, querystring: s.streetQuery, response: { 200: s.warningPolicyResponse, ...errors } } },
      async (req) => w.policy(callerOf(req), req.query.streetId),
    );
    app.put(
      '/warnings/policy',
      {
        schema: {
          tags,
          querystring: s.streetQuery,
          body: s.warningPolicyBody,
          response: { 200: s.warningPolicyResponse, ...errors },
        },
      },
      async (req) => w.setPolicy(callerOf(req), req.query.streetId, req.body),
    );
  };
