import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../http/auth';
import { errorBody } from '../../http/errors';
import { pageQuery } from '../../http/pagination';
import { idParams } from '../org/schema';
import * as s from './schema';
import type { VolunteersService } from './service';

const errors = { 400: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const listQuery = z.object(pageQuery);

/** Volunteer teams and activities: docs/API.md "Volunteers". */
export const volunteerRoutes =
  (v: VolunteersService): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['volunteers'];
    app.get(
      '/volunteers/teams',
      { schema: { tags, querystring: s.listTeamsQuery, response: { 200: s.teamPage, ...errors } } },
      async (req) => v.listTeams(callerOf(req), req.query),
    );
    app.post(
      '/volunteers/teams',
      { schema: { tags, body: s.teamBody, response: { 201: s.team, ...errors } } },
      async (req, reply) => reply.status(201).send(await v.createTeam(callerOf(req), req.body)),
    );
    app.get(
      '/volunteers/teams/:id',
      { schema: { tags, params: idParams, response: { 200: s.team, ...errors } } },
      async (req) => v.getTeam(callerOf(req), req.params.id),
    );
    app.get(
      '/volunteers/teams/:id/members',
      {
        schema: {
          tags,
          params: idParams,
          querystring: listQuery,
          response: { 200: s.memberPage, ...errors },
        },
      },
      async (req) => v.members(callerOf(req), req.params.id, req.query),
    );
    app.post(
      '/volunteers/teams/:id/members',
      { schema: { tags, params: idParams, body: s.memberBody, response: { 201: s.member, ...errors } } },
      async (req, reply) =>
        reply
          .status(201)
          .send(await v.addMember(callerOf(req), req.params.id, req.body.personId, req.body.role)),
    );
    app.delete(
      '/volunteers/teams/:id/members/:personId',
      { schema: { tags, params: s.memberParams } },
      async (req, reply) => {
        await v.removeMember(callerOf(req), req.params.id, req.params.personId);
        return reply.status(204).send();
      },
    );

    app.get(
      '/volunteers/activities',
      { schema: { tags, querystring: s.listActivitiesQuery, response: { 200: s.activityPage, ...errors } } },
      async (req) => v.listActivities(callerOf(req), req.query),
    );
    app.post(
      '/volunteers/activities',
      { schema: { tags, body: s.activityBody, response: { 201: s.activity, ...errors } } },
      async (req, reply) => reply.status(201).send(await v.createActivity(callerOf(req), req.body)),
    );
    app.get(
      '/volunteers/activities/:id',
      { schema: { tags, params: idParams, response: { 200: s.activity, ...errors } } },
      async (req) => v.getActivity(callerOf(req), req.params.id),
    );
    app.post(
      '/volunteers/activities/:id/cancel',
      { schema: { tags, params: idParams, response: { 200: s.activity, ...errors } } },
      async (req) => v.cancelActivity(callerOf(req), req.params.id),
    );
    app.get(
      '/volunteers/activities/:id/signups',
      {
        schema: {
          tags,
          params: idParams,
          querystring: listQuery,
          response: { 200: s.signupPage, ...errors },
        },
      },
      async (req) => v.roster(callerOf(req), req.params.id, req.query),
    );
    app.post(
      '/volunteers/activities/:id/signups',
      { schema: { tags, params: idParams, body: s.signupBody, response: { 201: s.signup, ...errors } } },
      async (req, reply) =>
        reply.status(201).send(await v.signUp(callerOf(req), req.params.id, req.body?.personId)),
    );
    app.post(
      '/volunteers/activities/:id/withdraw',
      { schema: { tags, params: idParams, response: { 200: s.signup, ...errors } } },
      async (req) => v.withdraw(callerOf(req), req.params.id),
    );
    for (const action of ['in', 'out'] as const)
      app.post(
        `/volunteers/activities/:id/signups/:signupId/check-${action}`,
        { schema: { tags, params: s.signupParams, response: { 200: s.signup, ...errors } } },
        async (req) => v.checkByOrganiser(callerOf(req), req.params.id, req.params.signupId, action),
      );
    app.get(
      '/volunteers/activities/:id/code',
      {
        schema: {
          tags,
          params: idParams,
          querystring: s.codeQuery,
          response: { 200: s.code, ...errors },
          description:
            "The organiser's minute code for check-in or check-out, shown as a QR code on their phone",
        },
      },
      async (req) => v.code(callerOf(req), req.params.id, req.query.action),
    );
    app.post(
      '/volunteers/check',
      { schema: { tags, body: s.checkBody, response: { 200: s.signup, ...errors } } },
      async (req) => v.checkByCode(callerOf(req), req.body),
    );
    app.get(
      '/volunteers/stats',
      { schema: { tags, querystring: s.statsQuery, response: { 200: s.statsPage, ...errors } } },
      async (req) => v.stats(callerOf(req), req.query),
    );
    app.get(
      '/volunteers/party-service',
      {
        schema: {
          tags,
          response: { 200: s.partyService },
          description:
            "党员服务: a party member's compounds, their open requests and activities, and service by month",
        },
      },
      async (req) => v.partyService(callerOf(req)),
    );
    app.get('/volunteers/me', { schema: { tags, response: { 200: s.mine } } }, async (req) =>
      v.mine(callerOf(req)),
    );
  };
