import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../http/auth';
import { errorBody } from '../../http/errors';
import { idParams } from '../org/schema';
import { attachment, XLSX_TYPE } from '../registry/import/template';
import * as s from './schema';
import type { PatrolsService } from './service';

const errors = { 400: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

/** Patrols: docs/API.md "Patrols". */
export const patrolRoutes =
  (v: PatrolsService): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['patrols'];
    app.get(
      '/patrols/checklists',
      {
        schema: { tags, response: { 200: s.defaults }, description: 'The default checklists of a new plan' },
      },
      async () => v.defaults(),
    );
    app.get(
      '/patrols/plans',
      { schema: { tags, querystring: s.listPlansQuery, response: { 200: s.planPage, ...errors } } },
      async (req) => v.listPlans(callerOf(req), req.query),
    );
    app.post(
      '/patrols/plans',
      { schema: { tags, body: s.planBody, response: { 201: s.plan, ...errors } } },
      async (req, reply) => reply.status(201).send(await v.createPlan(callerOf(req), req.body)),
    );
    app.get(
      '/patrols/plans/:id',
      { schema: { tags, params: idParams, response: { 200: s.plan, ...errors } } },
      async (req) => v.getPlan(callerOf(req), req.params.id),
    );
    app.patch(
      '/patrols/plans/:id',
      { schema: { tags, params: idParams, body: s.planPatch, response: { 200: s.plan, ...errors } } },
      async (req) => v.updatePlan(callerOf(req), req.params.id, req.body),
    );
    app.get(
      '/patrols/points',
      { schema: { tags, querystring: s.listPointsQuery, response: { 200: s.pointPage, ...errors } } },
      async (req) => v.listPoints(callerOf(req), req.query),
    );
    app.post(
      '/patrols/points',
      { schema: { tags, body: s.pointBody, response: { 201: s.point, ...errors } } },
      async (req, reply) => reply.status(201).send(await v.createPoint(callerOf(req), req.body)),
    );
    app.get(
      '/patrols/coverage',
      { schema: { tags, querystring: s.coverageQuery, response: { 200: s.coverageResponse, ...errors } } },
      async (req) => v.coverage(callerOf(req), req.query),
    );
    app.get(
      '/patrols/coverage.xlsx',
      {
        schema: { tags, querystring: s.coverageQuery, description: 'The coverage report as an xlsx ledger' },
      },
      async (req, reply) => {
        const file = await v.coverageFile(callerOf(req), req.query);
        const span = `${req.query.from}_${req.query.to}`;
        return reply
          .header('content-type', XLSX_TYPE)
          .header(
            'content-disposition',
            attachment({ ascii: `linli-patrol-coverage-${span}.xlsx`, zh: `巡查覆盖-${span}.xlsx` }),
          )
          .send(file);
      },
    );
    app.get(
      '/patrols',
      { schema: { tags, querystring: s.listPatrolsQuery, response: { 200: s.patrolPage, ...errors } } },
      async (req) => v.listPatrols(callerOf(req), req.query),
    );
    app.post(
      '/patrols',
      { schema: { tags, body: s.startBody, response: { 201: s.patrolDetail, ...errors } } },
      async (req, reply) =>
        reply.status(201).send(await v.start(callerOf(req), req.body.planId, req.body.note)),
    );
    app.get(
      '/patrols/:id',
      { schema: { tags, params: idParams, response: { 200: s.patrolDetail, ...errors } } },
      async (req) => v.getPatrol(callerOf(req), req.params.id),
    );
    app.post(
      '/patrols/:id/check-ins',
      {
        schema: { tags, params: idParams, body: s.checkInBody, response: { 201: s.patrolDetail, ...errors } },
      },
      async (req, reply) => reply.status(201).send(await v.checkIn(callerOf(req), req.params.id, req.body)),
    );
    app.put(
      '/patrols/:id/answers/:itemCode',
      {
        schema: {
          tags,
          params: s.answerParams,
          body: s.answerBody,
          response: { 200: s.patrolDetail, ...errors },
        },
      },
      async (req) => v.answer(callerOf(req), req.params.id, req.params.itemCode, req.body),
    );
    app.post(
      '/patrols/:id/answers/:itemCode/event',
      {
        schema: {
          tags,
          params: s.answerParams,
          body: s.fileBody,
          response: { 201: z.object({ eventId: z.number(), patrol: s.patrolDetail }), ...errors },
          description:
            "One tap on a failed item: files an event of the item's category at its check-in's place, with its note and photos",
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(await v.fileEvent(callerOf(req), req.params.id, req.params.itemCode, req.body?.description)),
    );
    app.post(
      '/patrols/:id/members',
      {
        schema: { tags, params: idParams, body: s.memberBody, response: { 201: s.patrolDetail, ...errors } },
      },
      async (req, reply) => reply.status(201).send(await v.addMember(callerOf(req), req.params.id, req.body)),
    );
    app.post(
      '/patrols/:id/finish',
      {
        schema: { tags, params: idParams, body: s.finishBody, response: { 200: s.patrolDetail, ...errors } },
      },
      async (req) => v.finish(callerOf(req), req.params.id, req.body?.note),
    );
  };
