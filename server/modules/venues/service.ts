import { z } from 'zod';
import type { Db } from '../../db/client';
import { invalid } from '../../http/errors';
import { decodeCursor, page } from '../../http/pagination';
import type { Caller } from '../auth/caller';
import { permissionScope } from '../auth/permission-scope';
import { idCursor, pageByIdDesc, subtreeOf } from '../org/subtree';
import {
  bookingsOf,
  stationsOf,
  visibleBooking,
  visibleRoom,
  visibleService,
  visibleStation,
} from './access';
import { book, cancel } from './bookings';
import { bookingsSheet } from './export';
import { createService, updateService } from './guide';
import { presentBooking, presentRoom, presentService, presentStations } from './presenter';
import * as repo from './repository';
import type {
  BookingBody,
  ExportQuery,
  ListBookingsQuery,
  ListRoomsQuery,
  ListServicesQuery,
  ListStationsQuery,
  RoomBody,
  RoomPatch,
  ServiceBody,
  ServicePatch,
  StationBody,
  StationPatch,
  StatsQuery,
} from './schema';
import { createRoom, createStation, updateRoom, updateStation } from './stations';
import { monthBounds, venueStats } from './stats';

const DAY_MS = 86_400_000;
const byStart = z.object({ startsAt: z.coerce.date(), id: z.number() });

/** Service stations, rooms and bookings, and the service guide (issue 6 items 5 and 9): one transaction per change. */
export function venuesService(db: Db, timeZone: string) {
  const oneStation = async (caller: Caller, s: repo.StationRow) =>
    (await presentStations(db, caller, [{ station: s, ...(await repo.stationCounts(db, s)) }]))[0]!;

  const pageAsc = <R extends { id: number }, T>(rows: R[], limit: number, present: (r: R) => T) =>
    page(rows, limit, present, (r) => ({ id: r.id }));

  return {
    async createStation(caller: Caller, body: StationBody) {
      return oneStation(caller, await db.transaction((tx) => createStation(tx, caller, body)));
    },
    async updateStation(caller: Caller, id: number, patch: StationPatch) {
      return oneStation(caller, await db.transaction((tx) => updateStation(tx, caller, id, patch)));
    },
    async getStation(caller: Caller, id: number) {
      return oneStation(caller, await visibleStation(db, caller, id));
    },
    async listStations(caller: Caller, q: ListStationsQuery) {
      const rows = await repo.listStations(db, await stationsOf(db, caller), {
        under: await subtreeOf(db, caller.scope, q.nodeId),
        beforeId: idCursor(q.cursor),
        limit: q.limit,
      });
      return pageByIdDesc(
        rows.map((r) => ({ ...r, id: r.station.id })),
        q.limit,
        (items) => presentStations(db, caller, items),
      );
    },

    async createRoom(caller: Caller, body: RoomBody) {
      return presentRoom(caller, await db.transaction((tx) => createRoom(tx, caller, body)));
    },
    async updateRoom(caller: Caller, id: number, patch: RoomPatch) {
      return presentRoom(caller, await db.transaction((tx) => updateRoom(tx, caller, id, patch)));
    },
    async getRoom(caller: Caller, id: number) {
      return presentRoom(caller, await visibleRoom(db, caller, id));
    },
    async listRooms(caller: Caller, q: ListRoomsQuery) {
      const rows = await repo.listRooms(db, await stationsOf(db, caller), {
        stationId: q.stationId,
        afterId: idCursor(q.cursor),
        limit: q.limit,
      });
      return pageAsc(
        rows.map((r) => ({ ...r, id: r.room.id })),
        q.limit,
        (r) => presentRoom(caller, r),
      );
    },
    async schedule(caller: Caller, id: number, q: { from?: Date | undefined; to?: Date | undefined }) {
      const { room } = await visibleRoom(db, caller, id);
      const from = q.from ?? new Date();
      const to = q.to ?? new Date(from.getTime() + 14 * DAY_MS);
      if (to <= from || to.getTime() - from.getTime() > 62 * DAY_MS)
        throw invalid([{ path: 'querystring.to', message: 'after from, and at most 62 days later' }]);
      return { roomId: room.id, taken: await repo.taken(db, room, from, to) };
    },

    async book(caller: Caller, body: BookingBody) {
      return presentBooking(caller, await db.transaction((tx) => book(tx, caller, body, timeZone)));
    },
    async cancelBooking(caller: Caller, id: number) {
      return presentBooking(caller, await db.transaction((tx) => cancel(tx, caller, id)));
    },
    async getBooking(caller: Caller, id: number) {
      return presentBooking(caller, await visibleBooking(db, caller, id));
    },
    /** Staff's list: every booking of the stations in their scope (their own included). */
    async listBookings(caller: Caller, q: ListBookingsQuery) {
      const scope = await permissionScope(db, caller, 'venue.read');
      const rows = await repo.listBookings(db, repo.bookingsIn(scope), {
        under: await subtreeOf(db, scope, q.nodeId),
        stationId: q.stationId,
        roomId: q.roomId,
        status: q.status,
        from: q.from,
        to: q.to,
        before: decodeCursor(q.cursor, byStart),
        limit: q.limit,
      });
      return page(
        rows,
        q.limit,
        (r) => presentBooking(caller, r),
        (r) => ({ startsAt: r.booking.startsAt, id: r.booking.id }),
      );
    },
    /** The phone's "my bookings": what the caller booked, newest first. */
    async myBookings(caller: Caller, q: { cursor?: string | undefined; limit: number }) {
      const rows = await repo.listBookings(db, await bookingsOf(db, caller), {
        accountId: caller.accountId,
        before: decodeCursor(q.cursor, byStart),
        limit: q.limit,
      });
      return page(
        rows,
        q.limit,
        (r) => presentBooking(caller, r),
        (r) => ({ startsAt: r.booking.startsAt, id: r.booking.id }),
      );
    },
    async exportBookings(caller: Caller, q: ExportQuery) {
      const scope = await permissionScope(db, caller, 'venue.read');
      const { from, to } = monthBounds(q.month, timeZone);
      const rows = await repo.listBookings(db, repo.bookingsIn(scope), {
        under: await subtreeOf(db, scope, q.nodeId),
        from,
        to,
        limit: 10_000,
      });
      const items = rows
        .slice(0, 10_000)
        .map((r) => presentBooking(caller, r))
        .reverse();
      return { month: q.month, content: await bookingsSheet(q.month, items, timeZone) };
    },
    stats: (caller: Caller, q: StatsQuery) => venueStats(db, caller, q, timeZone),

    async createService(caller: Caller, body: ServiceBody) {
      return presentService(caller, await db.transaction((tx) => createService(tx, caller, body)));
    },
    async updateService(caller: Caller, id: number, patch: ServicePatch) {
      return presentService(caller, await db.transaction((tx) => updateService(tx, caller, id, patch)));
    },
    async getService(caller: Caller, id: number) {
      return presentService(caller, await visibleService(db, caller, id));
    },
    /** Residents search the active entries of their stations; staff also see withdrawn ones. */
    async listServices(caller: Caller, q: ListServicesQuery) {
      const staff = caller.grants.some((g) => g.role !== 'resident');
      const rows = await repo.listServices(db, await stationsOf(db, caller), {
        q: q.q,
        stationId: q.stationId,
        selfService: q.selfService === undefined ? undefined : q.selfService === 'true',
        activeOnly: !staff,
        afterId: idCursor(q.cursor),
        limit: q.limit,
      });
      return pageAsc(
        rows.map((r) => ({ ...r, id: r.service.id })),
        q.limit,
        (r) => presentService(caller, r),
      );
    },
  };
}
export type VenuesService = ReturnType<typeof venuesService>;
