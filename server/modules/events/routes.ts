import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EVENT_ACTIONS } from '../../../domain/events/machine';
import { callerOf } from '../../http/auth';
import { errorBody, notFound } from '../../http/errors';
import { serveEvents } from '../../http/sse';
import { readUploadedFile, uploadResponses } from '../../http/upload';
import type { Caller } from '../auth/caller';
import { idParams } from '../org/schema';
import { MAX_IMAGE_BYTES, type AttachmentStore } from './attachments';
import type { eventReads } from './read';
import * as s from './schema';
import type { EventsService } from './service';
import type { eventStats } from './stats';
import { eventScope } from './scope';
import { hears, type EventBus } from './stream';
import type { Db } from '../../db/client';
import { attachment, XLSX_TYPE } from '../registry/import/template';
import type { eventLedger } from './export';
import type { eventConfiguration } from './configure';
import { findEvent } from './repository';

const channelOf = (caller: Caller, body: s.ReportBody) =>
  caller.via === 'token'
    ? 'api'
    : (body.channel ?? (caller.grants.every((g) => g.role === 'resident') ? 'resident' : 'console'));

const categoryOut = (c: Awaited<ReturnType<EventsService['categories']>>[number]) => ({
  code: c.code,
  parentCode: c.parentCode,
  name: c.name,
  responsibleParty: c.responsibleParty,
  department: c.department,
  startLevel: c.startLevel,
  ...('hours' in c.deadline
    ? { deadlineHours: c.deadline.hours }
    : { deadlineWorkingDays: c.deadline.workingDays }),
  dispatchMode: c.dispatchMode,
  autoDispatch: c.autoDispatch,
});

export interface EventRouteDeps {
  db: Db;
  configure: ReturnType<typeof eventConfiguration>;
  ledger: ReturnType<typeof eventLedger>;
  events: EventsService;
  reads: ReturnType<typeof eventReads>;
  stats: ReturnType<typeof eventStats>;
  store: AttachmentStore;
  bus: EventBus;
}

/** Events: docs/API.md "Events". */
export const eventRoutes =
  ({ db, events, reads, stats, store, bus, ledger, configure }: EventRouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['events'];
    app.get(
      '/events/categories',
      { schema: { tags, response: { 200: z.object({ items: z.array(s.category) }) } } },
      async () => ({ items: (await events.categories()).map(categoryOut) }),
    );
    app.post(
      '/events',
      {
        config: { rateLimit: 'intake' },
        schema: {
          tags,
          headers: s.idempotencyHeaders,
          body: s.reportBody,
          response: { 201: s.eventDetail, 400: errorBody, 409: errorBody, 429: errorBody },
        },
      },
      async (req, reply) => {
        const caller = callerOf(req);
        const { event, replayed } = await events.report(
          caller,
          req.body,
          channelOf(caller, req.body),
          req.headers['idempotency-key'],
        );
        if (replayed) void reply.header('idempotent-replayed', 'true');
        return reply.status(201).send(event);
      },
    );
    app.get(
      '/events',
      { schema: { tags, querystring: s.listQuery, response: { 200: s.eventPage } } },
      async (req) => reads.list(callerOf(req), req.query),
    );
    app.get(
      '/events/export.xlsx',
      {
        schema: {
          tags,
          querystring: s.listQuery,
          description: 'The list as an xlsx ledger (事件台账), same filters',
        },
      },
      async (req, reply) => {
        const file = await ledger.open(callerOf(req), req.query);
        return reply
          .header('content-type', XLSX_TYPE)
          .header('content-disposition', attachment(file.fileName))
          .send(file.stream);
      },
    );
    app.get(
      '/events/inbox',
      { schema: { tags, querystring: s.inboxQuery, response: { 200: s.inboxPage } } },
      async (req) => reads.inbox(callerOf(req), req.query.unread ?? false, req.query.cursor, req.query.limit),
    );
    app.post(
      '/events/inbox/read',
      { schema: { tags, body: s.readBody, response: { 200: z.object({ unread: z.number() }) } } },
      async (req) => reads.markRead(callerOf(req), req.body.ids),
    );
    app.get(
      '/events/stream',
      { schema: { tags, description: 'Server-Sent Events: `event: change` with `{id, status, action}`' } },
      async (req, reply) => {
        const caller = callerOf(req);
        const scope = await eventScope(db, caller);
        await serveEvents(req, reply, async (send) => [
          await bus.subscribe((signal) => {
            if (hears(caller, scope, signal))
              send('change', { id: signal.id, status: signal.status, action: signal.action });
          }),
        ]);
      },
    );
    app.post(
      '/events/attachments',
      {
        schema: {
          tags,
          consumes: ['multipart/form-data'],
          description: 'multipart: `file`, a JPEG, PNG or WebP image of at most 10 MB (checked by content)',
          response: uploadResponses,
        },
      },
      async (req, reply) => {
        const caller = callerOf(req);
        const data = await readUploadedFile(req, MAX_IMAGE_BYTES, 'image');
        return reply.status(201).send(await store.save(db, caller.accountId, data));
      },
    );
    app.get(
      '/events/:id',
      { schema: { tags, params: idParams, response: { 200: s.eventDetail } } },
      async (req) => events.get(callerOf(req), req.params.id),
    );
    app.get(
      '/events/:id/parties',
      { schema: { tags, params: idParams, response: { 200: s.partyList } } },
      async (req) => ({
        items: await events.parties(callerOf(req), req.params.id),
      }),
    );
    app.get(
      '/events/:id/attachments/:attachmentId',
      { schema: { tags, params: idParams.extend({ attachmentId: z.uuid() }) } },
      async (req, reply) => {
        const caller = callerOf(req);
        const e = await findEvent(db, await events.visible(caller), req.params.id);
        const file = e && (await store.find(db, e, req.params.attachmentId));
        if (!file) throw notFound('attachment');
        return reply
          .header('content-type', file.mime)
          .header('cache-control', 'private, max-age=3600')
          .header('content-disposition', 'inline')
          .send(file.stream());
      },
    );
    for (const action of EVENT_ACTIONS) {
      app.post(
        `/events/:id/actions/${action}`,
        {
          schema: {
            tags,
            params: idParams,
            body: s.ACTION_BODIES[action],
            response: { 200: s.eventDetail, 400: errorBody, 403: errorBody, 404: errorBody, 409: errorBody },
          },
        },
        async (req) => events.act(callerOf(req), req.params.id, action, req.body),
      );
    }
    app.get(
      '/events/policy',
      { schema: { tags, querystring: s.streetQuery, response: { 200: s.policyResponse } } },
      async (req) => configure.policy(callerOf(req), req.query.streetId),
    );
    app.put(
      '/events/policy',
      {
        schema: { tags, querystring: s.streetQuery, body: s.policyBody, response: { 200: s.policyResponse } },
      },
      async (req) => configure.setPolicy(callerOf(req), req.query.streetId, req.body),
    );
    app.put(
      '/events/dispatch-rules/:code',
      {
        schema: {
          tags,
          params: z.object({ code: z.string().max(64) }),
          querystring: s.streetQuery,
          body: s.dispatchRuleBody,
        },
      },
      async (req) => configure.setDispatchRule(callerOf(req), req.query.streetId, req.params.code, req.body),
    );
    app.get(
      '/stats/events',
      { schema: { tags, querystring: s.statsQuery, response: { 200: s.statsResponse } } },
      async (req) => stats(callerOf(req), req.query),
    );
  };
