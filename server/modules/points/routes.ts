import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../http/auth';
import { errorBody } from '../../http/errors';
import { pageQuery } from '../../http/pagination';
import { idParams } from '../org/schema';
import { attachment, XLSX_TYPE } from '../registry/import/template';
import * as s from './schema';
import type { PointsService } from './service';

const errors = { 400: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const listQuery = z.object(pageQuery);

/** The points passbook: docs/API.md "Points passbook". */
export const pointsRoutes =
  (p: PointsService): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['points'];
    app.get(
      '/points/rules',
      { schema: { tags, querystring: s.rulesQuery, response: { 200: s.rules, ...errors } } },
      async (req) => p.getRules(callerOf(req), req.query.communityId),
    );
    app.put(
      '/points/rules',
      { schema: { tags, body: s.rulesBody, response: { 200: s.rules, ...errors } } },
      async (req) => p.setRules(callerOf(req), req.body),
    );
    app.get(
      '/points/passbooks',
      { schema: { tags, querystring: s.passbooksQuery, response: { 200: s.passbookPage, ...errors } } },
      async (req) => p.passbooks(callerOf(req), req.query),
    );
    app.get(
      '/points/passbooks/:id',
      { schema: { tags, params: idParams, response: { 200: s.passbook, ...errors } } },
      async (req) => p.passbook(callerOf(req), req.params.id),
    );
    app.get(
      '/points/passbooks/:id/entries',
      {
        schema: { tags, params: idParams, querystring: listQuery, response: { 200: s.entryPage, ...errors } },
      },
      async (req) => p.entries(callerOf(req), req.params.id, req.query),
    );
    app.get(
      '/points/passbooks/:id/statement',
      {
        schema: {
          tags,
          params: idParams,
          querystring: s.monthQuery,
          response: { 200: s.statement, ...errors },
        },
      },
      async (req) => p.statement(callerOf(req), req.params.id, req.query.month),
    );
    app.get(
      '/points/passbooks/:id/statement.xlsx',
      {
        schema: {
          tags,
          params: idParams,
          querystring: s.monthQuery,
          description: "A person's monthly passbook statement (积分月结单) as xlsx",
        },
      },
      async (req, reply) => {
        const file = await p.statementFile(callerOf(req), req.params.id, req.query.month);
        return reply
          .header('content-type', XLSX_TYPE)
          .header(
            'content-disposition',
            attachment({
              ascii: `linli-points-${file.personId}-${file.month}.xlsx`,
              zh: `积分月结单-${file.personId}-${file.month}.xlsx`,
            }),
          )
          .send(file.content);
      },
    );
    app.get(
      '/points/me',
      { schema: { tags, querystring: listQuery, response: { 200: s.mine } } },
      async (req) => p.mine(callerOf(req), req.query),
    );
    app.get(
      '/points/rewards',
      { schema: { tags, querystring: s.rewardsQuery, response: { 200: s.rewardPage, ...errors } } },
      async (req) => p.listRewards(callerOf(req), req.query),
    );
    app.post(
      '/points/rewards',
      { schema: { tags, body: s.rewardBody, response: { 201: s.reward, ...errors } } },
      async (req, reply) => reply.status(201).send(await p.createReward(callerOf(req), req.body)),
    );
    app.patch(
      '/points/rewards/:id',
      { schema: { tags, params: idParams, body: s.rewardPatch, response: { 200: s.reward, ...errors } } },
      async (req) => p.updateReward(callerOf(req), req.params.id, req.body),
    );
    app.post(
      '/points/rewards/:id/redeem',
      { schema: { tags, params: idParams, body: s.redeemBody, response: { 201: s.redemption, ...errors } } },
      async (req, reply) =>
        reply.status(201).send(await p.redeem(callerOf(req), req.params.id, req.body?.personId)),
    );
    app.get(
      '/points/redemptions',
      { schema: { tags, querystring: s.redemptionsQuery, response: { 200: s.redemptionPage, ...errors } } },
      async (req) => p.redemptions(callerOf(req), req.query),
    );
    app.post(
      '/points/redemptions/:id/deliver',
      { schema: { tags, params: idParams, response: { 200: s.redemption, ...errors } } },
      async (req) => p.deliver(callerOf(req), req.params.id),
    );
  };
