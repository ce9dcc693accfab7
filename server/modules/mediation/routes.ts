import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../http/auth';
import { errorBody } from '../../http/errors';
import { idParams } from '../org/schema';
import { attachment, XLSX_TYPE } from '../registry/import/template';
import type { Decision } from './cases';
import * as s from './schema';
import type { MediationService } from './service';

const errors = { 400: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

/** The body of each deciding action, and how it becomes the decision the use case applies. */
const DECISIONS = [
  ['agree', s.agreeBody, (b: z.infer<typeof s.agreeBody>): Decision => ({ action: 'agree', ...b })],
  ['fail', s.failBody, (b: z.infer<typeof s.failBody>): Decision => ({ action: 'fail', ...b })],
  ['refer', s.referBody, (b: z.infer<typeof s.referBody>): Decision => ({ action: 'refer', ...b })],
  [
    'follow-up',
    s.followUpBody,
    (b: z.infer<typeof s.followUpBody>): Decision => ({ action: 'follow_up', ...b }),
  ],
  ['close', s.closeBody, (): Decision => ({ action: 'close' })],
] as const;

/** People's mediation: docs/API.md "Mediation". */
export const mediationRoutes =
  (m: MediationService): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['mediation'];
    app.get(
      '/mediation/cases',
      { schema: { tags, querystring: s.listCasesQuery, response: { 200: s.casePage, ...errors } } },
      async (req) => m.listCases(callerOf(req), req.query),
    );
    app.post(
      '/mediation/cases',
      { schema: { tags, body: s.caseBody, response: { 201: s.mediationCase, ...errors } } },
      async (req, reply) => reply.status(201).send(await m.openCase(callerOf(req), req.body)),
    );
    app.get(
      '/mediation/cases/:id',
      { schema: { tags, params: idParams, response: { 200: s.mediationCase, ...errors } } },
      async (req) => m.getCase(callerOf(req), req.params.id),
    );
    app.post(
      '/mediation/cases/:id/sessions',
      {
        schema: {
          tags,
          params: idParams,
          body: s.sessionBody,
          response: { 201: s.mediationCase, ...errors },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await m.recordSession(callerOf(req), req.params.id, req.body)),
    );
    for (const [path, body, toDecision] of DECISIONS)
      app.post(
        `/mediation/cases/:id/${path}`,
        { schema: { tags, params: idParams, body, response: { 200: s.mediationCase, ...errors } } },
        // Each body was validated by its own schema above; the cast only joins the tuple's members.
        async (req) =>
          m.decide(callerOf(req), req.params.id, (toDecision as (b: unknown) => Decision)(req.body)),
      );
    app.get(
      '/mediation/mediators',
      { schema: { tags, querystring: s.mediatorsQuery, response: { 200: s.mediatorPage, ...errors } } },
      async (req) => m.mediators(callerOf(req), req.query),
    );
    app.post(
      '/mediation/mediators',
      { schema: { tags, body: s.mediatorBody, response: { 201: s.mediatorRow, ...errors } } },
      async (req, reply) =>
        reply.status(201).send(await m.addMediator(callerOf(req), req.body.communityId, req.body.personId)),
    );
    app.post(
      '/mediation/mediators/revoke',
      {
        schema: {
          tags,
          body: s.mediatorBody,
          description: 'Ends the appointment; the cases they mediated keep them',
        },
      },
      async (req, reply) => {
        await m.revokeMediator(callerOf(req), req.body.communityId, req.body.personId);
        return reply.status(204).send();
      },
    );
    app.get(
      '/mediation/stats',
      { schema: { tags, querystring: s.statsQuery, response: { 200: s.stats, ...errors } } },
      async (req) => m.stats(callerOf(req), req.query),
    );
    app.get(
      '/mediation/trend',
      {
        schema: {
          tags,
          querystring: s.trendQuery,
          response: { 200: s.trend, ...errors },
          description: 'Disputes of one type per month against the same months a year earlier',
        },
      },
      async (req) => m.trend(callerOf(req), req.query),
    );
    app.get(
      '/mediation/cases.xlsx',
      {
        schema: {
          tags,
          querystring: s.exportQuery,
          description: 'The mediation ledger (人民调解台账) as xlsx',
        },
      },
      async (req, reply) =>
        reply
          .header('content-type', XLSX_TYPE)
          .header(
            'content-disposition',
            attachment({ ascii: 'linli-mediation-cases.xlsx', zh: '人民调解台账.xlsx' }),
          )
          .send(await m.exportCases(callerOf(req), req.query.nodeId)),
    );
    app.get(
      '/mediation/mine',
      { schema: { tags, response: { 200: z.object({ items: z.array(s.caseSummary) }) } } },
      async (req) => m.mine(callerOf(req)),
    );
  };
