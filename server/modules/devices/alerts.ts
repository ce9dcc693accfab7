import { sql } from 'drizzle-orm';
import { describeAlert } from '../../../domain/devices/describe';
import { KIND_RULES, OFFLINE_RULE, type Condition, type Severity } from '../../../domain/devices/rules';
import type { Db, Tx } from '../../db/client';
import { deviceAlert, device } from '../../db/schema';
import { systemCaller, type Caller } from '../auth/caller';
import { appendAudit, appendAudits } from '../audit/repository';
import type { EventsService } from '../events/service';
import type { KnownDevice, Raised } from './ingest';
import { announceAlerts, type AlertSignal } from './notify';

type Log = (msg: string, err?: unknown) => void;

/** Who resolved an offline alert the device itself ended by reporting again (shown as the resolver). */
export const BACK_ONLINE = 'device back online';

/**
 * A device that reports again is back: its active offline alert resolves by itself (in the readings'
 * transaction, `tx`), with an audit row. Returns the signals to announce once that transaction commits.
 */
export async function resolveOffline(
  tx: Tx,
  devices: { communityId: number; id: number }[],
): Promise<AlertSignal[]> {
  if (!devices.length) return [];
  const rows = await tx.execute<{
    id: string;
    communityId: string;
    placePath: string;
    severity: Severity;
    deviceName: string;
  }>(sql`
      update ${deviceAlert} a set status = 'resolved', resolved_at = now(), resolved_by_name = ${BACK_ONLINE}
        from ${device} d
        join unnest(${sql.param(devices.map((x) => x.communityId))}::bigint[],
                    ${sql.param(devices.map((x) => x.id))}::bigint[]) as w(community_id, id)
          on d.community_id = w.community_id and d.id = w.id
       where a.community_id = d.community_id and a.device_id = d.id
         and a.condition = 'offline' and a.status <> 'resolved'
      returning a.id, a.community_id as "communityId", a.place_path as "placePath", a.severity, d.name as "deviceName"`);
  await appendAudits(
    tx,
    rows.rows.map((r) => ({
      communityId: Number(r.communityId),
      actor: { id: null, name: 'device', ip: null },
      action: 'device.alert.resolve',
      entityType: 'device_alert',
      entityId: Number(r.id),
      after: { status: 'resolved' },
      reason: BACK_ONLINE,
    })),
  );
  return rows.rows.map((r) => ({
    id: Number(r.id),
    communityId: Number(r.communityId),
    placePath: r.placePath,
    status: 'resolved',
    condition: 'offline',
    severity: r.severity,
    deviceName: r.deviceName,
  }));
}

// The system's authority to file events is rebuilt now and then, so communities created since are covered.
const CALLER_MS = 60_000;

/**
 * Alerts from conditions: at most one active alert per device and condition (the partial unique index
 * `device_alert_open_key`), and the first one files an event in the condition's matter, in the same transaction, as
 * the system. Later occurrences only count on the active alert, so a detector that keeps smelling smoke files once.
 */
export function deviceAlerts(db: Db, events: Pick<EventsService, 'fileWithin' | 'announceReport'>, log: Log) {
  let system: { at: number; caller: Promise<Caller> } | null = null;
  const systemNow = () => {
    if (!system || Date.now() - system.at > CALLER_MS)
      system = { at: Date.now(), caller: systemCaller(db, 'device', 'street_staff') };
    return system.caller;
  };

  /** Returns whether a new alert was opened. */
  async function raiseOne(
    d: KnownDevice,
    condition: Condition,
    severity: Severity,
    categoryCode: string,
    value: Record<string, unknown> | null,
  ): Promise<boolean> {
    const caller = await systemNow();
    let signal: AlertSignal | null = null;
    const filed = await db.transaction(async (tx) => {
      const [row] = (
        await tx.execute<{ id: string; fresh: boolean }>(sql`
          insert into ${deviceAlert} (community_id, device_id, place_path, condition, severity, value)
          values (${d.communityId}, ${d.id}, ${d.placePath}, ${condition}, ${severity}, ${value === null ? null : JSON.stringify(value)}::jsonb)
          on conflict (community_id, device_id, condition) where status <> 'resolved'
          do update set occurrences = ${deviceAlert}.occurrences + 1, last_at = now(), value = excluded.value
          returning id, (xmax = 0) as fresh`)
      ).rows;
      if (!row?.fresh) return null;
      const alertId = Number(row.id);
      signal = {
        id: alertId,
        communityId: d.communityId,
        placePath: d.placePath,
        status: 'open',
        condition,
        severity,
        deviceName: d.name,
      };
      const e = await events.fileWithin(
        tx,
        caller,
        { categoryCode, description: describeAlert(d, condition, value), nodeId: d.placeId },
        'device',
        'condition',
      );
      await tx.execute(
        sql`update ${deviceAlert} set event_id = ${e.id} where community_id = ${d.communityId} and id = ${alertId}`,
      );
      await appendAudit(tx, {
        communityId: d.communityId,
        actor: { id: null, name: 'device', ip: null },
        action: 'device.alert',
        entityType: 'device_alert',
        entityId: alertId,
        after: { deviceId: d.id, condition, severity, eventId: e.id },
      });
      return e;
    });
    if (filed)
      await Promise.all([events.announceReport(filed), announceAlerts(db, signal ? [signal] : [])]).catch(
        (err) => log('announcing a device alert failed', err),
      );
    return filed !== null;
  }

  return {
    /** The conditions one ingest batch raised; a failure is logged, the readings are already stored. */
    async raise(raised: Raised[]): Promise<void> {
      for (const r of raised) {
        try {
          await raiseOne(r.device, r.rule.condition, r.rule.severity, r.rule.categoryCode, { ...r.values });
        } catch (err) {
          log(`raising ${r.rule.condition} for device ${r.device.communityId}/${r.device.code} failed`, err);
        }
      }
    },

    /**
     * The offline job: active devices not heard from for their kind's interval (or never, since registration) and
     * without an active offline alert. Returns how many alerts it opened.
     */
    async raiseOffline(now: Date, batch = 200): Promise<number> {
      const limits = Object.entries(KIND_RULES).map(
        ([kind, k]) => sql`when ${kind} then ${k.offlineAfterMinutes}::int`,
      );
      const rows = await db.execute<KnownDevice & { lastSeenAt: string | null }>(sql`
        select d.community_id as "communityId", d.id, d.code, d.kind, d.name, d.place_id as "placeId",
               d.place_path as "placePath", d.secret_hash as "secretHash", d.status, d.last_seen_at as "lastSeenAt"
          from ${device} d
         where d.status = 'active'
           and coalesce(d.last_seen_at, d.created_at)
               < ${now.toISOString()}::timestamptz - make_interval(mins => case d.kind ${sql.join(limits, sql` `)} end)
           and not exists (select 1 from ${deviceAlert} a where a.community_id = d.community_id
                             and a.device_id = d.id and a.condition = 'offline' and a.status <> 'resolved')
         order by d.last_seen_at nulls first limit ${batch}`);
      let opened = 0;
      for (const r of rows.rows) {
        const d = { ...r, communityId: Number(r.communityId), id: Number(r.id), placeId: Number(r.placeId) };
        const value = { lastSeenAt: r.lastSeenAt === null ? null : new Date(r.lastSeenAt).toISOString() };
        try {
          if (await raiseOne(d, 'offline', OFFLINE_RULE.severity, OFFLINE_RULE.categoryCode, value)) opened++;
        } catch (err) {
          log(`raising offline for device ${d.communityId}/${d.code} failed`, err);
        }
      }
      return opened;
    },
  };
}

export type DeviceAlerts = ReturnType<typeof deviceAlerts>;
