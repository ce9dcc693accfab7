import type pg from 'pg';

/**
 * Fans out one PostgreSQL NOTIFY channel to this process's subscribers (live streams). Writers notify after their
 * transaction commits, so every process of a deployment hears every committed change; one LISTEN connection per
 * process and channel, opened with the first subscriber and reopened after it is lost.
 */
export function listenBus<Signal>(pool: pg.Pool, channel: string, log: (msg: string, err?: unknown) => void) {
  const listeners = new Set<(s: Signal) => void>();
  let client: pg.PoolClient | null = null;
  let connecting: Promise<void> | null = null;

  async function connect() {
    const c = await pool.connect();
    c.on('notification', (n) => {
      if (n.channel !== channel || !n.payload) return;
      let signal: Signal;
      try {
        signal = JSON.parse(n.payload) as Signal;
      } catch (err) {
        log(`${channel}: a signal is not JSON`, err);
        return;
      }
      for (const l of listeners) l(signal);
    });
    c.on('error', (err) => {
      log(`${channel}: listener connection lost; reconnecting on next subscriber`, err);
      client = null;
      c.release(true);
    });
    await c.query(`listen ${channel}`);
    client = c;
  }

  return {
    async subscribe(l: (s: Signal) => void): Promise<() => void> {
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
        await c.query(`unlisten ${channel}`).catch(() => undefined);
        c.release();
      }
    },
  };
}
export type ListenBus<Signal> = ReturnType<typeof listenBus<Signal>>;

/**
 * The LISTEN connection behind a process-local cache: a cache may serve an entry only while it hears about
 * changes, so `live()` says whether it does now (and starts listening when it does not), and `onLost` runs each
 * time the connection is lost or closed, for the cache to drop what it can no longer check.
 *
 * The connection is borrowed from the pool but never given back: a connection that still listens would hand
 * notifications to whoever borrows it next. It is destroyed when lost or closed, exactly once.
 */
export function cacheListener(
  pool: pg.Pool,
  channel: string,
  onNotify: (payload: string) => void,
  onLost: () => void,
  log: (msg: string, err?: unknown) => void,
) {
  let client: pg.PoolClient | null = null;
  let connecting: Promise<void> | null = null;
  let closed = false;
  let release: (() => void) | null = null;

  async function listen() {
    const c = await pool.connect();
    let done = false;
    const onNotification = (n: pg.Notification) => {
      if (n.channel === channel) onNotify(n.payload ?? '');
    };
    const drop = (err?: Error) => {
      if (done) return;
      done = true;
      // The error listener stays: a destroyed connection may still report its socket's end.
      c.off('notification', onNotification);
      if (client === c) client = null;
      onLost();
      c.release(err ?? true);
    };
    const onError = (err: Error) => {
      if (done) return;
      log(`${channel}: lost the LISTEN connection; not caching until it is back`, err);
      drop(err);
    };
    c.on('notification', onNotification);
    c.on('error', onError);
    try {
      await c.query(`listen ${channel}`);
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
    live(): boolean {
      if (client) return true;
      if (!closed)
        connecting ??= listen()
          .catch((err: unknown) => log(`${channel}: cannot LISTEN; not caching`, err))
          .finally(() => (connecting = null));
      return false;
    },
    async close() {
      closed = true;
      await connecting;
      onLost();
      release?.();
      release = null;
    },
  };
}
