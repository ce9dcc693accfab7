import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../http/auth';
import { idParams } from '../org/schema';
import * as s from './schema';
import type { gridsService } from './service';

export const gridRoutes =
  (grids: ReturnType<typeof gridsService>): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['grids'];
    const one = { 200: s.grid };
    app.get('/me/grid', { schema: { tags, response: { 200: s.myGrid } } }, async (req) =>
      grids.mine(callerOf(req)),
    );
    app.get(
      '/org/grids',
      { schema: { tags, querystring: s.gridListQuery, response: { 200: s.gridPage } } },
      async (req) => grids.list(callerOf(req), req.query),
    );
    app.get('/org/grids/:id', { schema: { tags, params: idParams, response: one } }, async (req) =>
      grids.get(callerOf(req), req.params.id),
    );
    app.post(
      '/org/grids',
      { schema: { tags, body: s.createGridBody, response: { 201: s.grid } } },
      async (req, reply) => reply.status(201).send(await grids.create(callerOf(req), req.body)),
    );
    app.patch(
      '/org/grids/:id',
      { schema: { tags, params: idParams, body: s.updateGridBody, response: one } },
      async (req) => grids.update(callerOf(req), req.params.id, req.body),
    );
    app.put(
      '/org/grids/:id/compounds',
      { schema: { tags, params: idParams, body: s.gridCompoundsBody, response: one } },
      async (req) => grids.setCompounds(callerOf(req), req.params.id, req.body.compounds),
    );
    app.put(
      '/org/grids/:id/workers',
      { schema: { tags, params: idParams, body: s.gridWorkersBody, response: one } },
      async (req) => grids.setWorkers(callerOf(req), req.params.id, req.body.accountIds),
    );
    app.post(
      '/org/grids/merge',
      { schema: { tags, body: s.mergeGridsBody, response: { 201: s.grid } } },
      async (req, reply) => reply.status(201).send(await grids.merge(callerOf(req), req.body)),
    );
  };
