import { z } from 'zod';
import { can, canAnywhere } from '../../../domain/auth/policy';
import { readingsTopic } from '../../../domain/devices/payload';
import { alertActions, isOffline, nextAlertState, type AlertAction } from '../../../domain/devices/rules';
import type { Db, Executor } from '../../db/client';
import { AppError, forbidden, invalid, notFound } from '../../http/errors';
import { decodeCursor, page } from '../../http/pagination';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { permissionScope } from '../auth/permission-scope';
import { randomToken, sha256 } from '../auth/secrets';
import { appendAudit } from '../audit/repository';
import { findNode, pathOf, pathRefs } from '../org/repository';
import { idCursor, pageByIdDesc, subtreeOf } from '../org/subtree';
import type { DeviceIngest } from './ingest';
import { announceAlerts } from './notify';
import * as repo from './repository';
import type { AlertResponse, DeviceBody, DeviceResponse, ListAlertsQuery, ListDevicesQuery } from './schema';

/** Device tokens carry a recognisable prefix so leaked ones can be found by secret scanners, like API tokens. */
export const DEVICE_TOKEN_PREFIX = 'linlidev_';
const PLACE_KINDS = new Set(['compound', 'building', 'unit']);
const readingCursor = z.object({ at: z.string() });

/** The device registry and its alerts (docs/API.md "Devices"); readings arrive through `ingest`. */
export function devicesService(db: Db, ingest: Pick<DeviceIngest, 'forget'>) {
  const readScope = (caller: Caller) => permissionScope(db, caller, 'device.read');
  const mayManage = (caller: Caller, path: string) => can(caller.grants, 'device.manage', path);

  async function visibleDevice(caller: Caller, id: number, lock = false, tx: Executor = db) {
    const d = await repo.findDevice(tx, repo.devicesIn(await readScope(caller)), id, lock);
    if (!d) throw notFound('device');
    return d;
  }

  async function presentDevices(caller: Caller, rows: repo.DeviceRow[]): Promise<DeviceResponse[]> {
    const refs = await pathRefs(
      db,
      rows.map((d) => ({ path: d.placePath, communityId: d.communityId })),
    );
    const now = new Date();
    return rows.map((d) => ({
      id: d.id,
      communityId: d.communityId,
      code: d.code,
      kind: d.kind,
      name: d.name,
      placeId: d.placeId,
      path: pathOf({ path: d.placePath }, refs),
      status: d.status,
      online:
        d.status === 'active' && !isOffline(d.kind, d.lastSeenAt, d.createdAt, now) && d.lastSeenAt !== null,
      lastSeenAt: d.lastSeenAt,
      lastValues: d.lastValues,
      createdAt: d.createdAt,
      topic: readingsTopic(d.communityId, d.code),
      actions: mayManage(caller, d.placePath) ? ['manage'] : [],
    }));
  }

  async function presentAlerts(caller: Caller, rows: repo.AlertWithDevice[]): Promise<AlertResponse[]> {
    const refs = await pathRefs(
      db,
      rows.map((r) => ({ path: r.alert.placePath, communityId: r.alert.communityId })),
    );
    return rows.map(({ alert: a, device: d }) => ({
      id: a.id,
      communityId: a.communityId,
      deviceId: a.deviceId,
      deviceCode: d.code,
      deviceName: d.name,
      deviceKind: d.kind,
      path: pathOf({ path: a.placePath }, refs),
      condition: a.condition,
      severity: a.severity,
      status: a.status,
      value: (a.value as Record<string, number | boolean | string> | null) ?? null,
      occurrences: a.occurrences,
      openedAt: a.openedAt,
      lastAt: a.lastAt,
      eventId: a.eventId,
      acknowledgedAt: a.acknowledgedAt,
      acknowledgedByName: a.acknowledgedByName,
      resolvedAt: a.resolvedAt,
      resolvedByName: a.resolvedByName,
      actions: mayManage(caller, a.placePath) ? alertActions(a.status) : [],
    }));
  }

  return {
    readScope,

    async list(caller: Caller, q: ListDevicesQuery) {
      const scope = await readScope(caller);
      const rows = await repo.listDevices(db, repo.devicesIn(scope), {
        under: await subtreeOf(db, scope, q.nodeId),
        kind: q.kind,
        status: q.status,
        beforeId: idCursor(q.cursor),
        limit: q.limit,
      });
      return pageByIdDesc(rows, q.limit, (r) => presentDevices(caller, r));
    },

    async get(caller: Caller, id: number) {
      return (await presentDevices(caller, [await visibleDevice(caller, id)]))[0]!;
    },

    /** Registers a device; its token is returned this once and kept only as a hash. */
    async create(caller: Caller, body: DeviceBody) {
      if (!canAnywhere(caller.grants, 'device.manage'))
        throw forbidden('devices are kept by community staff');
      const node = await findNode(db, await readScope(caller), body.nodeId);
      if (!node) throw notFound('node');
      if (!PLACE_KINDS.has(node.kind) || node.communityId === null)
        throw invalid([
          { path: 'body.nodeId', message: 'a device is installed in a compound, building or unit' },
        ]);
      if (!mayManage(caller, node.path)) throw forbidden('you do not keep the devices here');
      const token = `${DEVICE_TOKEN_PREFIX}${randomToken(24)}`;
      const created = await db.transaction(async (tx) => {
        const d = await repo.insertDevice(tx, {
          communityId: node.communityId!,
          code: body.code,
          kind: body.kind,
          name: body.name,
          placeId: node.id,
          placePath: node.path,
          secretHash: sha256(token),
        });
        if (!d)
          throw new AppError('conflict', 'a device with this code exists in the community', {
            code: 'device_code_taken',
          });
        await appendAudit(tx, {
          communityId: d.communityId,
          actor: actorOf(caller),
          action: 'device.create',
          entityType: 'device',
          entityId: d.id,
          after: { code: d.code, kind: d.kind, name: d.name, placeId: d.placeId },
        });
        return d;
      });
      ingest.forget(created.communityId, created.code);
      return { ...(await presentDevices(caller, [created]))[0]!, token };
    },

    /** Retires a device (its messages are refused from then on) or brings it back. */
    async setStatus(caller: Caller, id: number, status: repo.DeviceRow['status']) {
      const updated = await db.transaction(async (tx) => {
        const d = await visibleDevice(caller, id, true, tx);
        if (!mayManage(caller, d.placePath)) throw forbidden('you do not keep the devices here');
        if (d.status === status) return d;
        const after = await repo.setDeviceStatus(tx, d, status);
        await appendAudit(tx, {
          communityId: d.communityId,
          actor: actorOf(caller),
          action: 'device.status',
          entityType: 'device',
          entityId: d.id,
          before: { status: d.status },
          after: { status },
        });
        return after;
      });
      ingest.forget(updated.communityId, updated.code);
      return (await presentDevices(caller, [updated]))[0]!;
    },

    async readings(caller: Caller, id: number, cursor: string | undefined, limit: number) {
      const d = await visibleDevice(caller, id);
      const rows = await repo.readingsOf(db, d, decodeCursor(cursor, readingCursor)?.at, limit);
      return page(
        rows,
        limit,
        (r) => r,
        (r) => ({ at: r.measuredAt.toISOString() }),
      );
    },

    async alerts(caller: Caller, q: ListAlertsQuery) {
      const scope = await readScope(caller);
      const rows = await repo.listAlerts(db, repo.alertsIn(scope), {
        status: q.status,
        deviceId: q.deviceId,
        under: await subtreeOf(db, scope, q.nodeId),
        beforeId: idCursor(q.cursor),
        limit: q.limit,
      });
      const p = page(
        rows,
        q.limit,
        (r) => r,
        (r) => ({ id: r.alert.id }),
      );
      return { items: await presentAlerts(caller, p.items), nextCursor: p.nextCursor };
    },

    /** Active (open or acknowledged) alerts the caller sees, under a node when given: the console's badge. */
    async activeCount(caller: Caller, nodeId?: number) {
      const scope = await readScope(caller);
      return {
        active: await repo.countActiveAlerts(db, repo.alertsIn(scope), await subtreeOf(db, scope, nodeId)),
      };
    },

    async alert(caller: Caller, id: number) {
      const a = await repo.findAlert(db, repo.alertsIn(await readScope(caller)), id);
      if (!a) throw notFound('alert');
      return (await presentAlerts(caller, [a]))[0]!;
    },

    async actOnAlert(caller: Caller, id: number, action: AlertAction) {
      const scope = await readScope(caller);
      const done = await db.transaction(async (tx) => {
        const a = await repo.findAlert(tx, repo.alertsIn(scope), id, true);
        if (!a) throw notFound('alert');
        if (!mayManage(caller, a.alert.placePath)) throw forbidden('you do not keep the devices here');
        if (!alertActions(a.alert.status).includes(action))
          throw new AppError('wrong_state', `a ${a.alert.status} alert cannot be ${action}d`, {
            state: a.alert.status,
          });
        const status = nextAlertState(action);
        const now = new Date();
        const alert = await repo.updateAlert(
          tx,
          a.alert,
          action === 'acknowledge'
            ? { status, acknowledgedAt: now, acknowledgedByName: caller.displayName }
            : { status, resolvedAt: now, resolvedByName: caller.displayName },
        );
        await appendAudit(tx, {
          communityId: alert.communityId,
          actor: actorOf(caller),
          action: `device.alert.${action}`,
          entityType: 'device_alert',
          entityId: alert.id,
          before: { status: a.alert.status },
          after: { status },
        });
        return { alert, device: a.device };
      });
      const { alert, device } = done;
      await announceAlerts(db, [
        {
          id: alert.id,
          communityId: alert.communityId,
          placePath: alert.placePath,
          status: alert.status,
          condition: alert.condition,
          severity: alert.severity,
          deviceName: device.name,
        },
      ]);
      return (await presentAlerts(caller, [done]))[0]!;
    },
  };
}

export type DevicesService = ReturnType<typeof devicesService>;
