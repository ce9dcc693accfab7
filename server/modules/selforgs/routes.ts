import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../http/auth';
import { errorBody } from '../../http/errors';
import { pageQuery } from '../../http/pagination';
import { idParams } from '../org/schema';
import * as s from './schema';
import type { SelfOrgsService } from './service';

const errors = { 400: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

/** Residents' self-organisations: docs/API.md "Self-organisations". */
export const selfOrgRoutes =
  (o: SelfOrgsService): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['self-organisations'];
    app.get(
      '/self-orgs',
      { schema: { tags, querystring: s.listOrgsQuery, response: { 200: s.orgPage, ...errors } } },
      async (req) => o.listOrgs(callerOf(req), req.query),
    );
    app.post(
      '/self-orgs',
      { schema: { tags, body: s.orgBody, response: { 201: s.orgDetail, ...errors } } },
      async (req, reply) => reply.status(201).send(await o.createOrg(callerOf(req), req.body)),
    );
    app.get(
      '/self-orgs/stats',
      { schema: { tags, querystring: s.statsQuery, response: { 200: s.stats, ...errors } } },
      async (req) => o.stats(callerOf(req), req.query.nodeId),
    );
    app.get(
      '/self-orgs/near',
      { schema: { tags, response: { 200: z.object({ items: z.array(s.org) }) } } },
      async (req) => o.near(callerOf(req)),
    );
    app.get(
      '/self-orgs/:id',
      { schema: { tags, params: idParams, response: { 200: s.orgDetail, ...errors } } },
      async (req) => o.getOrg(callerOf(req), req.params.id),
    );
    app.get(
      '/self-orgs/:id/members',
      {
        schema: {
          tags,
          params: idParams,
          querystring: z.object(pageQuery),
          response: { 200: s.memberPage, ...errors },
        },
      },
      async (req) => o.members(callerOf(req), req.params.id, req.query),
    );
    app.post(
      '/self-orgs/:id/members',
      { schema: { tags, params: idParams, body: s.memberBody, response: { 201: s.orgDetail, ...errors } } },
      async (req, reply) =>
        reply.status(201).send(await o.addMember(callerOf(req), req.params.id, req.body.personId)),
    );
    app.delete(
      '/self-orgs/:id/members/:personId',
      { schema: { tags, params: s.memberParams, response: { 200: s.orgDetail, ...errors } } },
      async (req) => o.removeMember(callerOf(req), req.params.id, req.params.personId),
    );
    app.post(
      '/self-orgs/:id/stage',
      { schema: { tags, params: idParams, body: s.stageBody, response: { 200: s.orgDetail, ...errors } } },
      async (req) => o.changeStage(callerOf(req), req.params.id, req.body),
    );
    app.post(
      '/self-orgs/:id/support',
      { schema: { tags, params: idParams, body: s.supportBody, response: { 201: s.orgDetail, ...errors } } },
      async (req, reply) =>
        reply.status(201).send(await o.addSupport(callerOf(req), req.params.id, req.body)),
    );
    app.post(
      '/self-orgs/:id/activities',
      {
        schema: {
          tags,
          params: idParams,
          body: s.activityLinkBody,
          response: { 201: s.orgDetail, ...errors },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await o.linkActivity(callerOf(req), req.params.id, req.body.activityId)),
    );
    app.delete(
      '/self-orgs/:id/activities/:activityId',
      { schema: { tags, params: s.activityParams, response: { 200: s.orgDetail, ...errors } } },
      async (req) => o.unlinkActivity(callerOf(req), req.params.id, req.params.activityId),
    );
  };
