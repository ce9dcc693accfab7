import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, errorBody, forbidden } from '../../http/errors';
import { callerOf } from '../../http/auth';
import { pageQuery } from '../../http/pagination';
import { canAnywhere } from '../../../domain/auth/policy';
import { serveEvents } from '../../http/sse';
import { placeInScope } from '../auth/caller';
import { id, idParams } from '../org/schema';
import { alertOut, type AlertBus } from './notify';
import type { DeviceIngest, Outcome } from './ingest';
import * as s from './schema';
import type { DevicesService } from './service';

const errors = { 400: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

/** What a refused webhook call answers: the same reasons the MQTT counters count. */
const REFUSED: Partial<Record<Outcome, AppError>> = {
  malformed: new AppError('validation', 'the payload is not a reading'),
  unknown_device: new AppError('unauthenticated', 'unknown device or wrong token'),
  bad_token: new AppError('unauthenticated', 'unknown device or wrong token'),
  retired: new AppError('forbidden', 'the device is retired'),
};

/** Devices, their readings and alerts; the webhook for devices that speak HTTP: docs/API.md "Devices". */
export const deviceRoutes =
  (
    v: DevicesService,
    ingest: DeviceIngest,
    consumer: () => { configured: boolean; connected: boolean; reconnects: number },
    alertBus: AlertBus,
  ): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['devices'];
    app.get(
      '/devices',
      { schema: { tags, querystring: s.listDevicesQuery, response: { 200: s.devicePage, ...errors } } },
      async (req) => v.list(callerOf(req), req.query),
    );
    app.post(
      '/devices',
      { schema: { tags, body: s.deviceBody, response: { 201: s.createdDevice, ...errors } } },
      async (req, reply) => reply.status(201).send(await v.create(callerOf(req), req.body)),
    );
    app.get(
      '/devices/status',
      { schema: { tags, response: { 200: s.ingestStatus, ...errors } } },
      async (req) => {
        if (!canAnywhere(callerOf(req).grants, 'device.read')) throw forbidden();
        return { consumer: consumer(), counters: ingest.counters() };
      },
    );
    app.get(
      '/devices/:id',
      { schema: { tags, params: idParams, response: { 200: s.device, ...errors } } },
      async (req) => v.get(callerOf(req), req.params.id),
    );
    app.post(
      '/devices/:id/status',
      {
        schema: { tags, params: idParams, body: s.deviceStatusBody, response: { 200: s.device, ...errors } },
      },
      async (req) => v.setStatus(callerOf(req), req.params.id, req.body.status),
    );
    app.get(
      '/devices/:id/readings',
      {
        schema: {
          tags,
          params: idParams,
          querystring: z.object(pageQuery),
          response: { 200: s.readingPage, ...errors },
        },
      },
      async (req) => v.readings(callerOf(req), req.params.id, req.query.cursor, req.query.limit),
    );
    app.get(
      '/devices/alerts',
      { schema: { tags, querystring: s.listAlertsQuery, response: { 200: s.alertPage, ...errors } } },
      async (req) => v.alerts(callerOf(req), req.query),
    );
    app.get(
      '/devices/alerts/active',
      {
        schema: {
          tags,
          querystring: z.object({ nodeId: id.optional() }),
          response: { 200: z.object({ active: z.number() }), ...errors },
        },
      },
      async (req) => v.activeCount(callerOf(req), req.query.nodeId),
    );
    app.get(
      '/devices/alerts/stream',
      {
        schema: {
          tags,
          description:
            "Server-Sent Events: `event: alert` with `{id, status, condition, severity, deviceName}` for every alert opened, acknowledged or resolved in the caller's scope",
        },
      },
      async (req, reply) => {
        const caller = callerOf(req);
        const scope = await v.readScope(caller);
        await serveEvents(req, reply, async (send) => [
          await alertBus.subscribe((a) => {
            if (placeInScope(scope, a.communityId, a.placePath)) send('alert', alertOut(a));
          }),
        ]);
      },
    );
    app.get(
      '/devices/alerts/:id',
      { schema: { tags, params: idParams, response: { 200: s.alert, ...errors } } },
      async (req) => v.alert(callerOf(req), req.params.id),
    );
    app.post(
      '/devices/alerts/:id/:action',
      { schema: { tags, params: s.alertActionParams, response: { 200: s.alert, ...errors } } },
      async (req) => v.actOnAlert(callerOf(req), req.params.id, req.params.action),
    );

    // Public: the device's token is its credential (docs/SECURITY.md "Devices"). A wrong token and an unknown
    // device answer alike, so the webhook does not tell which device codes exist.
    app.post(
      '/devices/ingest',
      {
        config: { public: true, rateLimit: 'ingest' },
        schema: {
          tags,
          headers: s.ingestHeaders,
          body: s.ingestBody,
          response: { 200: s.ingestResponse, 400: errorBody, 401: errorBody, 403: errorBody },
        },
      },
      async (req) => {
        const { communityId, device, ...payload } = req.body;
        const [outcome] = await ingest.ingest([
          { communityId, code: device, payload, token: req.headers['x-device-token'] },
        ]);
        const refused = REFUSED[outcome!];
        if (refused) throw refused;
        return { status: outcome as 'accepted' | 'duplicate' };
      },
    );
  };
