import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { Database } from './db/client';
import { installRouteAccess } from './http/route-access';
import { pruneAudit } from './modules/audit/prune';
import { eraseMovedOut } from './modules/registry/erase-moved-out';
import { installNulGuard } from './http/nul-guard';
import { DEFAULT_RATE_LIMITS, installRateLimits } from './http/rate-limit';
import { installAuth } from './http/auth';
import { installErrorHandler } from './http/errors';
import { installSecurityHeaders } from './http/headers';
import { tileOrigin } from '../domain/maps/tiles';
import { installOpenApi } from './http/openapi';
import { serializeRequest } from './http/log';
import { installNotFound } from './http/web';
import { accountRoutes } from './modules/accounts/routes';
import { accountsService } from './modules/accounts/service';
import { auditRoutes } from './modules/audit/routes';
import { auditService } from './modules/audit/service';
import { authRoutes } from './modules/auth/routes';
import { authService } from './modules/auth/service';
import { sessionCache } from './modules/auth/session-cache';
import { careRoutes } from './modules/care/routes';
import { careService } from './modules/care/service';
import { governanceRoutes } from './modules/governance/routes';
import { governanceService } from './modules/governance/service';
import { gridRoutes } from './modules/grids/routes';
import { gridsService } from './modules/grids/service';
import { orgRoutes } from './modules/org/routes';
import { ledgerService } from './modules/registry/import/ledger';
import { registryImportRoutes } from './modules/registry/import/routes';
import { importService } from './modules/registry/import/service';
import { registryRoutes } from './modules/registry/routes';
import { registryService } from './modules/registry/service';
import type { DataKeys } from './crypto/personal-data';
import { residentRoutes } from './modules/residents/routes';
import { residentsService } from './modules/residents/service';
import { LogNotifier, type Notifier } from './notify/notifier';
import { orgService } from './modules/org/service';
import { eventRoutes } from './modules/events/routes';
import { eventsModule } from './modules/events/module';
import { open311Routes } from './modules/open311/routes';
import { deliberationRoutes } from './modules/deliberation/routes';
import { meetingsService } from './modules/deliberation/meetings';
import { resolutionsService } from './modules/deliberation/resolutions';
import { deliberationStats } from './modules/deliberation/stats';
import { topicsService } from './modules/deliberation/topics';
import { evaluationRoutes } from './modules/evaluations/routes';
import { evaluationsService } from './modules/evaluations/service';
import { startJobs } from './jobs/runner';
import { pruneReadings } from './modules/devices/retention';
import { DEFAULT_READINGS_RETENTION_DAYS } from '../domain/devices/retention';
import { noticeObjections } from './modules/notices/objections';
import { noticeRoutes } from './modules/notices/routes';
import { noticesService } from './modules/notices/service';
import { voteRoutes } from './modules/votes/routes';
import { projectRoutes } from './modules/projects/routes';
import { projectsService } from './modules/projects/service';
import { volunteerRoutes } from './modules/volunteers/routes';
import { warningRoutes } from './modules/warnings/routes';
import { warningsService } from './modules/warnings/service';
import { forecastRoutes } from './modules/forecasts/routes';
import { forecastsService } from './modules/forecasts/service';
import { volunteersService } from './modules/volunteers/service';
import { pointsRoutes } from './modules/points/routes';
import { mediationRoutes } from './modules/mediation/routes';
import { mediationService } from './modules/mediation/service';
import { selfOrgRoutes } from './modules/selforgs/routes';
import { selfOrgsService } from './modules/selforgs/service';
import { pointsService } from './modules/points/service';
import { votesService } from './modules/votes/service';
import { closeDueVotes } from './modules/votes/close-due-votes';
import { conventionRoutes } from './modules/conventions/routes';
import { conventionsService } from './modules/conventions/service';
import { elevatorRoutes } from './modules/elevators/routes';
import { elevatorsService } from './modules/elevators/service';
import { venueRoutes } from './modules/venues/routes';
import { venuesService } from './modules/venues/service';
import { devicesModule, type DevicesModule } from './modules/devices/module';
import { deviceRoutes } from './modules/devices/routes';
import { patrolRoutes } from './modules/patrols/routes';
import { bigScreenRoutes } from './modules/bigscreen/routes';
import { bigScreenService } from './modules/bigscreen/service';
import { coverageService } from './modules/governance/coverage-service';
import { patrolsService } from './modules/patrols/service';
import { mapRoutes } from './modules/maps/routes';
import { mapsService } from './modules/maps/service';

export interface AppOptions {
  config: Pick<Config, 'logLevel' | 'sessionIdleMinutes' | 'trustProxy' | 'timeZone' | 'dataDir'> &
    Partial<
      Pick<
        Config,
        | 'rateLimits'
        | 'auditRetentionDays'
        | 'movedOutRetentionDays'
        | 'readingsRetentionDays'
        | 'mqttUrl'
        | 'mqttClientId'
        | 'mapTiles'
      >
    >;
  database: Database;
  /** Keys that seal personal data (server/crypto); loaded once at start. */
  dataKeys: DataKeys;
  /** SMS and the like; by default messages go to the log with phones masked (demo). */
  notifier?: Notifier;
  /** Run the background jobs (escalation); the server does, tests call the jobs themselves. */
  jobs?: boolean;
  /** Serve web/dist when it exists (production); tests of the API leave it off. */
  serveWeb?: boolean;
  logger?: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route as registered, for the route-table tests and the OpenAPI drift check. */
    routeTable: RouteOptions[];
    /** Device ingest, alerts and the MQTT consumer (started with the server, stopped on close). */
    devices: DevicesModule;
  }
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      opts.logger === false ? false : { level: opts.config.logLevel, serializers: { req: serializeRequest } },
    trustProxy: opts.config.trustProxy,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  // JSON only: anything else is a 415, not a string handed to a schema.
  app.removeContentTypeParser(['text/plain']);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('routeTable', [] as RouteOptions[]);
  app.addHook('onRoute', (r) => {
    app.routeTable.push(r);
  });

  const { db, pool } = opts.database;
  const sessions = sessionCache(pool, (msg, err) => app.log.warn({ err }, msg));
  app.addHook('onClose', () => sessions.close());
  const auth = authService(db, { sessionIdleMinutes: opts.config.sessionIdleMinutes, sessions });
  installErrorHandler(app);
  installSecurityHeaders(app, opts.config.mapTiles ? [tileOrigin(opts.config.mapTiles.url)] : []);
  await app.register(fastifyCookie);
  // Only the registry import takes multipart; it reads its own parts with its own limits.
  await app.register(fastifyMultipart);
  installAuth(app, auth);
  installRouteAccess(app);
  installNulGuard(app);
  installRateLimits(app, opts.config.rateLimits === undefined ? DEFAULT_RATE_LIMITS : opts.config.rateLimits);
  await installOpenApi(app);

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_req, reply) => {
    try {
      await pool.query('select 1');
      return { status: 'ready' };
    } catch {
      return reply.status(503).send({ status: 'unavailable' });
    }
  });

  const notifier = opts.notifier ?? new LogNotifier((line) => app.log.info(line));
  const events = eventsModule(db, pool, opts.config, (msg, err) => app.log.warn({ err }, msg), {
    keys: opts.dataKeys,
    notifier,
  });
  app.addHook('onClose', () => Promise.all([events.bus.close(), events.nodes.close()]));
  const devices = devicesModule(
    db,
    pool,
    events.events,
    { mqttUrl: opts.config.mqttUrl, mqttClientId: opts.config.mqttClientId },
    {
      warn: (msg, err) => app.log.warn({ err }, msg),
      info: (msg, fields) => app.log.warn(fields, msg),
    },
  );
  app.decorate('devices', devices);
  app.addHook('onReady', async () => devices.start());
  app.addHook('onClose', () => devices.stop());
  if (opts.jobs) {
    const stop = startJobs(
      pool,
      [
        { name: 'escalate-overdue', everyMs: 60_000, run: (now) => events.events.escalateOverdue(now) },
        {
          name: 'close-due-votes',
          everyMs: 60_000,
          run: (now) =>
            closeDueVotes(db, now, opts.config.timeZone, (msg, err) => app.log.error({ err }, msg)),
        },
        { name: 'devices-offline', everyMs: 60_000, run: (now) => devices.alerts.raiseOffline(now) },
        {
          name: 'prune-audit',
          everyMs: 86_400_000,
          run: async (now) => (await pruneAudit(db, opts.config.auditRetentionDays ?? 0, now)).rows,
        },
        {
          name: 'prune-device-readings',
          everyMs: 86_400_000,
          run: (now) =>
            pruneReadings(db, opts.config.readingsRetentionDays ?? DEFAULT_READINGS_RETENTION_DAYS, now),
        },
        {
          name: 'erase-moved-out',
          everyMs: 86_400_000,
          run: (now) => eraseMovedOut(db, opts.config.movedOutRetentionDays ?? 0, now, opts.config.timeZone),
        },
      ],
      (msg, err) => (err ? app.log.error({ err }, msg) : app.log.info(msg)),
    );
    app.addHook('onClose', stop);
  }
  await app.register(
    async (api) => {
      await api.register(authRoutes(auth, opts.config.trustProxy));
      await api.register(orgRoutes(orgService(db)));
      await api.register(gridRoutes(gridsService(db)));
      await api.register(accountRoutes(accountsService(db, (id) => auth.rightsChanged(id))));
      await api.register(auditRoutes(auditService(db)));
      await api.register(registryRoutes(registryService(db, opts.dataKeys, opts.config.timeZone)));
      await api.register(
        registryImportRoutes(
          importService(db, opts.dataKeys, opts.config.timeZone),
          ledgerService(db, opts.config.timeZone),
        ),
      );
      await api.register(
        governanceRoutes(
          governanceService(db, opts.config.timeZone),
          ledgerService(db, opts.config.timeZone),
        ),
      );
      await api.register(careRoutes(careService(db, opts.config.timeZone, events.events)));
      const residents = residentsService(db, opts.dataKeys, notifier, auth, opts.config.timeZone);
      await api.register(residentRoutes(residents, opts.config.trustProxy));
      await api.register(eventRoutes(events));
      await api.register(warningRoutes(warningsService(db, opts.config.timeZone)));
      await api.register(forecastRoutes(forecastsService(db, events.rules, opts.config.timeZone)));
      const tz = opts.config.timeZone;
      await api.register(voteRoutes(votesService(db, tz)));
      await api.register(noticeRoutes(noticesService(db, events.store), noticeObjections(db)));
      await api.register(
        deliberationRoutes({
          topics: topicsService(db),
          meetings: meetingsService(db, tz),
          resolutions: resolutionsService(db, tz, events.events),
          stats: deliberationStats(db, tz),
        }),
      );
      await api.register(evaluationRoutes(evaluationsService(db, tz)));
      await api.register(volunteerRoutes(volunteersService(db, tz)));
      await api.register(pointsRoutes(pointsService(db, tz)));
      await api.register(elevatorRoutes(elevatorsService(db, tz)));
      await api.register(conventionRoutes(conventionsService(db, tz)));
      await api.register(mediationRoutes(mediationService(db, tz)));
      await api.register(selfOrgRoutes(selfOrgsService(db, tz)));
      await api.register(projectRoutes(projectsService(db, events.store, tz)));
      await api.register(venueRoutes(venuesService(db, tz)));
      await api.register(deviceRoutes(devices.service, devices.ingest, devices.consumerStatus, devices.bus));
      await api.register(
        bigScreenRoutes(
          db,
          bigScreenService({
            db,
            timeZone: tz,
            events,
            devices: devices.service,
            coverage: coverageService(db),
          }),
          { events: events.bus, alerts: devices.bus },
          devices.service,
        ),
      );
      await api.register(patrolRoutes(patrolsService(db, tz, events.events, events.store)));
      await api.register(mapRoutes(mapsService(db, { timeZone: tz, tiles: opts.config.mapTiles ?? null })));
    },
    { prefix: '/api/v1' },
  );
  await app.register(open311Routes({ auth, events }), { prefix: '/open311/v2' });
  await installNotFound(app, opts.serveWeb ?? false);
  return app;
}
