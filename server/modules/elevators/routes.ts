import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../http/auth';
import { errorBody } from '../../http/errors';
import { idParams } from '../org/schema';
import * as s from './schema';
import type { ElevatorsService } from './service';

const errors = { 400: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

/** Elevator retrofits: docs/API.md "Elevator retrofits". */
export const elevatorRoutes =
  (elevators: ElevatorsService): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['elevators'];
    const base = '/elevator-installations';
    app.get(
      `${base}/eligibility`,
      { schema: { tags, querystring: s.eligibilityQuery, response: { 200: s.eligibilityOut, ...errors } } },
      async (req) => elevators.eligibility(callerOf(req), req.query.unitId),
    );
    app.post(
      base,
      { schema: { tags, body: s.createBody, response: { 201: s.installation, ...errors } } },
      async (req, reply) => reply.status(201).send(await elevators.create(callerOf(req), req.body)),
    );
    app.get(
      base,
      { schema: { tags, querystring: s.listQuery, response: { 200: s.summaryPage, ...errors } } },
      async (req) => elevators.list(callerOf(req), req.query),
    );
    app.get(
      `${base}/:id`,
      { schema: { tags, params: idParams, response: { 200: s.installation, 404: errorBody } } },
      async (req) => elevators.get(callerOf(req), req.params.id),
    );
    app.post(
      `${base}/:id/actions/:action`,
      {
        schema: {
          tags,
          params: s.actionParams,
          body: s.actionBody,
          response: { 200: s.installation, ...errors },
        },
      },
      async (req) => elevators.act(callerOf(req), req.params.id, req.params.action, req.body),
    );
    app.put(
      `${base}/:id/occupied`,
      {
        schema: {
          tags,
          params: idParams,
          body: s.occupiedBody,
          response: { 200: s.installation, ...errors },
        },
      },
      async (req) => elevators.setOccupied(callerOf(req), req.params.id, req.body),
    );
    app.post(
      `${base}/:id/consents`,
      {
        schema: { tags, params: idParams, body: s.consentBody, response: { 200: s.installation, ...errors } },
      },
      async (req) => elevators.consent(callerOf(req), req.params.id, req.body),
    );
    app.put(
      `${base}/:id/costs`,
      { schema: { tags, params: idParams, body: s.costsBody, response: { 200: s.installation, ...errors } } },
      async (req) => elevators.costs(callerOf(req), req.params.id, req.body),
    );
  };
