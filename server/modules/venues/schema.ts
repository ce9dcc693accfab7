import { z } from 'zod';
import { BOOKING_STATES, ROOM_KINDS, STATION_KINDS, WEEKDAYS } from '../../../domain/venues/rules';
import { pageOf, pageQuery } from '../../http/pagination';
import { id, nodeRef } from '../org/schema';

const text = (max: number) => z.string().trim().min(1).max(max);
const instant = z.coerce.date();
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month written YYYY-MM');
const url = z
  .string()
  .trim()
  .max(500)
  .regex(/^https?:\/\/\S+$/, 'a web address starting with http:// or https://');

export const stationBody = z.strictObject({
  /** The compound or community the station serves. */
  nodeId: id,
  kind: z.enum(STATION_KINDS),
  name: text(100),
  address: text(200),
  phone: text(40).optional(),
  description: text(2000).optional(),
});
export type StationBody = z.infer<typeof stationBody>;
export const stationPatch = stationBody.omit({ nodeId: true }).partial();
export type StationPatch = z.infer<typeof stationPatch>;

export const station = z
  .object({
    id: z.number(),
    communityId: z.number(),
    nodeId: z.number(),
    path: z.array(nodeRef),
    kind: z.enum(STATION_KINDS),
    name: z.string(),
    address: z.string(),
    phone: z.string().nullable(),
    description: z.string().nullable(),
    rooms: z.number(),
    services: z.number(),
    createdAt: z.date(),
    actions: z.array(z.enum(['manage'])),
  })
  .meta({ id: 'VenueStation' });
export type StationResponse = z.infer<typeof station>;
export const stationPage = pageOf(station);
export const listStationsQuery = z.object({ nodeId: id.optional(), ...pageQuery });
export type ListStationsQuery = z.infer<typeof listStationsQuery>;

export const openingSlot = z.strictObject({
  weekday: z.union(WEEKDAYS.map((d) => z.literal(d))),
  opens: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day written HH:MM'),
  closes: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time of day written HH:MM'),
});

export const roomBody = z.strictObject({
  stationId: id,
  kind: z.enum(ROOM_KINDS),
  name: text(100),
  capacity: z.number().int().min(1).max(1000),
  openingHours: z.array(openingSlot).max(50),
});
export type RoomBody = z.infer<typeof roomBody>;
export const roomPatch = roomBody.omit({ stationId: true }).extend({ active: z.boolean() }).partial();
export type RoomPatch = z.infer<typeof roomPatch>;

export const room = z
  .object({
    id: z.number(),
    communityId: z.number(),
    stationId: z.number(),
    stationName: z.string(),
    kind: z.enum(ROOM_KINDS),
    name: z.string(),
    capacity: z.number(),
    openingHours: z.array(openingSlot),
    active: z.boolean(),
    createdAt: z.date(),
    actions: z.array(z.enum(['manage', 'book'])),
  })
  .meta({ id: 'VenueRoom' });
export type RoomResponse = z.infer<typeof room>;
export const roomPage = pageOf(room);
export const listRoomsQuery = z.object({ stationId: id.optional(), ...pageQuery });
export type ListRoomsQuery = z.infer<typeof listRoomsQuery>;

/** A window of at most 62 days; by default the next 14 days. */
export const scheduleQuery = z.object({ from: instant.optional(), to: instant.optional() });
/** The room's confirmed bookings in a window: the times taken, without who took them. */
export const schedule = z.object({
  roomId: z.number(),
  taken: z.array(z.object({ startsAt: z.date(), endsAt: z.date() })),
});

export const bookingBody = z
  .strictObject({
    roomId: id,
    startsAt: instant,
    endsAt: instant,
    attendees: z.number().int().min(1).max(1000),
    purpose: text(200),
  })
  .refine((b) => b.endsAt > b.startsAt, { path: ['endsAt'], message: 'must be after startsAt' });
export type BookingBody = z.infer<typeof bookingBody>;

export const booking = z
  .object({
    id: z.number(),
    communityId: z.number(),
    roomId: z.number(),
    roomName: z.string(),
    stationId: z.number(),
    stationName: z.string(),
    startsAt: z.date(),
    endsAt: z.date(),
    attendees: z.number(),
    purpose: z.string(),
    status: z.enum(BOOKING_STATES),
    /** Masked (张*) for those who only read the bookings; in full to the booker and those who run the station. */
    bookedByName: z.string(),
    byResident: z.boolean(),
    createdAt: z.date(),
    cancelledAt: z.date().nullable(),
    cancelledByName: z.string().nullable(),
    actions: z.array(z.enum(['cancel'])),
  })
  .meta({ id: 'VenueBooking' });
export type BookingResponse = z.infer<typeof booking>;
export const bookingPage = pageOf(booking);

export const listBookingsQuery = z.object({
  stationId: id.optional(),
  roomId: id.optional(),
  nodeId: id.optional(),
  status: z.enum(BOOKING_STATES).optional(),
  from: instant.optional(),
  to: instant.optional(),
  ...pageQuery,
});
export type ListBookingsQuery = z.infer<typeof listBookingsQuery>;
export const exportQuery = z.object({ nodeId: id.optional(), month });
export type ExportQuery = z.infer<typeof exportQuery>;

export const statsQuery = z.object({ nodeId: id.optional(), month });
export type StatsQuery = z.infer<typeof statsQuery>;
const usage = {
  bookings: z.number(),
  hours: z.number(),
  openHours: z.number(),
  /** Booked share of the open time (0–1); null when it was not open that month. */
  occupancy: z.number().nullable(),
};
export const stats = z.object({
  month: z.string(),
  stations: z.array(
    z.object({
      stationId: z.number(),
      name: z.string(),
      ...usage,
      rooms: z.array(z.object({ roomId: z.number(), name: z.string(), ...usage })),
    }),
  ),
});
export type StatsResponse = z.infer<typeof stats>;

export const serviceBody = z.strictObject({
  stationId: id,
  name: text(200),
  department: text(100),
  location: text(200).optional(),
  hours: text(200).optional(),
  materials: z.array(text(200)).max(30).default([]),
  onlineUrl: url.optional(),
  selfService: z.boolean().default(false),
});
export type ServiceBody = z.infer<typeof serviceBody>;
export const servicePatch = z
  .strictObject({
    name: text(200),
    department: text(100),
    location: text(200).nullable(),
    hours: text(200).nullable(),
    materials: z.array(text(200)).max(30),
    onlineUrl: url.nullable(),
    selfService: z.boolean(),
    active: z.boolean(),
  })
  .partial();
export type ServicePatch = z.infer<typeof servicePatch>;

export const service = z
  .object({
    id: z.number(),
    communityId: z.number(),
    stationId: z.number(),
    stationName: z.string(),
    stationAddress: z.string(),
    name: z.string(),
    department: z.string(),
    location: z.string().nullable(),
    hours: z.string().nullable(),
    materials: z.array(z.string()),
    onlineUrl: z.string().nullable(),
    selfService: z.boolean(),
    active: z.boolean(),
    updatedAt: z.date(),
    actions: z.array(z.enum(['manage'])),
  })
  .meta({ id: 'ServiceGuideItem' });
export type ServiceResponse = z.infer<typeof service>;
export const servicePage = pageOf(service);
export const listServicesQuery = z.object({
  /** Words found anywhere in the name, department or materials (substring, case-insensitive). */
  q: z.string().trim().max(100).optional(),
  stationId: id.optional(),
  selfService: z.enum(['true', 'false']).optional(),
  ...pageQuery,
});
export type ListServicesQuery = z.infer<typeof listServicesQuery>;
