import { sql } from 'drizzle-orm';
import {
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  unique,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import {
  ALERT_STATES,
  CONDITIONS,
  DEVICE_KINDS,
  DEVICE_STATUSES,
  SEVERITIES,
} from '../../../domain/devices/rules';
import { at, communityId, ref, tenantId } from './columns';
import { place } from './org';

/**
 * A device bound to a compound, building or unit of its community. Devices are found by `(community_id, code)`, the
 * pair in their MQTT topic; `secret_hash` is the SHA-256 of the token shown once at creation, as for API tokens.
 */
export const device = pgTable(
  'device',
  {
    communityId: communityId(),
    id: tenantId(),
    code: text('code').notNull(),
    kind: text('kind', { enum: DEVICE_KINDS }).notNull(),
    name: text('name').notNull(),
    placeId: ref('place_id').notNull(),
    placePath: text('place_path').notNull(),
    secretHash: text('secret_hash').notNull(),
    status: text('status', { enum: DEVICE_STATUSES }).notNull().default('active'),
    lastSeenAt: at('last_seen_at'),
    /** The latest measurement's time and values: a late redelivery of an older one does not overwrite them. */
    lastMeasuredAt: at('last_measured_at'),
    lastValues: jsonb('last_values').$type<Record<string, number | boolean | string>>(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    unique('device_code_key').on(t.communityId, t.code),
    foreignKey({ columns: [t.communityId, t.placeId], foreignColumns: [place.communityId, place.id] }),
    index('device_place_idx').using('btree', t.communityId, sql`${t.placePath} text_pattern_ops`, t.id),
    // The offline job looks only at active devices, oldest heard first.
    index('device_seen_idx').on(t.status, t.lastSeenAt),
  ],
);

/** Readings as received; one per device and message key, so redeliveries are stored once. */
export const deviceReading = pgTable(
  'device_reading',
  {
    communityId: communityId(),
    deviceId: ref('device_id').notNull(),
    messageKey: text('message_key').notNull(),
    measuredAt: at('measured_at').notNull(),
    receivedAt: at('received_at').notNull().defaultNow(),
    values: jsonb('values').$type<Record<string, number | boolean | string>>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.deviceId, t.messageKey] }),
    foreignKey({ columns: [t.communityId, t.deviceId], foreignColumns: [device.communityId, device.id] }),
    index('device_reading_time_idx').on(t.communityId, t.deviceId, t.measuredAt),
  ],
);

/**
 * An alert raised by a device's condition. At most one is open (or acknowledged) per device and condition, held by
 * the partial unique index: a smoke detector that keeps reporting smoke raises one alert and files one event.
 */
export const deviceAlert = pgTable(
  'device_alert',
  {
    communityId: communityId(),
    id: tenantId(),
    deviceId: ref('device_id').notNull(),
    placePath: text('place_path').notNull(),
    condition: text('condition', { enum: CONDITIONS }).notNull(),
    severity: text('severity', { enum: SEVERITIES }).notNull(),
    status: text('status', { enum: ALERT_STATES }).notNull().default('open'),
    value: jsonb('value').$type<Record<string, unknown>>(),
    occurrences: integer('occurrences').notNull().default(1),
    openedAt: at('opened_at').notNull().defaultNow(),
    lastAt: at('last_at').notNull().defaultNow(),
    eventId: ref('event_id'),
    acknowledgedAt: at('acknowledged_at'),
    acknowledgedByName: text('acknowledged_by_name'),
    resolvedAt: at('resolved_at'),
    resolvedByName: text('resolved_by_name'),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({ columns: [t.communityId, t.deviceId], foreignColumns: [device.communityId, device.id] }),
    uniqueIndex('device_alert_open_key')
      .on(t.communityId, t.deviceId, t.condition)
      .where(sql`${t.status} <> 'resolved'`),
    index('device_alert_place_idx').using('btree', t.communityId, sql`${t.placePath} text_pattern_ops`, t.id),
    index('device_alert_device_idx').on(t.communityId, t.deviceId, t.id),
  ],
);
