import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../http/auth';
import * as s from './schema';
import type { auditService } from './service';

export const auditRoutes =
  (audit: ReturnType<typeof auditService>): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/audit',
      { schema: { tags: ['audit'], querystring: s.auditQuery, response: { 200: s.auditPage } } },
      async (req) => audit.list(callerOf(req), req.query),
    );
    app.get(
      '/audit/verify',
      { schema: { tags: ['audit'], response: { 200: s.verifyResponse } } },
      async (req) => audit.verify(callerOf(req)),
    );
  };
