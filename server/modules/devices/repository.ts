import { and, desc, eq, lt, ne, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { device, deviceAlert, deviceReading } from '../../db/schema';
import type { Scope } from '../auth/caller';
import { inScopePlaces } from '../auth/scope-sql';
import { underNode, type Under } from '../volunteers/repository';

export type DeviceRow = typeof device.$inferSelect;
export type AlertRow = typeof deviceAlert.$inferSelect;

export const devicesIn = (scope: Scope) => inScopePlaces(scope, device.communityId, device.placePath);
export const alertsIn = (scope: Scope) =>
  inScopePlaces(scope, deviceAlert.communityId, deviceAlert.placePath);

export async function findDevice(db: Executor, visible: SQL, id: number, lock = false) {
  const q = db
    .select()
    .from(device)
    .where(and(eq(device.id, id), visible));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

export async function listDevices(
  db: Executor,
  visible: SQL,
  f: {
    under?: Under;
    kind?: DeviceRow['kind'];
    status?: DeviceRow['status'];
    beforeId?: number;
    limit: number;
  },
) {
  return db
    .select()
    .from(device)
    .where(
      and(
        visible,
        underNode(f.under, device.communityId, device.placePath),
        f.kind ? eq(device.kind, f.kind) : undefined,
        f.status ? eq(device.status, f.status) : undefined,
        f.beforeId !== undefined ? lt(device.id, f.beforeId) : undefined,
      ),
    )
    .orderBy(desc(device.id))
    .limit(f.limit + 1);
}

export async function insertDevice(db: Executor, row: typeof device.$inferInsert) {
  const [d] = await db.insert(device).values(row).onConflictDoNothing().returning();
  return d ?? null;
}

export async function setDeviceStatus(db: Executor, d: DeviceRow, status: DeviceRow['status']) {
  const [row] = await db
    .update(device)
    .set({ status })
    .where(and(eq(device.communityId, d.communityId), eq(device.id, d.id)))
    .returning();
  return row!;
}

export async function readingsOf(db: Executor, d: DeviceRow, before: string | undefined, limit: number) {
  return db
    .select({
      messageKey: deviceReading.messageKey,
      measuredAt: deviceReading.measuredAt,
      receivedAt: deviceReading.receivedAt,
      values: deviceReading.values,
    })
    .from(deviceReading)
    .where(
      and(
        eq(deviceReading.communityId, d.communityId),
        eq(deviceReading.deviceId, d.id),
        before ? lt(deviceReading.measuredAt, new Date(before)) : undefined,
      ),
    )
    .orderBy(desc(deviceReading.measuredAt))
    .limit(limit + 1);
}

export async function listAlerts(
  db: Executor,
  visible: SQL,
  f: {
    status?: AlertRow['status'] | 'active';
    deviceId?: number;
    under?: Under | undefined;
    beforeId?: number;
    limit: number;
  },
) {
  return db
    .select({ alert: deviceAlert, device: { code: device.code, name: device.name, kind: device.kind } })
    .from(deviceAlert)
    .innerJoin(
      device,
      and(eq(device.communityId, deviceAlert.communityId), eq(device.id, deviceAlert.deviceId)),
    )
    .where(
      and(
        visible,
        f.status === 'active'
          ? ne(deviceAlert.status, 'resolved')
          : f.status
            ? eq(deviceAlert.status, f.status)
            : undefined,
        f.deviceId !== undefined ? eq(deviceAlert.deviceId, f.deviceId) : undefined,
        underNode(f.under, deviceAlert.communityId, deviceAlert.placePath),
        f.beforeId !== undefined ? lt(deviceAlert.id, f.beforeId) : undefined,
      ),
    )
    .orderBy(desc(deviceAlert.id))
    .limit(f.limit + 1);
}

export async function findAlert(db: Executor, visible: SQL, id: number, lock = false) {
  const q = db
    .select({ alert: deviceAlert, device: { code: device.code, name: device.name, kind: device.kind } })
    .from(deviceAlert)
    .innerJoin(
      device,
      and(eq(device.communityId, deviceAlert.communityId), eq(device.id, deviceAlert.deviceId)),
    )
    .where(and(eq(deviceAlert.id, id), visible));
  const [row] = lock ? await q.for('update', { of: deviceAlert }) : await q;
  return row ?? null;
}

export type AlertWithDevice = NonNullable<Awaited<ReturnType<typeof findAlert>>>;

export async function updateAlert(db: Executor, a: AlertRow, set: Partial<typeof deviceAlert.$inferInsert>) {
  const [row] = await db
    .update(deviceAlert)
    .set(set)
    .where(and(eq(deviceAlert.communityId, a.communityId), eq(deviceAlert.id, a.id)))
    .returning();
  return row!;
}

export async function countActiveAlerts(db: Executor, visible: SQL, under?: Under) {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(deviceAlert)
    .where(
      and(
        visible,
        ne(deviceAlert.status, 'resolved'),
        underNode(under, deviceAlert.communityId, deviceAlert.placePath),
      ),
    );
  return r?.n ?? 0;
}
