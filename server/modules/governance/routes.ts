import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../http/auth';
import { forbidden } from '../../http/errors';
import { canAnywhere } from '../../../domain/auth/policy';
import { idParams } from '../org/schema';
import * as s from './schema';
import type { governanceService } from './service';
import type { ledgerService } from '../registry/import/ledger';
import { attachment, XLSX_TYPE } from '../registry/import/template';

export const governanceRoutes =
  (
    gov: ReturnType<typeof governanceService>,
    ledgers: ReturnType<typeof ledgerService>,
  ): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['governance'];
    app.get('/governance/building-leaders/duties', { schema: { tags } }, async (req) => {
      if (!canAnywhere(callerOf(req).grants, 'governance.read')) throw forbidden();
      return { items: gov.duties() };
    });
    app.get(
      '/governance/building-leaders',
      { schema: { tags, querystring: s.placeListQuery, response: { 200: s.leaderPage } } },
      async (req) => gov.listLeaders(callerOf(req), req.query.placeId, req.query.cursor, req.query.limit),
    );
    app.post(
      '/governance/building-leaders',
      { schema: { tags, body: s.leaderBody, response: { 201: s.leader } } },
      async (req, reply) => reply.status(201).send(await gov.appointLeader(callerOf(req), req.body)),
    );
    app.patch(
      '/governance/building-leaders/:id',
      { schema: { tags, params: idParams, body: s.updateLeaderBody, response: { 200: s.leader } } },
      async (req) => gov.updateLeader(callerOf(req), req.params.id, req.body),
    );
    app.get(
      '/governance/coverage',
      { schema: { tags, querystring: s.coverageQuery, response: { 200: s.coverageResponse } } },
      async (req) => gov.coverage(callerOf(req), req.query.nodeId),
    );
    app.get(
      '/governance/coverage/compounds',
      { schema: { tags, querystring: s.compoundCoverageQuery, response: { 200: s.compoundCoveragePage } } },
      async (req) => gov.compoundCoverage(callerOf(req), req.query.nodeId, req.query.cursor, req.query.limit),
    );
    app.get(
      '/governance/property-staff',
      { schema: { tags, querystring: s.propertyStaffQuery, response: { 200: s.propertyStaffPage } } },
      async (req) => gov.propertyStaff(callerOf(req), req.query),
    );
    app.get(
      '/governance/bodies',
      { schema: { tags, querystring: s.bodyListQuery, response: { 200: s.bodyPage } } },
      async (req) =>
        gov.listBodies(callerOf(req), req.query.placeId, req.query.kind, req.query.cursor, req.query.limit),
    );
    app.get(
      '/governance/bodies/:id',
      { schema: { tags, params: idParams, response: { 200: s.body } } },
      async (req) => gov.getBody(callerOf(req), req.params.id),
    );
    app.post(
      '/governance/bodies',
      { schema: { tags, body: s.createBodyBody, response: { 201: s.body } } },
      async (req, reply) => reply.status(201).send(await gov.createBody(callerOf(req), req.body)),
    );
    app.patch(
      '/governance/bodies/:id',
      { schema: { tags, params: idParams, body: s.updateBodyBody, response: { 200: s.body } } },
      async (req) => gov.updateBody(callerOf(req), req.params.id, req.body),
    );
    app.put(
      '/governance/bodies/:id/members',
      { schema: { tags, params: idParams, body: s.membersBody, response: { 200: s.body } } },
      async (req) => gov.setMembers(callerOf(req), req.params.id, req.body.members),
    );
    app.get(
      '/governance/party-checkins',
      { schema: { tags, querystring: s.placeListQuery, response: { 200: s.checkinPage } } },
      async (req) => gov.listCheckins(callerOf(req), req.query.placeId, req.query.cursor, req.query.limit),
    );
    app.get(
      '/governance/capable-persons',
      { schema: { tags, querystring: s.placeListQuery, response: { 200: s.capablePage } } },
      async (req) => gov.listCapable(callerOf(req), req.query.placeId, req.query.cursor, req.query.limit),
    );
    app.get(
      '/governance/exports/building-leaders',
      { schema: { tags, querystring: z.object({ placeId: idParams.shape.id }) } },
      async (req, reply) => {
        const ledger = await ledgers.open(callerOf(req), 'building-leaders', req.query.placeId);
        return reply
          .header('content-type', XLSX_TYPE)
          .header('content-disposition', attachment(ledger.fileName))
          .send(ledger.stream);
      },
    );
    const created = z.object({ id: z.number() }).passthrough();
    app.post(
      '/governance/party-checkins',
      { schema: { tags, body: s.checkinBody, response: { 201: created } } },
      async (req, reply) => reply.status(201).send(await gov.checkIn(callerOf(req), req.body)),
    );
    app.post(
      '/governance/capable-persons',
      { schema: { tags, body: s.capableBody, response: { 201: created } } },
      async (req, reply) => reply.status(201).send(await gov.addCapablePerson(callerOf(req), req.body)),
    );
  };
