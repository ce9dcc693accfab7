import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CHANNELS, CHOICES } from '../../../domain/votes/vote';
import { callerOf } from '../../http/auth';
import { errorBody } from '../../http/errors';
import { idParams } from '../org/schema';
import { attachment, XLSX_TYPE } from '../registry/import/template';
import * as s from './schema';
import type { VotesService } from './service';

const errors = { 400: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const ballotResponse = z.object({
  id: z.number(),
  voteId: z.number(),
  houseId: z.number(),
  choice: z.enum(CHOICES),
  channel: z.enum(CHANNELS),
  castAt: z.date(),
  /** True when it replaced the house's earlier ballot (votes that allow changes). */
  replaced: z.boolean(),
});

/** Owner votes: docs/API.md "Owner votes". */
export const voteRoutes =
  (votes: VotesService): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['votes'];
    app.post(
      '/votes',
      { schema: { tags, body: s.createBody, response: { 201: s.vote, ...errors } } },
      async (req, reply) => reply.status(201).send(await votes.create(callerOf(req), req.body)),
    );
    app.get(
      '/votes',
      { schema: { tags, querystring: s.listQuery, response: { 200: s.votePage } } },
      async (req) => votes.list(callerOf(req), req.query),
    );
    app.get(
      '/votes/:id',
      { schema: { tags, params: idParams, response: { 200: s.vote, 404: errorBody } } },
      async (req) => votes.get(callerOf(req), req.params.id),
    );
    app.post(
      '/votes/:id/open',
      { schema: { tags, params: idParams, response: { 200: s.vote, ...errors } } },
      async (req) => votes.open(callerOf(req), req.params.id),
    );
    app.post(
      '/votes/:id/close',
      { schema: { tags, params: idParams, body: s.closeBody, response: { 200: s.vote, ...errors } } },
      async (req) => votes.close(callerOf(req), req.params.id, req.body?.noticeDays),
    );
    app.post(
      '/votes/:id/cancel',
      { schema: { tags, params: idParams, response: { 200: s.vote, ...errors } } },
      async (req) => votes.cancel(callerOf(req), req.params.id),
    );
    app.post(
      '/votes/:id/ballots',
      {
        schema: { tags, params: idParams, body: s.ballotBody, response: { 201: ballotResponse, ...errors } },
      },
      async (req, reply) =>
        reply.status(201).send(await votes.ballot(callerOf(req), req.params.id, req.body)),
    );
    app.get(
      '/votes/:id/ballots',
      {
        schema: {
          tags,
          params: idParams,
          querystring: s.ballotQuery,
          response: { 200: s.ballotPage, ...errors },
        },
      },
      async (req) => votes.ballots(callerOf(req), req.params.id, req.query),
    );
    app.get(
      '/votes/:id/electorate',
      {
        schema: {
          tags,
          params: idParams,
          querystring: s.electorQuery,
          response: { 200: s.electorPage, ...errors },
        },
      },
      async (req) => votes.electorate(callerOf(req), req.params.id, req.query),
    );
    app.get(
      '/votes/:id/result',
      { schema: { tags, params: idParams, response: { 200: s.result, ...errors } } },
      async (req) => votes.result(callerOf(req), req.params.id),
    );
    app.get(
      '/votes/:id/export.xlsx',
      {
        schema: {
          tags,
          params: idParams,
          description:
            "The vote's full record (表决记录): electorate, every ballot with channel, proxy and times",
        },
      },
      async (req, reply) => {
        const file = await votes.export(callerOf(req), req.params.id);
        return reply
          .header('content-type', XLSX_TYPE)
          .header(
            'content-disposition',
            attachment({ ascii: `linli-vote-${file.voteId}.xlsx`, zh: `表决记录-${file.voteId}.xlsx` }),
          )
          .send(file.content);
      },
    );
  };
