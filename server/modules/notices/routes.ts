import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../http/auth';
import { errorBody } from '../../http/errors';
import { readUploadedFile, uploadResponses } from '../../http/upload';
import { MAX_IMAGE_BYTES } from '../events/attachments';
import { idParams } from '../org/schema';
import type { noticeObjections } from './objections';
import * as s from './schema';
import type { NoticesService } from './service';

const errors = { 400: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

/** Public notices: docs/API.md "Notices". */
export const noticeRoutes =
  (notices: NoticesService, objections: ReturnType<typeof noticeObjections>): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['notices'];
    app.post(
      '/notices',
      { schema: { tags, body: s.publishBody, response: { 201: s.notice, ...errors } } },
      async (req, reply) => reply.status(201).send(await notices.publish(callerOf(req), req.body)),
    );
    app.get(
      '/notices',
      { schema: { tags, querystring: s.listQuery, response: { 200: s.noticePage } } },
      async (req) => notices.list(callerOf(req), req.query),
    );
    app.post(
      '/notices/attachments',
      {
        schema: {
          tags,
          consumes: ['multipart/form-data'],
          description:
            'multipart: `file`, a JPEG, PNG or WebP image or a PDF of at most 10 MB (checked by content)',
          response: uploadResponses,
        },
      },
      async (req, reply) => {
        const caller = callerOf(req);
        const data = await readUploadedFile(req, MAX_IMAGE_BYTES, 'file');
        return reply.status(201).send(await notices.upload(caller, data));
      },
    );
    app.get(
      '/notices/:id',
      { schema: { tags, params: idParams, response: { 200: s.notice } } },
      async (req) => notices.get(callerOf(req), req.params.id),
    );
    app.post(
      '/notices/:id/read',
      {
        schema: {
          tags,
          params: idParams,
          description: 'A resident opened the notice: records their read receipt (once)',
          response: { 200: s.notice, 404: errorBody },
        },
      },
      async (req) => notices.markRead(callerOf(req), req.params.id),
    );
    app.get(
      '/notices/:id/reads',
      { schema: { tags, params: idParams, response: { 200: s.readsResponse, 403: errorBody } } },
      async (req) => notices.reads(callerOf(req), req.params.id),
    );
    app.get(
      '/notices/:id/objections',
      { schema: { tags, params: idParams, response: { 200: s.objectionList } } },
      async (req) => objections.list(callerOf(req), req.params.id),
    );
    app.post(
      '/notices/:id/objections',
      {
        schema: { tags, params: idParams, body: s.objectionBody, response: { 201: s.objection, ...errors } },
      },
      async (req, reply) =>
        reply.status(201).send(await objections.file(callerOf(req), req.params.id, req.body.text)),
    );
    app.post(
      '/notices/:id/objections/:objectionId/resolve',
      {
        schema: {
          tags,
          params: s.objectionParams,
          body: s.resolveBody,
          response: { 200: s.objection, ...errors },
        },
      },
      async (req) => objections.resolve(callerOf(req), req.params.id, req.params.objectionId, req.body),
    );
    app.get(
      '/notices/:id/attachments/:attachmentId',
      { schema: { tags, params: idParams.extend({ attachmentId: z.uuid() }) } },
      async (req, reply) => {
        const file = await notices.attachment(callerOf(req), req.params.id, req.params.attachmentId);
        return reply
          .header('content-type', file.mime)
          .header('cache-control', 'private, max-age=3600')
          .header('content-disposition', 'inline')
          .send(file.stream);
      },
    );
  };
