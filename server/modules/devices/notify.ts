import { sql } from 'drizzle-orm';
import type pg from 'pg';
import type { Executor } from '../../db/client';
import { listenBus, type ListenBus } from '../../db/listen';
import type { Condition, Severity } from '../../../domain/devices/rules';

/** The channel alert changes are announced on (opened, acknowledged, resolved), after their transaction commits. */
export const ALERTS_CHANNEL = 'linli_device_alerts';

export interface AlertSignal {
  id: number;
  communityId: number;
  placePath: string;
  status: string;
  condition: Condition;
  severity: Severity;
  deviceName: string;
}

/**
 * Tells every process's live streams (consoles, big screens) that alerts changed. Called after the commit, never
 * inside the writing transaction (see events' `announce` for why); a signal lost to a crash costs one live update.
 */
export async function announceAlerts(db: Executor, signals: AlertSignal[]): Promise<void> {
  if (!signals.length) return;
  await db.execute(
    sql`select pg_notify(${ALERTS_CHANNEL}, s) from unnest(${sql.param(signals.map((s) => JSON.stringify(s)))}::text[]) s`,
  );
}

export const alertBus = (pool: pg.Pool, log: (msg: string, err?: unknown) => void) =>
  listenBus<AlertSignal>(pool, ALERTS_CHANNEL, log);
export type AlertBus = ListenBus<AlertSignal>;

/** What a live stream tells of an alert: never its place's path, which only serves the scope check. */
export const alertOut = (a: AlertSignal) => ({
  id: a.id,
  status: a.status,
  condition: a.condition,
  severity: a.severity,
  deviceName: a.deviceName,
});
