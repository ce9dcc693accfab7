import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../http/auth';
import { idParams } from '../org/schema';
import * as s from './schema';
import type { accountsService } from './service';

export const accountRoutes =
  (accounts: ReturnType<typeof accountsService>): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['accounts'];
    app.get(
      '/accounts',
      { schema: { tags, querystring: s.accountListQuery, response: { 200: s.accountPage } } },
      async (req) => accounts.list(callerOf(req), req.query.q, req.query.cursor, req.query.limit),
    );
    app.post(
      '/accounts',
      { schema: { tags, body: s.createAccountBody, response: { 201: s.accountResponse } } },
      async (req, reply) => reply.status(201).send(await accounts.create(callerOf(req), req.body)),
    );
    app.post(
      '/accounts/:id/roles',
      { schema: { tags, params: idParams, body: s.grantBody, response: { 200: s.accountResponse } } },
      async (req) => accounts.grant(callerOf(req), req.params.id, req.body),
    );
    app.delete(
      '/accounts/:id/roles/:role/:nodeId',
      { schema: { tags, params: s.revokeParams } },
      async (req, reply) => {
        await accounts.revoke(callerOf(req), req.params.id, {
          role: req.params.role,
          nodeId: req.params.nodeId,
        });
        return reply.status(204).send();
      },
    );
    app.post(
      '/accounts/:id/unlock',
      { schema: { tags, params: idParams, response: { 200: s.accountResponse } } },
      async (req) => accounts.unlock(callerOf(req), req.params.id),
    );
  };
