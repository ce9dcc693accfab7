import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../http/auth';
import { errorBody } from '../../http/errors';
import { idParams } from '../org/schema';
import * as s from './schema';
import type { ConventionsService } from './service';

const errors = { 400: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

/** Conventions: docs/API.md "Conventions". */
export const conventionRoutes =
  (conventions: ConventionsService): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['conventions'];
    app.post(
      '/conventions',
      { schema: { tags, body: s.createBody, response: { 201: s.conventionOut, ...errors } } },
      async (req, reply) => reply.status(201).send(await conventions.create(callerOf(req), req.body)),
    );
    app.get(
      '/conventions',
      { schema: { tags, querystring: s.listQuery, response: { 200: s.summaryPage, ...errors } } },
      async (req) => conventions.list(callerOf(req), req.query),
    );
    app.get(
      '/conventions/:id',
      { schema: { tags, params: idParams, response: { 200: s.conventionOut, 404: errorBody } } },
      async (req) => conventions.get(callerOf(req), req.params.id),
    );
    app.patch(
      '/conventions/:id',
      { schema: { tags, params: idParams, body: s.editBody, response: { 200: s.conventionOut, ...errors } } },
      async (req) => conventions.edit(callerOf(req), req.params.id, req.body),
    );
    app.post(
      '/conventions/:id/actions/:action',
      {
        schema: {
          tags,
          params: s.actionParams,
          body: s.actionBody,
          response: { 200: s.conventionOut, ...errors },
        },
      },
      async (req) => conventions.act(callerOf(req), req.params.id, req.params.action, req.body),
    );
    app.post(
      '/conventions/:id/signatures',
      { schema: { tags, params: idParams, response: { 200: s.conventionOut, ...errors } } },
      async (req) => conventions.sign(callerOf(req), req.params.id),
    );
    app.get(
      '/conventions/:id/coverage',
      { schema: { tags, params: idParams, response: { 200: s.coverageOut, ...errors } } },
      async (req) => conventions.coverage(callerOf(req), req.params.id),
    );
  };
