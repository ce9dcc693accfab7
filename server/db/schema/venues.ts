import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  unique,
} from 'drizzle-orm/pg-core';
import { BOOKING_STATES, ROOM_KINDS, STATION_KINDS, type OpeningSlot } from '../../../domain/venues/rules';
import { at, communityId, ref, tenantId } from './columns';
import { person } from './registry';

/**
 * A service station (党群服务中心/站, 居民会客厅 …) at a compound or in a community as a whole. Its rooms, bookings
 * and services copy its `node_path`, so each table filters by scope without a join.
 */
export const venueStation = pgTable(
  'venue_station',
  {
    communityId: communityId(),
    id: tenantId(),
    nodeId: ref('node_id').notNull(),
    nodePath: text('node_path').notNull(),
    kind: text('kind', { enum: STATION_KINDS }).notNull(),
    name: text('name').notNull(),
    address: text('address').notNull(),
    /** The station's service line, a public number, not a person's. */
    phone: text('phone'),
    description: text('description'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    unique('venue_station_name_key').on(t.communityId, t.nodeId, t.name),
    index('venue_station_id_idx').on(t.id),
    index('venue_station_node_idx').using('btree', t.communityId, sql`${t.nodePath} text_pattern_ops`, t.id),
  ],
);

/** A bookable room of a station, with its weekly opening hours (local wall-clock periods per ISO weekday). */
export const venueRoom = pgTable(
  'venue_room',
  {
    communityId: communityId(),
    id: tenantId(),
    stationId: ref('station_id').notNull(),
    nodePath: text('node_path').notNull(),
    kind: text('kind', { enum: ROOM_KINDS }).notNull(),
    name: text('name').notNull(),
    capacity: integer('capacity').notNull(),
    openingHours: jsonb('opening_hours').$type<OpeningSlot[]>().notNull().default([]),
    active: boolean('active').notNull().default(true),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({
      columns: [t.communityId, t.stationId],
      foreignColumns: [venueStation.communityId, venueStation.id],
    }),
    unique('venue_room_name_key').on(t.communityId, t.stationId, t.name),
    check('venue_room_capacity_check', sql`${t.capacity} > 0`),
    index('venue_room_id_idx').on(t.id),
    index('venue_room_node_idx').using('btree', t.communityId, sql`${t.nodePath} text_pattern_ops`, t.id),
  ],
);

/**
 * A booking of a room by a resident (`booker_person_id`) or by staff. Two confirmed bookings of one room never
 * overlap: an exclusion constraint over range types (migration venues_custom) refuses the second, so concurrent
 * requests cannot both win; cancelling keeps the row and frees the time.
 */
export const venueBooking = pgTable(
  'venue_booking',
  {
    communityId: communityId(),
    id: tenantId(),
    roomId: ref('room_id').notNull(),
    stationId: ref('station_id').notNull(),
    nodePath: text('node_path').notNull(),
    startsAt: at('starts_at').notNull(),
    endsAt: at('ends_at').notNull(),
    attendees: integer('attendees').notNull(),
    purpose: text('purpose').notNull(),
    status: text('status', { enum: BOOKING_STATES }).notNull().default('confirmed'),
    bookerPersonId: ref('booker_person_id'),
    bookedByAccountId: ref('booked_by_account_id').notNull(),
    bookedByName: text('booked_by_name').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    cancelledAt: at('cancelled_at'),
    cancelledByName: text('cancelled_by_name'),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({
      columns: [t.communityId, t.roomId],
      foreignColumns: [venueRoom.communityId, venueRoom.id],
    }),
    foreignKey({
      columns: [t.communityId, t.bookerPersonId],
      foreignColumns: [person.communityId, person.id],
    }),
    check('venue_booking_time_check', sql`${t.endsAt} > ${t.startsAt}`),
    check('venue_booking_attendees_check', sql`${t.attendees} > 0`),
    check('venue_booking_cancel_check', sql`(${t.status} = 'cancelled') = (${t.cancelledAt} is not null)`),
    index('venue_booking_id_idx').on(t.id),
    index('venue_booking_room_idx').on(t.communityId, t.roomId, t.startsAt),
    index('venue_booking_node_idx').using(
      'btree',
      t.communityId,
      sql`${t.nodePath} text_pattern_ops`,
      t.startsAt,
    ),
    index('venue_booking_account_idx').on(t.bookedByAccountId, t.startsAt),
  ],
);

/**
 * An entry of the service guide (seed 004: 431 government services in one place, 230 self-service): what a station
 * handles, which department, where and when, what to bring, an online link, and whether a machine serves it.
 */
export const serviceItem = pgTable(
  'service_item',
  {
    communityId: communityId(),
    id: tenantId(),
    stationId: ref('station_id').notNull(),
    nodePath: text('node_path').notNull(),
    name: text('name').notNull(),
    department: text('department').notNull(),
    /** A room or window of the station, or an address elsewhere. */
    location: text('location'),
    hours: text('hours'),
    materials: jsonb('materials').$type<string[]>().notNull().default([]),
    onlineUrl: text('online_url'),
    selfService: boolean('self_service').notNull().default(false),
    active: boolean('active').notNull().default(true),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({
      columns: [t.communityId, t.stationId],
      foreignColumns: [venueStation.communityId, venueStation.id],
    }),
    unique('service_item_name_key').on(t.communityId, t.stationId, t.name),
    index('service_item_id_idx').on(t.id),
    index('service_item_node_idx').using('btree', t.communityId, sql`${t.nodePath} text_pattern_ops`, t.id),
  ],
);
