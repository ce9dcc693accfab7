import { z } from 'zod';
import { DEVICE_CODE, readingPayload } from '../../../domain/devices/payload';
import {
  ALERT_ACTIONS,
  ALERT_STATES,
  CONDITIONS,
  DEVICE_KINDS,
  DEVICE_STATUSES,
  SEVERITIES,
} from '../../../domain/devices/rules';
import { pageOf, pageQuery } from '../../http/pagination';
import { id, nodeRef } from '../org/schema';

const name = z.string().trim().min(1).max(100);
const valueMap = z.record(z.string(), z.union([z.number(), z.boolean(), z.string()]));

export const deviceBody = z.strictObject({
  /** The compound, building or unit the device is installed in. */
  nodeId: id,
  kind: z.enum(DEVICE_KINDS),
  code: z.string().regex(DEVICE_CODE, 'letters, digits, - and _ (at most 64)'),
  name,
});
export type DeviceBody = z.infer<typeof deviceBody>;

export const deviceStatusBody = z.strictObject({ status: z.enum(DEVICE_STATUSES) });

export const device = z.object({
  id: z.number(),
  communityId: z.number(),
  code: z.string(),
  kind: z.enum(DEVICE_KINDS),
  name: z.string(),
  placeId: z.number(),
  path: z.array(nodeRef),
  status: z.enum(DEVICE_STATUSES),
  online: z.boolean(),
  lastSeenAt: z.date().nullable(),
  lastValues: valueMap.nullable(),
  createdAt: z.date(),
  topic: z.string(),
  actions: z.array(z.enum(['manage'])),
});
export type DeviceResponse = z.infer<typeof device>;
/** The device as created, with its token: the only time the token is ever shown. */
export const createdDevice = device.extend({ token: z.string() });
export const devicePage = pageOf(device);

export const listDevicesQuery = z.object({
  ...pageQuery,
  nodeId: id.optional(),
  kind: z.enum(DEVICE_KINDS).optional(),
  status: z.enum(DEVICE_STATUSES).optional(),
});
export type ListDevicesQuery = z.infer<typeof listDevicesQuery>;

export const reading = z.object({
  messageKey: z.string(),
  measuredAt: z.date(),
  receivedAt: z.date(),
  values: valueMap,
});
export const readingPage = pageOf(reading);

export const alert = z.object({
  id: z.number(),
  communityId: z.number(),
  deviceId: z.number(),
  deviceCode: z.string(),
  deviceName: z.string(),
  deviceKind: z.enum(DEVICE_KINDS),
  path: z.array(nodeRef),
  condition: z.enum(CONDITIONS),
  severity: z.enum(SEVERITIES),
  status: z.enum(ALERT_STATES),
  value: valueMap.nullable(),
  occurrences: z.number(),
  openedAt: z.date(),
  lastAt: z.date(),
  eventId: z.number().nullable(),
  acknowledgedAt: z.date().nullable(),
  acknowledgedByName: z.string().nullable(),
  resolvedAt: z.date().nullable(),
  resolvedByName: z.string().nullable(),
  actions: z.array(z.enum(ALERT_ACTIONS)),
});
export type AlertResponse = z.infer<typeof alert>;
export const alertPage = pageOf(alert);

export const listAlertsQuery = z.object({
  ...pageQuery,
  status: z.enum(['active', ...ALERT_STATES]).optional(),
  deviceId: id.optional(),
  /** Only the alerts of places under this node. */
  nodeId: id.optional(),
});
export type ListAlertsQuery = z.infer<typeof listAlertsQuery>;

export const alertActionParams = z.object({ id, action: z.enum(ALERT_ACTIONS) });

/** The webhook's body: the MQTT payload plus what the topic says (community and device code). */
export const ingestBody = readingPayload.extend({
  communityId: id,
  device: z.string().regex(DEVICE_CODE),
});
export const ingestHeaders = z.object({ 'x-device-token': z.string().max(200).optional() });
export const ingestResponse = z.object({ status: z.enum(['accepted', 'duplicate']) });

export const ingestStatus = z.object({
  consumer: z.object({
    configured: z.boolean(),
    connected: z.boolean(),
    reconnects: z.number(),
  }),
  counters: z.record(z.string(), z.number()),
});
