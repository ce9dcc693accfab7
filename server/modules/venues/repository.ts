import { and, asc, desc, eq, gt, lt, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { serviceItem, venueBooking, venueRoom, venueStation } from '../../db/schema';
import type { Scope } from '../auth/caller';
import type { Homes } from '../auth/permission-scope';
import { inScopePlaces } from '../auth/scope-sql';
import { underNode, type Under } from '../volunteers/repository';

export type StationRow = typeof venueStation.$inferSelect;
export type RoomRow = typeof venueRoom.$inferSelect;
export type BookingRow = typeof venueBooking.$inferSelect;
export type ServiceRow = typeof serviceItem.$inferSelect;

/** Staff by scope; residents the stations of their compound and community (and what hangs on them). */
export function placedVisible(
  staff: Scope,
  homes: Homes,
  table: { communityId: AnyColumn; nodePath: AnyColumn },
): SQL {
  const parts: SQL[] = [inScopePlaces(staff, table.communityId, table.nodePath)];
  if (homes.over.length)
    parts.push(
      sql`(${table.communityId} = any(${sql.param(homes.communityIds)}::bigint[]) and ${table.nodePath} = any(${sql.param(homes.over)}::text[]))`,
    );
  return sql`(${sql.join(parts, sql` or `)})`;
}

export const bookingsIn = (staff: Scope) =>
  inScopePlaces(staff, venueBooking.communityId, venueBooking.nodePath);

/** Staff see the bookings in their scope; anyone sees the bookings they made. */
export const bookingsVisible = (staff: Scope, accountId: number) =>
  sql`(${bookingsIn(staff)} or ${venueBooking.bookedByAccountId} = ${accountId})`;

/** What a patch changed, as the audit row's `before` and `after`: only the fields the patch named. */
export function changeOf<T extends object>(patch: Partial<T>, before: T, after: T) {
  const keys = Object.keys(patch) as (keyof T)[];
  const pick = (row: T) => Object.fromEntries(keys.map((k) => [k, row[k]])) as Record<string, unknown>;
  return { before: pick(before), after: pick(after) };
}

const one = async <T>(q: Promise<T[]>) => (await q)[0] ?? null;

export async function findStation(db: Executor, visible: SQL, id: number) {
  return one(
    db
      .select()
      .from(venueStation)
      .where(and(eq(venueStation.id, id), visible)),
  );
}

const countOf = (table: typeof venueRoom | typeof serviceItem) =>
  sql<number>`(select count(*)::int from ${table} x where x.community_id = ${venueStation.communityId} and x.station_id = ${venueStation.id})`;

export async function listStations(
  db: Executor,
  visible: SQL,
  f: { under?: Under | undefined; beforeId?: number | undefined; limit: number },
) {
  return db
    .select({ station: venueStation, rooms: countOf(venueRoom), services: countOf(serviceItem) })
    .from(venueStation)
    .where(
      and(
        visible,
        underNode(f.under, venueStation.communityId, venueStation.nodePath),
        f.beforeId !== undefined ? lt(venueStation.id, f.beforeId) : undefined,
      ),
    )
    .orderBy(desc(venueStation.id))
    .limit(f.limit + 1);
}

export async function stationCounts(db: Executor, s: StationRow) {
  const [row] = await db
    .select({ rooms: countOf(venueRoom), services: countOf(serviceItem) })
    .from(venueStation)
    .where(and(eq(venueStation.communityId, s.communityId), eq(venueStation.id, s.id)));
  return row ?? { rooms: 0, services: 0 };
}

export async function insertStation(db: Executor, s: typeof venueStation.$inferInsert) {
  const [row] = await db.insert(venueStation).values(s).returning();
  return row!;
}

export async function updateStation(db: Executor, s: StationRow, patch: Partial<StationRow>) {
  const [row] = await db
    .update(venueStation)
    .set(patch)
    .where(and(eq(venueStation.communityId, s.communityId), eq(venueStation.id, s.id)))
    .returning();
  return row!;
}

const roomCols = { room: venueRoom, stationName: venueStation.name };
const roomStation = and(
  eq(venueStation.communityId, venueRoom.communityId),
  eq(venueStation.id, venueRoom.stationId),
);

export async function findRoom(db: Executor, visible: SQL, id: number, lock = false) {
  const q = db
    .select(roomCols)
    .from(venueRoom)
    .innerJoin(venueStation, roomStation)
    .where(and(eq(venueRoom.id, id), visible));
  const [row] = lock ? await q.for('update', { of: venueRoom }) : await q;
  return row ?? null;
}

export async function listRooms(
  db: Executor,
  visible: SQL,
  f: { stationId?: number | undefined; afterId?: number | undefined; limit: number },
) {
  return db
    .select(roomCols)
    .from(venueRoom)
    .innerJoin(venueStation, roomStation)
    .where(
      and(
        visible,
        f.stationId !== undefined ? eq(venueRoom.stationId, f.stationId) : undefined,
        f.afterId !== undefined ? gt(venueRoom.id, f.afterId) : undefined,
      ),
    )
    .orderBy(asc(venueRoom.id))
    .limit(f.limit + 1);
}

export async function insertRoom(db: Executor, r: typeof venueRoom.$inferInsert) {
  const [row] = await db.insert(venueRoom).values(r).returning();
  return row!;
}

export async function updateRoom(db: Executor, r: RoomRow, patch: Partial<RoomRow>) {
  const [row] = await db
    .update(venueRoom)
    .set(patch)
    .where(and(eq(venueRoom.communityId, r.communityId), eq(venueRoom.id, r.id)))
    .returning();
  return row!;
}

const confirmedOf = (room: Pick<RoomRow, 'communityId' | 'id'>) =>
  and(
    eq(venueBooking.communityId, room.communityId),
    eq(venueBooking.roomId, room.id),
    eq(venueBooking.status, 'confirmed'),
  );

/** The room's confirmed bookings that overlap [from, to), earliest first. */
export async function taken(db: Executor, room: Pick<RoomRow, 'communityId' | 'id'>, from: Date, to: Date) {
  return db
    .select({ startsAt: venueBooking.startsAt, endsAt: venueBooking.endsAt })
    .from(venueBooking)
    .where(and(confirmedOf(room), lt(venueBooking.startsAt, to), gt(venueBooking.endsAt, from)))
    .orderBy(asc(venueBooking.startsAt))
    .limit(500);
}

export async function insertBooking(db: Executor, b: typeof venueBooking.$inferInsert) {
  const [row] = await db.insert(venueBooking).values(b).returning();
  return row!;
}

const bookingCols = { booking: venueBooking, roomName: venueRoom.name, stationName: venueStation.name };
function bookingQuery(db: Executor) {
  return db
    .select(bookingCols)
    .from(venueBooking)
    .innerJoin(
      venueRoom,
      and(eq(venueRoom.communityId, venueBooking.communityId), eq(venueRoom.id, venueBooking.roomId)),
    )
    .innerJoin(
      venueStation,
      and(
        eq(venueStation.communityId, venueBooking.communityId),
        eq(venueStation.id, venueBooking.stationId),
      ),
    );
}
export type BookingListRow = Awaited<ReturnType<ReturnType<typeof bookingQuery>['execute']>>[number];

export async function findBooking(db: Executor, visible: SQL, id: number, lock = false) {
  const q = bookingQuery(db).where(and(eq(venueBooking.id, id), visible));
  const [row] = lock ? await q.for('update', { of: venueBooking }) : await q;
  return row ?? null;
}

export interface BookingFilter {
  under?: Under | undefined;
  stationId?: number | undefined;
  roomId?: number | undefined;
  status?: BookingRow['status'] | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  accountId?: number | undefined;
  before?: { startsAt: Date; id: number } | undefined;
  limit: number;
}

/** Latest start first; `from`/`to` keep the bookings that overlap the window. */
export async function listBookings(db: Executor, visible: SQL, f: BookingFilter) {
  return bookingQuery(db)
    .where(
      and(
        visible,
        underNode(f.under, venueBooking.communityId, venueBooking.nodePath),
        f.stationId !== undefined ? eq(venueBooking.stationId, f.stationId) : undefined,
        f.roomId !== undefined ? eq(venueBooking.roomId, f.roomId) : undefined,
        f.status ? eq(venueBooking.status, f.status) : undefined,
        f.from ? gt(venueBooking.endsAt, f.from) : undefined,
        f.to ? lt(venueBooking.startsAt, f.to) : undefined,
        f.accountId !== undefined ? eq(venueBooking.bookedByAccountId, f.accountId) : undefined,
        f.before
          ? sql`(${venueBooking.startsAt}, ${venueBooking.id}) < (${f.before.startsAt}::timestamptz, ${f.before.id})`
          : undefined,
      ),
    )
    .orderBy(desc(venueBooking.startsAt), desc(venueBooking.id))
    .limit(f.limit + 1);
}

export async function updateBooking(db: Executor, b: BookingRow, patch: Partial<BookingRow>) {
  const [row] = await db
    .update(venueBooking)
    .set(patch)
    .where(and(eq(venueBooking.communityId, b.communityId), eq(venueBooking.id, b.id)))
    .returning();
  return row!;
}

/** Per room of the visible stations: confirmed bookings starting in [from, to) and their minutes. */
export async function usage(db: Executor, visible: SQL, under: Under | undefined, from: Date, to: Date) {
  return db
    .select({
      room: venueRoom,
      stationName: venueStation.name,
      bookings: sql<number>`count(${venueBooking.id})::int`,
      minutes: sql<number>`coalesce(sum(extract(epoch from ${venueBooking.endsAt} - ${venueBooking.startsAt}) / 60), 0)::int`,
    })
    .from(venueRoom)
    .innerJoin(venueStation, roomStation)
    .leftJoin(
      venueBooking,
      and(
        eq(venueBooking.communityId, venueRoom.communityId),
        eq(venueBooking.roomId, venueRoom.id),
        eq(venueBooking.status, 'confirmed'),
        sql`${venueBooking.startsAt} >= ${from.toISOString()}::timestamptz`,
        sql`${venueBooking.startsAt} < ${to.toISOString()}::timestamptz`,
      ),
    )
    .where(and(visible, underNode(under, venueRoom.communityId, venueRoom.nodePath)))
    .groupBy(venueRoom.communityId, venueRoom.id, venueStation.name)
    .orderBy(asc(venueRoom.stationId), asc(venueRoom.id))
    .limit(2000);
}

const serviceCols = {
  service: serviceItem,
  stationName: venueStation.name,
  stationAddress: venueStation.address,
};
const serviceStation = and(
  eq(venueStation.communityId, serviceItem.communityId),
  eq(venueStation.id, serviceItem.stationId),
);

export async function findService(db: Executor, visible: SQL, id: number, lock = false) {
  const q = db
    .select(serviceCols)
    .from(serviceItem)
    .innerJoin(venueStation, serviceStation)
    .where(and(eq(serviceItem.id, id), visible));
  const [row] = lock ? await q.for('update', { of: serviceItem }) : await q;
  return row ?? null;
}

/** `like` needs its wildcards escaped so a resident searching for "%" finds a percent sign. */
const likeText = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export interface ServiceFilter {
  q?: string | undefined;
  stationId?: number | undefined;
  selfService?: boolean | undefined;
  activeOnly: boolean;
  afterId?: number | undefined;
  limit: number;
}

/** Substring search in Chinese (ILIKE; a few hundred rows per community, no trigram index needed). */
export async function listServices(db: Executor, visible: SQL, f: ServiceFilter) {
  const words = (f.q ?? '').split(/\s+/).filter(Boolean);
  return db
    .select(serviceCols)
    .from(serviceItem)
    .innerJoin(venueStation, serviceStation)
    .where(
      and(
        visible,
        f.stationId !== undefined ? eq(serviceItem.stationId, f.stationId) : undefined,
        f.selfService !== undefined ? eq(serviceItem.selfService, f.selfService) : undefined,
        f.activeOnly ? eq(serviceItem.active, true) : undefined,
        ...words.map(
          (w) =>
            sql`(${serviceItem.name} ilike ${likeText(w)} or ${serviceItem.department} ilike ${likeText(w)} or ${serviceItem.materials}::text ilike ${likeText(w)})`,
        ),
        f.afterId !== undefined ? gt(serviceItem.id, f.afterId) : undefined,
      ),
    )
    .orderBy(asc(serviceItem.id))
    .limit(f.limit + 1);
}

export async function insertService(db: Executor, s: typeof serviceItem.$inferInsert) {
  const [row] = await db.insert(serviceItem).values(s).returning();
  return row!;
}

export async function updateService(db: Executor, s: ServiceRow, patch: Partial<ServiceRow>) {
  const [row] = await db
    .update(serviceItem)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(serviceItem.communityId, s.communityId), eq(serviceItem.id, s.id)))
    .returning();
  return row!;
}
