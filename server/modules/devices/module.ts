import type pg from 'pg';
import type { Db } from '../../db/client';
import type { EventsService } from '../events/service';
import { deviceAlerts } from './alerts';
import { deviceIngest } from './ingest';
import { startConsumer, type Consumer } from './mqtt';
import { alertBus } from './notify';
import { devicesService } from './service';

export interface DevicesOptions {
  /** `LINLI_MQTT_URL`: unset, no consumer runs (devices may still use the webhook). */
  mqttUrl?: string | undefined;
  mqttClientId?: string | undefined;
}

type Log = (msg: string, err?: unknown) => void;

/** Everything of devices one process runs: the ingest path, alerts, the registry and, when configured, the consumer. */
export function devicesModule(
  db: Db,
  pool: pg.Pool,
  events: Pick<EventsService, 'fileWithin' | 'announceReport'>,
  opts: DevicesOptions,
  log: { warn: Log; info: (msg: string, fields: Record<string, unknown>) => void },
) {
  const alerts = deviceAlerts(db, events, log.warn);
  const ingest = deviceIngest(db, (r) => alerts.raise(r), log.info);
  const service = devicesService(db, ingest);
  let consumer: Consumer | null = null;
  const bus = alertBus(pool, log.warn);
  return {
    alerts,
    bus,
    ingest,
    service,
    start() {
      if (opts.mqttUrl && !consumer)
        consumer = startConsumer({
          url: opts.mqttUrl,
          clientId: opts.mqttClientId ?? 'linli-ingest',
          ingest: ingest.ingest,
          log: log.warn,
        });
    },
    consumerStatus: () => ({
      configured: Boolean(opts.mqttUrl),
      ...(consumer?.status() ?? { connected: false, reconnects: 0 }),
    }),
    async stop() {
      await consumer?.stop();
      consumer = null;
      await bus.close();
    },
  };
}

export type DevicesModule = ReturnType<typeof devicesModule>;
