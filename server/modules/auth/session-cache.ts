import type pg from 'pg';
import type { SessionRow } from './repository';

/** The channel the triggers of migration 0010 notify with an account's id when its sessions' rights change. */
export const AUTH_CHANNEL = 'linli_auth';

/**
 * Sessions resolved in the last seconds, so most requests skip the session query. An entry lives at most `ttlMs`
 * and is dropped as soon as the database says its account's grants, status or sessions changed: every process
 * LISTENs on `linli_auth`, and this process's own use cases also drop entries the moment they change them. Without
 * a working LISTEN connection nothing is cached.
 *
 * A lookup that began before a drop must not put back what it read: `epoch` counts drops, and an entry is kept
 * only if no drop happened while it was being read.
 */
export function sessionCache(pool: pg.Pool, log: (msg: string, err?: unknown) => void, ttlMs = 10_000) {
  const entries = new Map<string, { at: number; row: SessionRow }>();
  let epoch = 0;
  let client: pg.PoolClient | null = null;
  let connecting: Promise<void> | null = null;
  let closed = false;
  let release: (() => void) | null = null;

  function forgetAccount(accountId: number) {
    epoch++;
    for (const [k, e] of entries) if (e.row.accountId === accountId) entries.delete(k);
  }

  function forgetAll() {
    epoch++;
    entries.clear();
  }

  /**
   * The LISTEN connection is borrowed from the pool but never given back: a connection that still listens would
   * hand notifications to whoever borrows it next. It is destroyed when lost or closed, exactly once.
   */
  async function listen() {
    const c = await pool.connect();
    let done = false;
    const onNotification = (n: pg.Notification) => {
      if (n.channel === AUTH_CHANNEL) forgetAccount(Number(n.payload));
    };
    const drop = (err?: Error) => {
      if (done) return;
      done = true;
      // The error listener stays: a destroyed connection may still report its socket's end.
      c.off('notification', onNotification);
      if (client === c) client = null;
      forgetAll();
      c.release(err ?? true);
    };
    const onError = (err: Error) => {
      if (done) return;
      log('session cache lost its LISTEN connection; not caching until it is back', err);
      drop(err);
    };
    c.on('notification', onNotification);
    c.on('error', onError);
    try {
      await c.query(`listen ${AUTH_CHANNEL}`);
    } catch (err) {
      drop(err as Error);
      throw err;
    }
    if (closed) drop();
    else {
      client = c;
      release = drop;
    }
  }

  return {
    /** A mark to hand back to `put`: nothing read after a drop it did not see is kept. */
    epoch: () => epoch,

    get(idHash: string): SessionRow | undefined {
      if (!client) {
        if (!closed)
          connecting ??= listen()
            .catch((err: unknown) => log('session cache cannot LISTEN; not caching', err))
            .finally(() => (connecting = null));
        return undefined;
      }
      const e = entries.get(idHash);
      return e && Date.now() - e.at < ttlMs ? e.row : undefined;
    },

    put(idHash: string, row: SessionRow, readAtEpoch: number) {
      if (!client || readAtEpoch !== epoch) return;
      if (entries.size >= 100_000) entries.clear();
      entries.set(idHash, { at: Date.now(), row });
    },

    forgetSession(idHash: string) {
      epoch++;
      entries.delete(idHash);
    },

    forgetAccount,

    async close() {
      closed = true;
      await connecting;
      forgetAll();
      release?.();
      release = null;
    },
  };
}
export type SessionCache = ReturnType<typeof sessionCache>;
