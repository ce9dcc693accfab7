import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../http/auth';
import { idParams } from '../org/schema';
import * as s from './schema';
import type { registryService } from './service';

export const registryRoutes =
  (registry: ReturnType<typeof registryService>): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['registry'];
    const oneHouse = { 200: s.house };
    app.get(
      '/registry/houses',
      { schema: { tags, querystring: s.houseListQuery, response: { 200: s.housePage } } },
      async (req) => registry.listHouses(callerOf(req), req.query),
    );
    app.get('/registry/houses/:id', { schema: { tags, params: idParams, response: oneHouse } }, async (req) =>
      registry.getHouse(callerOf(req), req.params.id),
    );
    app.post(
      '/registry/houses',
      { schema: { tags, body: s.createHouseBody, response: { 201: s.house } } },
      async (req, reply) => reply.status(201).send(await registry.createHouse(callerOf(req), req.body)),
    );
    app.patch(
      '/registry/houses/:id',
      { schema: { tags, params: idParams, body: s.updateHouseBody, response: oneHouse } },
      async (req) => registry.updateHouse(callerOf(req), req.params.id, req.body),
    );
    app.post(
      '/registry/houses/:id/owners',
      { schema: { tags, params: idParams, body: s.ownerBody, response: oneHouse } },
      async (req) => registry.addOwner(callerOf(req), req.params.id, req.body.personId),
    );
    app.delete(
      '/registry/houses/:id/owners/:personId',
      { schema: { tags, params: s.ownerParams } },
      async (req, reply) => {
        await registry.removeOwner(callerOf(req), req.params.id, req.params.personId);
        return reply.status(204).send();
      },
    );

    app.get(
      '/registry/people',
      { schema: { tags, querystring: s.personListQuery, response: { 200: s.personPage } } },
      async (req) => registry.searchPeople(callerOf(req), req.query),
    );
    app.get(
      '/registry/people/:id',
      { schema: { tags, params: idParams, response: { 200: s.person } } },
      async (req) => registry.getPerson(callerOf(req), req.params.id),
    );
    app.post(
      '/registry/people',
      { schema: { tags, body: s.createPersonBody, response: { 201: s.person } } },
      async (req, reply) => reply.status(201).send(await registry.createPerson(callerOf(req), req.body)),
    );
    app.patch(
      '/registry/people/:id',
      { schema: { tags, params: idParams, body: s.updatePersonBody, response: { 200: s.person } } },
      async (req) => registry.updatePerson(callerOf(req), req.params.id, req.body),
    );
    app.post(
      '/registry/people/:id/reveal',
      { schema: { tags, params: idParams, body: s.revealBody, response: { 200: s.revealResponse } } },
      async (req) => registry.reveal(callerOf(req), req.params.id, req.body.field, req.body.reason),
    );

    app.post(
      '/registry/residences',
      { schema: { tags, body: s.createResidenceBody, response: { 201: s.house } } },
      async (req, reply) => reply.status(201).send(await registry.addResidence(callerOf(req), req.body)),
    );
    app.patch(
      '/registry/residences/:id',
      { schema: { tags, params: idParams, body: s.updateResidenceBody, response: oneHouse } },
      async (req) => registry.updateResidence(callerOf(req), req.params.id, req.body),
    );
    app.get(
      '/registry/registrations/overdue',
      { schema: { tags, querystring: s.overdueQuery, response: { 200: s.overduePage } } },
      async (req) => registry.overdue(callerOf(req), req.query.placeId, req.query.cursor, req.query.limit),
    );
  };
