import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { isWithin } from '../../../domain/auth/policy';
import { errorBody } from '../../http/errors';
import { callerOf } from '../../http/auth';
import { serveEvents } from '../../http/sse';
import { placeInScope } from '../auth/caller';
import type { DevicesService } from '../devices/service';
import { alertOut, type AlertBus } from '../devices/notify';
import { eventScope } from '../events/scope';
import { hears, type EventBus } from '../events/stream';
import type { Db } from '../../db/client';
import { idParams } from '../org/schema';
import * as s from './schema';
import type { BigScreenService } from './service';

const errors = { 403: errorBody, 404: errorBody };

/** The big screen (大屏): docs/API.md "Big screen". */
export const bigScreenRoutes =
  (
    db: Db,
    screen: BigScreenService,
    buses: { events: EventBus; alerts: AlertBus },
    devices: Pick<DevicesService, 'readScope'>,
  ): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['bigscreen'];
    app.get(
      '/bigscreen/:id',
      { schema: { tags, params: idParams, response: { 200: s.snapshot, ...errors } } },
      async (req) => screen.snapshot(callerOf(req), req.params.id),
    );
    app.get(
      '/bigscreen/:id/stream',
      {
        schema: {
          tags,
          params: idParams,
          response: errors,
          description:
            'Server-Sent Events for the node: `event: event` with `{id, status, action}` when an event under it changes, `event: alert` with `{id, status, condition, severity, deviceName}` when an alert under it opens or ends. The screen refetches its snapshot on either, and after a reconnection.',
        },
      },
      async (req, reply) => {
        const caller = callerOf(req);
        const node = await screen.nodeOf(caller, req.params.id);
        const [scope, deviceScope] = await Promise.all([eventScope(db, caller), devices.readScope(caller)]);
        const under = (communityId: number, path: string) =>
          isWithin(path, node.path) && (node.communityId === null || node.communityId === communityId);
        await serveEvents(req, reply, async (send) => [
          await buses.events.subscribe((e) => {
            if (under(e.communityId, e.placePath) && hears(caller, scope, e))
              send('event', { id: e.id, status: e.status, action: e.action });
          }),
          await buses.alerts.subscribe((a) => {
            if (under(a.communityId, a.placePath) && placeInScope(deviceScope, a.communityId, a.placePath))
              send('alert', alertOut(a));
          }),
        ]);
      },
    );
  };
