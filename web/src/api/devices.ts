/** Sensor devices, their readings and alerts (server/modules/devices). */
import type { AlertState, Condition, DeviceKind, Severity } from '../../../domain/devices/rules';
import { request } from './client';
import type { Page, PageParams } from './model';
import type { PathItem } from './org';

export { DEVICE_KINDS, type DeviceKind } from '../../../domain/devices/rules';

type Values = Record<string, number | boolean | string>;

export interface Device {
  id: number;
  communityId: number;
  code: string;
  kind: DeviceKind;
  name: string;
  placeId: number;
  path: PathItem[];
  status: 'active' | 'retired';
  online: boolean;
  lastSeenAt: string | null;
  lastValues: Values | null;
  createdAt: string;
  topic: string;
  actions: 'manage'[];
}

export interface Reading {
  messageKey: string;
  measuredAt: string;
  receivedAt: string;
  values: Values;
}

export interface Alert {
  id: number;
  deviceId: number;
  deviceCode: string;
  deviceName: string;
  deviceKind: DeviceKind;
  path: PathItem[];
  condition: Condition;
  severity: Severity;
  status: AlertState;
  value: Values | null;
  occurrences: number;
  openedAt: string;
  lastAt: string;
  eventId: number | null;
  acknowledgedByName: string | null;
  resolvedByName: string | null;
  actions: ('acknowledge' | 'resolve')[];
}

type Q = PageParams & Record<string, string | number | boolean | null | undefined>;
const get = <T>(path: string, query: Q = {}, signal?: AbortSignal) =>
  request<T>('GET', path, { query, signal });
const post = <T>(path: string, body: unknown = {}) => request<T>('POST', path, { body });

export const listDevices = (q: Q, signal?: AbortSignal) => get<Page<Device>>('/devices', q, signal);
export const createDevice = (body: { nodeId: number; kind: DeviceKind; code: string; name: string }) =>
  post<Device & { token: string }>('/devices', body);
export const setDeviceStatus = (a: { id: number; status: Device['status'] }) =>
  post<Device>(`/devices/${a.id}/status`, { status: a.status });
export const listReadings = (id: number, q: Q, signal?: AbortSignal) =>
  get<Page<Reading>>(`/devices/${id}/readings`, q, signal);
export const listAlerts = (q: Q, signal?: AbortSignal) => get<Page<Alert>>('/devices/alerts', q, signal);
export const actOnAlert = (a: { id: number; action: 'acknowledge' | 'resolve' }) =>
  post<Alert>(`/devices/alerts/${a.id}/${a.action}`);

/** Active (open or acknowledged) alerts the user sees, under a node when given. */
export const activeAlertCount = (q: { nodeId?: number }, signal?: AbortSignal) =>
  get<{ active: number }>('/devices/alerts/active', q, signal);

/** Server-Sent Events: `event: alert` whenever an alert in the user's scope opens, is acknowledged or resolved. */
export const ALERT_STREAM_URL = '/api/v1/devices/alerts/stream';

export interface AlertChange {
  id: number;
  status: AlertState;
  condition: Condition;
  severity: Severity;
  deviceName: string;
}
