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
