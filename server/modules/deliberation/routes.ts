import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { TASK_ACTIONS } from '../../../domain/deliberation/follow-ups';
import { TOPIC_DIRECT_ACTIONS } from '../../../domain/deliberation/topics';
import { callerOf } from '../../http/auth';
import { errorBody } from '../../http/errors';
import { pageQuery } from '../../http/pagination';
import { id, idParams } from '../org/schema';
import type { meetingsService } from './meetings';
import type { resolutionsService } from './resolutions';
import * as s from './schema';
import type { deliberationStats } from './stats';
import type { topicsService } from './topics';

export interface DeliberationDeps {
  topics: ReturnType<typeof topicsService>;
  meetings: ReturnType<typeof meetingsService>;
  resolutions: ReturnType<typeof resolutionsService>;
  stats: ReturnType<typeof deliberationStats>;
}

const errors = { 400: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

/** Deliberation: docs/API.md "Deliberation". */
export const deliberationRoutes =
  ({ topics, meetings, resolutions, stats }: DeliberationDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['deliberation'];
    app.get(
      '/deliberation/topics',
      { schema: { tags, querystring: s.topicListQuery, response: { 200: s.topicPage } } },
      async (req) => topics.list(callerOf(req), req.query),
    );
    app.post(
      '/deliberation/topics',
      { schema: { tags, body: s.raiseTopicBody, response: { 201: s.topicDetail, ...errors } } },
      async (req, reply) => reply.status(201).send(await topics.raise(callerOf(req), req.body)),
    );
    app.get(
      '/deliberation/topics/:id',
      { schema: { tags, params: idParams, response: { 200: s.topicDetail } } },
      async (req) => topics.get(callerOf(req), req.params.id),
    );
    app.get(
      '/deliberation/topics/:id/comments',
      {
        schema: {
          tags,
          params: idParams,
          querystring: z.object(pageQuery),
          response: { 200: s.commentPage },
        },
      },
      async (req) => topics.comments(callerOf(req), req.params.id, req.query.cursor, req.query.limit),
    );
    app.post(
      '/deliberation/topics/:id/comments',
      { schema: { tags, params: idParams, body: s.commentBody, response: { 201: s.comment, ...errors } } },
      async (req, reply) =>
        reply.status(201).send(await topics.comment(callerOf(req), req.params.id, req.body.body)),
    );
    for (const action of TOPIC_DIRECT_ACTIONS)
      app.post(
        `/deliberation/topics/:id/actions/${action}`,
        {
          schema: {
            tags,
            params: idParams,
            body: s.topicActionBody,
            response: { 200: s.topicDetail, ...errors },
          },
        },
        async (req) => topics.act(callerOf(req), req.params.id, action, req.body.reason),
      );

    app.get(
      '/deliberation/meetings',
      { schema: { tags, querystring: s.meetingListQuery, response: { 200: s.meetingPage } } },
      async (req) => meetings.list(callerOf(req), req.query),
    );
    app.post(
      '/deliberation/meetings',
      { schema: { tags, body: s.createMeetingBody, response: { 201: s.meetingDetail, ...errors } } },
      async (req, reply) => reply.status(201).send(await meetings.create(callerOf(req), req.body)),
    );
    app.get(
      '/deliberation/meetings/:id',
      { schema: { tags, params: idParams, response: { 200: s.meetingDetail } } },
      async (req) => meetings.get(callerOf(req), req.params.id),
    );
    app.patch(
      '/deliberation/meetings/:id',
      {
        schema: {
          tags,
          params: idParams,
          body: s.editMeetingBody,
          response: { 200: s.meetingDetail, ...errors },
        },
      },
      async (req) => meetings.edit(callerOf(req), req.params.id, req.body),
    );
    app.post(
      '/deliberation/meetings/:id/agenda',
      {
        schema: { tags, params: idParams, body: s.agendaBody, response: { 200: s.meetingDetail, ...errors } },
      },
      async (req) => meetings.addToAgenda(callerOf(req), req.params.id, req.body.topicId),
    );
    app.delete(
      '/deliberation/meetings/:id/agenda/:topicId',
      {
        schema: {
          tags,
          params: idParams.extend({ topicId: id }),
          response: { 200: s.meetingDetail, ...errors },
        },
      },
      async (req) => meetings.removeFromAgenda(callerOf(req), req.params.id, req.params.topicId),
    );
    app.post(
      '/deliberation/meetings/:id/actions/hold',
      {
        schema: { tags, params: idParams, body: s.recordBody, response: { 200: s.meetingDetail, ...errors } },
      },
      async (req) => meetings.record(callerOf(req), req.params.id, 'hold', req.body),
    );
    app.put(
      '/deliberation/meetings/:id/record',
      {
        schema: { tags, params: idParams, body: s.recordBody, response: { 200: s.meetingDetail, ...errors } },
      },
      async (req) => meetings.record(callerOf(req), req.params.id, 'record', req.body),
    );
    app.post(
      '/deliberation/meetings/:id/actions/cancel',
      {
        schema: { tags, params: idParams, body: s.cancelBody, response: { 200: s.meetingDetail, ...errors } },
      },
      async (req) => meetings.cancel(callerOf(req), req.params.id, req.body.reason),
    );
    app.get(
      '/deliberation/meetings/:id/assignees',
      { schema: { tags, params: idParams, response: { 200: s.assigneeList } } },
      async (req) => meetings.assignees(callerOf(req), req.params.id),
    );
    app.post(
      '/deliberation/meetings/:id/resolutions',
      {
        schema: {
          tags,
          params: idParams,
          body: s.resolutionBody,
          response: { 201: s.meetingDetail, ...errors },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await resolutions.add(callerOf(req), req.params.id, req.body)),
    );
    app.get(
      '/deliberation/follow-ups/:id',
      { schema: { tags, params: idParams, response: { 200: s.followUp } } },
      async (req) => resolutions.get(callerOf(req), req.params.id),
    );
    for (const action of TASK_ACTIONS)
      app.post(
        `/deliberation/follow-ups/:id/actions/${action}`,
        { schema: { tags, params: idParams, response: { 200: s.followUp, ...errors } } },
        async (req) => resolutions.act(callerOf(req), req.params.id, action),
      );
    app.get(
      '/deliberation/stats',
      { schema: { tags, querystring: s.statsQuery, response: { 200: s.statsResponse } } },
      async (req) => stats(callerOf(req), req.query),
    );
  };
