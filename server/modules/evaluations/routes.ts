import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../http/auth';
import { errorBody } from '../../http/errors';
import { idParams } from '../org/schema';
import * as s from './schema';
import type { evaluationsService } from './service';

const errors = { 400: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

/** Evaluations: docs/API.md "Evaluations". */
export const evaluationRoutes =
  (evaluations: ReturnType<typeof evaluationsService>): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['evaluations'];
    app.get(
      '/evaluations/dimensions',
      { schema: { tags, querystring: s.dimensionsQuery, response: { 200: s.dimensionList } } },
      async (req) => evaluations.dimensions(req.query.target),
    );
    app.get(
      '/evaluations/rounds',
      { schema: { tags, querystring: s.roundListQuery, response: { 200: s.roundPage } } },
      async (req) => evaluations.list(callerOf(req), req.query),
    );
    app.post(
      '/evaluations/rounds',
      { schema: { tags, body: s.createRoundBody, response: { 201: s.round, ...errors } } },
      async (req, reply) => reply.status(201).send(await evaluations.create(callerOf(req), req.body)),
    );
    app.get(
      '/evaluations/rounds/:id',
      { schema: { tags, params: idParams, response: { 200: s.round } } },
      async (req) => evaluations.get(callerOf(req), req.params.id),
    );
    for (const action of ['open', 'close'] as const)
      app.post(
        `/evaluations/rounds/:id/actions/${action}`,
        { schema: { tags, params: idParams, response: { 200: s.round, ...errors } } },
        async (req) => evaluations.act(callerOf(req), req.params.id, action),
      );
    app.post(
      '/evaluations/rounds/:id/responses',
      { schema: { tags, params: idParams, body: s.answerBody, response: { 201: s.round, ...errors } } },
      async (req, reply) =>
        reply.status(201).send(await evaluations.answer(callerOf(req), req.params.id, req.body)),
    );
    app.get(
      '/evaluations/rounds/:id/results',
      { schema: { tags, params: idParams, response: { 200: s.resultResponse } } },
      async (req) => evaluations.results(callerOf(req), req.params.id),
    );
    app.get(
      '/evaluations/trend',
      { schema: { tags, querystring: s.trendQuery, response: { 200: s.trendResponse } } },
      async (req) => evaluations.trend(callerOf(req), req.query.compoundId, req.query.target),
    );
  };
