import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../http/auth';
import { AppError, type FieldError } from '../../http/errors';
import * as s from './schema';
import { open311Service, type Open311Deps } from './service';
import { toXml } from './xml';

/** GeoReport forms are small: a description of at most 2000 characters and a few fields. */
const FORM_LIMIT = 64 * 1024;

interface GeoError {
  code: number;
  description: string;
}

/** The events module names its fields after its JSON body; a GeoReport client knows them by these names. */
const FIELD: Readonly<Record<string, string>> = {
  'body.categoryCode': 'service_code',
  'body.description': 'description',
  'body.lat': 'lat',
  'body.lng': 'long',
  'body.address': 'address_string',
  'body.nodeId': 'location',
};

const formatOf = (url: string): s.Format => (/\.xml$/.test(url.split('?')[0] ?? '') ? 'xml' : 'json');

function send(reply: FastifyReply, format: s.Format, status: number, root: string, value: unknown) {
  if (format === 'xml') return reply.status(status).type('text/xml; charset=utf-8').send(toXml(root, value));
  return reply.status(status).type('application/json; charset=utf-8').send(JSON.stringify(value));
}

const described = (field: string, message: string) =>
  message.startsWith(field) ? message : `${field}: ${message}`;

/** Any failure as GeoReport's `[{code, description}]`: 400 bad input, 403 api_key, 404 unknown; never a 500 for input. */
function geoErrors(err: FastifyError): { status: number; errors: GeoError[] } {
  const of = (status: number, descriptions: string[]) => ({
    status,
    errors: descriptions.map((description) => ({ code: status, description })),
  });
  if (hasZodFastifySchemaValidationErrors(err))
    return of(
      400,
      err.validation.map((v) =>
        described(v.instancePath.split('/').filter(Boolean).join('.') || 'request', v.message ?? 'invalid'),
      ),
    );
  if (err instanceof AppError) {
    const fields = (err.details?.['fields'] as FieldError[] | undefined) ?? [];
    const messages = fields.length
      ? fields.map((f) => described(FIELD[f.path] ?? f.path, f.message))
      : [err.message];
    switch (err.code) {
      case 'unauthenticated':
      case 'invalid_credentials':
      case 'session_expired':
      case 'forbidden':
      case 'csrf':
        return of(403, [err.message]);
      case 'not_found':
        return of(404, [err.message]);
      case 'too_large':
        return of(413, ['the request is too large']);
      // Beyond GeoReport's codes, but every HTTP client knows to wait for Retry-After.
      case 'rate_limited':
        return of(429, [err.message]);
      case 'internal':
      case 'unavailable':
        return of(500, ['internal error']);
      case 'validation':
      case 'conflict':
      case 'booking_conflict':
      case 'wrong_state':
      case 'invalid_transition':
      case 'unsupported_media_type':
      case 'locked':
        // GeoReport knows 400, 403 and 404 only: anything else the caller did is its "general service error".
        return of(400, messages);
    }
  }
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return of(400, ['send the request as application/x-www-form-urlencoded']);
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return of(413, ['the request is too large']);
    default:
      break;
  }
  if (err.statusCode === 404) return of(404, ['not found']);
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return of(400, [err.message]);
  return of(500, ['internal error']);
}

/** Open311 GeoReport v2 (docs/API.md "Open311 GeoReport v2"), registered under `/open311/v2`. */
export const open311Routes =
  (deps: Open311Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const service = open311Service(deps);

    // GeoReport posts forms, here only: the rest of the app stays JSON-only (server/app.ts).
    app.removeAllContentTypeParsers();
    app.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: FORM_LIMIT },
      (_req, body, done) => {
        // Repeated fields: the last one counts. fromEntries defines own properties, so `__proto__` is only a name.
        done(null, Object.fromEntries(new URLSearchParams(body as string)));
      },
    );

    app.setErrorHandler((err: FastifyError, req, reply) => {
      const { status, errors } = geoErrors(err);
      if (status >= 500) req.log.error({ err }, 'unhandled error');
      void reply.header('cache-control', 'no-store');
      if (err instanceof AppError && err.retryAfterSeconds !== undefined)
        void reply.header('retry-after', String(err.retryAfterSeconds));
      return send(reply, formatOf(req.url), status, 'errors', errors);
    });
    app.setNotFoundHandler((req, reply) =>
      send(reply.header('cache-control', 'no-store'), formatOf(req.url), 404, 'errors', [
        { code: 404, description: 'no such resource' },
      ]),
    );
    // Service requests carry residents' words: no cache keeps them. The list of services may be kept briefly.
    app.addHook('onSend', async (req, reply) => {
      if (!reply.hasHeader('cache-control'))
        void reply.header(
          'cache-control',
          req.routeOptions.config.public ? 'public, max-age=300' : 'no-store',
        );
    });

    /** api_key from the form or the query, checked before validation like the bearer token on /api/v1. */
    const authenticate = async (req: FastifyRequest) => {
      const key = (o: unknown) =>
        o && typeof o === 'object' ? (o as Record<string, unknown>)['api_key'] : undefined;
      req.caller = await service.authenticate(key(req.body) ?? key(req.query), req.ip);
    };
    // Every Open311 route counts against one limit per address, checked before the api_key is looked up.
    app.addHook('onRoute', (route) => {
      route.config = { ...route.config, rateLimit: 'open311' };
    });
    const open = { public: true };

    for (const format of s.FORMATS) {
      app.get(`/discovery.${format}`, { config: open, schema: { hide: true } }, async (req, reply) =>
        send(
          reply,
          format,
          200,
          'discovery',
          service.discovery(`${req.protocol}://${req.host}${app.prefix}`),
        ),
      );
      app.get(
        `/services.${format}`,
        { config: open, schema: { hide: true, querystring: s.publicQuery } },
        async (req, reply) =>
          send(reply, format, 200, 'services', await service.services(req.query.jurisdiction_id)),
      );
      app.get(
        `/requests.${format}`,
        { preValidation: authenticate, schema: { hide: true, querystring: s.listQuery } },
        async (req, reply) =>
          send(reply, format, 200, 'service_requests', await service.list(callerOf(req), req.query)),
      );
      app.post(
        `/requests.${format}`,
        { preValidation: authenticate, schema: { hide: true, body: s.createBody } },
        async (req, reply) =>
          send(reply, format, 201, 'service_requests', await service.create(callerOf(req), req.body)),
      );
    }

    app.get(
      '/services/:file',
      { config: open, schema: { hide: true, params: s.fileParams, querystring: s.publicQuery } },
      async (req, reply) => {
        const file = s.splitFile(req.params.file);
        if (!file) throw new AppError('not_found', 'no such resource');
        const definition = await service.definition(file.name, req.query.jurisdiction_id);
        return send(reply, file.format, 200, 'service_definition', definition);
      },
    );
    app.get(
      '/requests/:file',
      { preValidation: authenticate, schema: { hide: true, params: s.fileParams, querystring: s.readQuery } },
      async (req, reply) => {
        const file = s.splitFile(req.params.file);
        const id = file && s.serviceRequestId.safeParse(file.name);
        if (!file || !id?.success) throw new AppError('not_found', 'service_request_id was not found');
        const found = await service.get(callerOf(req), id.data, req.query.jurisdiction_id);
        return send(reply, file.format, 200, 'service_requests', found);
      },
    );
  };
