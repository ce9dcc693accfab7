import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../http/auth';
import { errorBody } from '../../http/errors';
import { idParams } from '../org/schema';
import * as s from './schema';
import type { MapsService } from './service';

const errors = { 400: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

/** Boundaries, points and heat as GeoJSON, and the tile layer: docs/API.md "Maps". */
export const mapRoutes =
  (maps: MapsService): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['maps'];
    app.get(
      '/maps/settings',
      { schema: { tags, response: { 200: s.mapSettings, ...errors } } },
      async (req) => maps.settings(callerOf(req)),
    );
    app.get(
      '/maps/areas',
      { schema: { tags, querystring: s.areasQuery, response: { 200: s.areaCollection, ...errors } } },
      async (req) => maps.areas(callerOf(req), req.query),
    );
    app.get(
      '/maps/points',
      { schema: { tags, querystring: s.pointsQuery, response: { 200: s.pointCollection, ...errors } } },
      async (req) => maps.points(callerOf(req), req.query),
    );
    app.get(
      '/maps/heat',
      { schema: { tags, querystring: s.heatQuery, response: { 200: s.heatCollection, ...errors } } },
      async (req) => maps.heat(callerOf(req), req.query),
    );
    app.put(
      '/maps/grids/:id/area',
      { schema: { tags, params: idParams, body: s.areaBody, response: { 200: s.areaFeature, ...errors } } },
      async (req) => maps.setGridArea(callerOf(req), req.params.id, req.body),
    );
    app.put(
      '/maps/compounds/:id/area',
      { schema: { tags, params: idParams, body: s.areaBody, response: { 200: s.areaFeature, ...errors } } },
      async (req) => maps.setCompoundArea(callerOf(req), req.params.id, req.body),
    );
  };
