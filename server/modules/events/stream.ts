import type pg from 'pg';
import { isWithin } from '../../../domain/auth/policy';
import { worksEvents } from '../../../domain/events/parties';
import type { Caller, Scope } from '../auth/caller';
import { EVENTS_CHANNEL, type EventSignal } from './notify';

type Listener = (s: EventSignal) => void;

/** May this caller hear of a change to the event: the same rule as reading it (with its event scope), on the signal's fields alone. */
export function hears(caller: Caller, scope: Scope, s: EventSignal): boolean {
  if (s.reporterAccountId === caller.accountId) return true;
  if (!worksEvents(caller.grants)) return false;
  if (scope.fullCommunityIds.includes(s.communityId)) return true;
  return scope.partial.some((p) => p.communityId === s.communityId && isWithin(s.placePath, p.path));
}

/**
 * Live updates for consoles (Server-Sent Events). Changes are announced with NOTIFY in the writing transaction,
 * so every process of a deployment hears every change after it commits; one LISTEN connection per process fans
 * them out to that process's open streams.
 */
export function eventBus(pool: pg.Pool, log: (msg: string, err?: unknown) => void) {
  const listeners = new Set<Listener>();
  let client: pg.PoolClient | null = null;
  let connecting: Promise<void> | null = null;

  async function connect() {
    const c = await pool.connect();
    c.on('notification', (n) => {
      if (n.channel !== EVENTS_CHANNEL || !n.payload) return;
      let signal: EventSignal;
      try {
        signal = JSON.parse(n.payload) as EventSignal;
      } catch (err) {
        log('event signal is not JSON', err);
        return;
      }
      for (const l of listeners) l(signal);
    });
    c.on('error', (err) => {
      log('event listener connection lost; reconnecting on next subscriber', err);
      client = null;
      c.release(true);
    });
    await c.query(`listen ${EVENTS_CHANNEL}`);
    client = c;
  }

  return {
    async subscribe(l: Listener): Promise<() => void> {
      listeners.add(l);
      if (!client) {
        connecting ??= connect().finally(() => (connecting = null));
        await connecting;
      }
      return () => listeners.delete(l);
    },
    async close() {
      listeners.clear();
      if (client) {
        const c = client;
        client = null;
        await c.query(`unlisten ${EVENTS_CHANNEL}`).catch(() => undefined);
        c.release();
      }
    },
  };
}
export type EventBus = ReturnType<typeof eventBus>;
