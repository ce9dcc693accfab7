import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../http/auth';
import { errorBody } from '../../http/errors';
import { pageQuery } from '../../http/pagination';
import { idParams } from '../org/schema';
import { attachment, XLSX_TYPE } from '../registry/import/template';
import * as s from './schema';
import type { VenuesService } from './service';

const errors = { 400: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

/** Service stations, rooms, bookings and the service guide: docs/API.md "Venues and the service guide". */
export const venueRoutes =
  (v: VenuesService): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['venues'];
    app.get(
      '/venues/stations',
      { schema: { tags, querystring: s.listStationsQuery, response: { 200: s.stationPage, ...errors } } },
      async (req) => v.listStations(callerOf(req), req.query),
    );
    app.post(
      '/venues/stations',
      { schema: { tags, body: s.stationBody, response: { 201: s.station, ...errors } } },
      async (req, reply) => reply.status(201).send(await v.createStation(callerOf(req), req.body)),
    );
    app.get(
      '/venues/stations/:id',
      { schema: { tags, params: idParams, response: { 200: s.station, ...errors } } },
      async (req) => v.getStation(callerOf(req), req.params.id),
    );
    app.patch(
      '/venues/stations/:id',
      { schema: { tags, params: idParams, body: s.stationPatch, response: { 200: s.station, ...errors } } },
      async (req) => v.updateStation(callerOf(req), req.params.id, req.body),
    );

    app.get(
      '/venues/rooms',
      { schema: { tags, querystring: s.listRoomsQuery, response: { 200: s.roomPage, ...errors } } },
      async (req) => v.listRooms(callerOf(req), req.query),
    );
    app.post(
      '/venues/rooms',
      { schema: { tags, body: s.roomBody, response: { 201: s.room, ...errors } } },
      async (req, reply) => reply.status(201).send(await v.createRoom(callerOf(req), req.body)),
    );
    app.get(
      '/venues/rooms/:id',
      { schema: { tags, params: idParams, response: { 200: s.room, ...errors } } },
      async (req) => v.getRoom(callerOf(req), req.params.id),
    );
    app.patch(
      '/venues/rooms/:id',
      { schema: { tags, params: idParams, body: s.roomPatch, response: { 200: s.room, ...errors } } },
      async (req) => v.updateRoom(callerOf(req), req.params.id, req.body),
    );
    app.get(
      '/venues/rooms/:id/schedule',
      {
        schema: {
          tags,
          params: idParams,
          querystring: s.scheduleQuery,
          response: { 200: s.schedule, ...errors },
          description: 'The times already taken in a window, without who took them',
        },
      },
      async (req) => v.schedule(callerOf(req), req.params.id, req.query),
    );

    app.get(
      '/venues/bookings',
      { schema: { tags, querystring: s.listBookingsQuery, response: { 200: s.bookingPage, ...errors } } },
      async (req) => v.listBookings(callerOf(req), req.query),
    );
    app.get(
      '/venues/my-bookings',
      { schema: { tags, querystring: z.object(pageQuery), response: { 200: s.bookingPage, ...errors } } },
      async (req) => v.myBookings(callerOf(req), req.query),
    );
    app.post(
      '/venues/bookings',
      {
        schema: {
          tags,
          body: s.bookingBody,
          response: { 201: s.booking, ...errors },
          description:
            'Books a room. 409 `booking_conflict` when a confirmed booking of the room overlaps the time; its message names that time',
        },
      },
      async (req, reply) => reply.status(201).send(await v.book(callerOf(req), req.body)),
    );
    app.get(
      '/venues/bookings/:id',
      { schema: { tags, params: idParams, response: { 200: s.booking, ...errors } } },
      async (req) => v.getBooking(callerOf(req), req.params.id),
    );
    app.post(
      '/venues/bookings/:id/cancel',
      { schema: { tags, params: idParams, response: { 200: s.booking, ...errors } } },
      async (req) => v.cancelBooking(callerOf(req), req.params.id),
    );
    app.get(
      '/venues/bookings.xlsx',
      {
        schema: {
          tags,
          querystring: s.exportQuery,
          description: "A month's bookings (场地预约台账) as xlsx",
        },
      },
      async (req, reply) => {
        const file = await v.exportBookings(callerOf(req), req.query);
        return reply
          .header('content-type', XLSX_TYPE)
          .header(
            'content-disposition',
            attachment({
              ascii: `linli-bookings-${file.month}.xlsx`,
              zh: `场地预约台账-${file.month}.xlsx`,
            }),
          )
          .send(file.content);
      },
    );
    app.get(
      '/venues/stats',
      { schema: { tags, querystring: s.statsQuery, response: { 200: s.stats, ...errors } } },
      async (req) => v.stats(callerOf(req), req.query),
    );

    app.get(
      '/venues/services',
      { schema: { tags, querystring: s.listServicesQuery, response: { 200: s.servicePage, ...errors } } },
      async (req) => v.listServices(callerOf(req), req.query),
    );
    app.post(
      '/venues/services',
      { schema: { tags, body: s.serviceBody, response: { 201: s.service, ...errors } } },
      async (req, reply) => reply.status(201).send(await v.createService(callerOf(req), req.body)),
    );
    app.get(
      '/venues/services/:id',
      { schema: { tags, params: idParams, response: { 200: s.service, ...errors } } },
      async (req) => v.getService(callerOf(req), req.params.id),
    );
    app.patch(
      '/venues/services/:id',
      { schema: { tags, params: idParams, body: s.servicePatch, response: { 200: s.service, ...errors } } },
      async (req) => v.updateService(callerOf(req), req.params.id, req.body),
    );
  };
