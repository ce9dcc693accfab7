import type pg from 'pg';

/**
 * A process's LISTEN connection on one channel. `live()` says whether notifications arrive now and starts
 * listening when they do not; `whenLive()` waits until they do. `onLost` runs each time the connection is lost or
 * closed: what was learnt from it (a cache's entries) can no longer be kept up to date.
 *
 * The connection is borrowed from the pool but never given back: a connection that still listens would hand
 * notifications to whoever borrows it next. It is destroyed when lost or closed, exactly once.
 */
export function listener(
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
      log(`${channel}: lost the LISTEN connection; listening again when next asked`, err);
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

  function whenLive(): Promise<void> {
    if (client) return Promise.resolve();
    if (closed) return Promise.reject(new Error(`${channel}: closed`));
    return (connecting ??= listen().finally(() => (connecting = null)));
  }

  return {
    live(): boolean {
      if (client) return true;
      if (!closed) whenLive().catch((err: unknown) => log(`${channel}: cannot LISTEN`, err));
      return false;
    },
    whenLive,
    async close() {
      closed = true;
      await connecting?.catch(() => undefined);
      onLost();
      release?.();
      release = null;
    },
  };
}

/**
 * Fans out one PostgreSQL NOTIFY channel to this process's subscribers (live streams). Writers notify after their
 * transaction commits, so every process of a deployment hears every committed change; one LISTEN connection per
 * process and channel, opened with the first subscriber and reopened, after it is lost, by the next.
 */
export function listenBus<Signal>(pool: pg.Pool, channel: string, log: (msg: string, err?: unknown) => void) {
  const listeners = new Set<(s: Signal) => void>();
  const connection = listener(
    pool,
    channel,
    (payload) => {
      if (!payload) return;
      let signal: Signal;
      try {
        signal = JSON.parse(payload) as Signal;
      } catch (err) {
        log(`${channel}: a signal is not JSON`, err);
        return;
      }
      for (const l of listeners) l(signal);
    },
    () => undefined,
    log,
  );

  return {
    async subscribe(l: (s: Signal) => void): Promise<() => void> {
      listeners.add(l);
      try {
        await connection.whenLive();
      } catch (err) {
        listeners.delete(l);
        throw err;
      }
      return () => listeners.delete(l);
    },
    async close() {
      listeners.clear();
      await connection.close();
    },
  };
}
export type ListenBus<Signal> = ReturnType<typeof listenBus<Signal>>;
