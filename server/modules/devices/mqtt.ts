import mqtt, { type IClientOptions, type Packet } from 'mqtt';
import { readingsTopic, topicDevice } from '../../../domain/devices/payload';
import type { Incoming, Outcome } from './ingest';

/** Every device's readings: `linli/<communityId>/devices/<code>/readings`. */
export const READINGS_FILTER = readingsTopic('+', '+');
/** How many unacknowledged QoS 1 messages the broker may send us at once (MQTT 5 receive maximum): one batch. */
export const RECEIVE_MAXIMUM = 1000;
/** The broker keeps our session (subscription and queued messages) this long while we are away. */
const SESSION_EXPIRY_S = 7 * 86_400;

export interface ConsumerOptions {
  url: string;
  /** Fixed per deployment: the broker finds our persistent session by it. */
  clientId: string;
  ingest: (batch: Incoming[]) => Promise<Outcome[]>;
  log: (msg: string, err?: unknown) => void;
  retryMs?: number;
}

export interface Consumer {
  status(): { connected: boolean; reconnects: number };
  stop(): Promise<void>;
}

type AckPacket = Packet & { cmd: 'puback' };
type SendPacket = (packet: Packet, cb?: () => void, ...rest: unknown[]) => void;

/**
 * Subscribes with QoS 1 on a persistent session (clean start off, fixed client id, a session expiry), so messages
 * published while we are down are delivered when we come back. A message is acknowledged only after the batch holding
 * it is committed: if we die first, the broker delivers it again, and the readings' key makes that harmless.
 *
 * mqtt.js acknowledges a QoS 1 message as soon as its `handleMessage` calls back, and reads the next packet only then;
 * acknowledging after the commit through `handleMessage` would commit one message at a time. Instead its PUBACKs are
 * held back at `_sendPacket` (a private method of the pinned mqtt 5.16.0, covered by the broker tests) and sent, in
 * order as MQTT requires, once their batch is stored. The receive maximum bounds how many wait.
 */
export function startConsumer(opts: ConsumerOptions): Consumer {
  const options: IClientOptions = {
    clientId: opts.clientId,
    clean: false,
    protocolVersion: 5,
    properties: { sessionExpiryInterval: SESSION_EXPIRY_S, receiveMaximum: RECEIVE_MAXIMUM },
    reconnectPeriod: 1_000,
    connectTimeout: 5_000,
  };
  const client = mqtt.connect(opts.url, options);
  const internals = client as unknown as { _sendPacket: SendPacket };
  const send = internals._sendPacket.bind(client);
  // A connection's generation: acknowledgements held for a connection that has since closed are dropped, the broker
  // redelivers those messages on the next one.
  let generation = 0;
  let queue: { generation: number; message: Incoming; ack: AckPacket | null }[] = [];
  internals._sendPacket = (packet, cb, ...rest) => {
    if (packet.cmd !== 'puback') return send(packet, cb, ...rest);
    const last = queue.findLast((q) => q.ack === null && q.generation === generation);
    if (last) last.ack = packet;
    cb?.();
  };
  let connected = false;
  let reconnects = 0;
  let stopping = false;
  let flushing: Promise<void> | null = null;

  client.on('connect', () => {
    connected = true;
    client.subscribe(READINGS_FILTER, { qos: 1 }, (err) => {
      if (err) opts.log('subscribing to device readings failed', err);
    });
  });
  client.on('close', () => {
    connected = false;
    generation++;
  });
  client.on('reconnect', () => {
    reconnects++;
  });
  client.on('error', (err) => opts.log('MQTT connection error', err));
  client.on('message', (topic, payload) => {
    const where = topicDevice(topic);
    // A topic outside the layout still gets an outcome (malformed), through the same counters.
    queue.push({
      generation,
      message: where ? { ...where, payload } : { communityId: 0, code: '-', payload: new Uint8Array() },
      ack: null,
    });
    if (!flushing) flushing = flush();
  });

  async function flush(): Promise<void> {
    while (queue.length) {
      const batch = queue;
      queue = [];
      for (;;) {
        try {
          await opts.ingest(batch.map((b) => b.message));
          break;
        } catch (err) {
          // The database is away: hold the batch (and with it, by the receive maximum, the broker) and try again.
          opts.log('storing device readings failed; retrying', err);
          if (stopping) return;
          await new Promise((r) => setTimeout(r, opts.retryMs ?? 1_000));
        }
      }
      for (const b of batch) if (b.ack && b.generation === generation) send(b.ack);
    }
    flushing = null;
  }

  return {
    status: () => ({ connected, reconnects }),
    async stop() {
      stopping = true;
      await flushing;
      await client.endAsync();
    },
  };
}
