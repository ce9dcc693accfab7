import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../http/auth';
import { errorBody } from '../../http/errors';
import * as s from './schema';
import type { ForecastsService } from './service';

/** Forecasts of events: docs/API.md "Forecasts". */
export const forecastRoutes =
  (f: ForecastsService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/forecasts/events',
      {
        schema: {
          tags: ['forecasts'],
          querystring: s.forecastQuery,
          response: { 200: s.forecastResponse, 400: errorBody, 403: errorBody, 404: errorBody },
        },
      },
      async (req) => f.forecast(callerOf(req), req.query),
    );
  };
