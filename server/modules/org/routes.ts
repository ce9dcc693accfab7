import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../http/auth';
import * as s from './schema';
import type { orgService } from './service';

export const orgRoutes =
  (org: ReturnType<typeof orgService>): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/org/nodes',
      { schema: { tags: ['org'], querystring: s.listNodesQuery, response: { 200: s.nodePage } } },
      async (req) => org.listNodes(callerOf(req), req.query),
    );
    app.get(
      '/org/nodes/:id',
      { schema: { tags: ['org'], params: s.idParams, response: { 200: s.node } } },
      async (req) => org.getNode(callerOf(req), req.params.id),
    );
    app.post(
      '/org/nodes',
      { schema: { tags: ['org'], body: s.createNodeBody, response: { 201: s.node } } },
      async (req, reply) => reply.status(201).send(await org.createNode(callerOf(req), req.body)),
    );
    app.patch(
      '/org/nodes/:id',
      { schema: { tags: ['org'], params: s.idParams, body: s.updateNodeBody, response: { 200: s.node } } },
      async (req) => org.updateNode(callerOf(req), req.params.id, req.body),
    );
  };
