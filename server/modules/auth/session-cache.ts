import type pg from 'pg';
import { listener } from '../../db/listen';
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
  function forgetAccount(accountId: number) {
    epoch++;
    for (const [k, e] of entries) if (e.row.accountId === accountId) entries.delete(k);
  }

  function forgetAll() {
    epoch++;
    entries.clear();
  }

  const listening = listener(
    pool,
    AUTH_CHANNEL,
    (payload) => forgetAccount(Number(payload)),
    forgetAll,
    log,
  );

  return {
    /** A mark to hand back to `put`: nothing read after a drop it did not see is kept. */
    epoch: () => epoch,

    get(idHash: string): SessionRow | undefined {
      if (!listening.live()) return undefined;
      const e = entries.get(idHash);
      return e && Date.now() - e.at < ttlMs ? e.row : undefined;
    },

    put(idHash: string, row: SessionRow, readAtEpoch: number) {
      if (!listening.live() || readAtEpoch !== epoch) return;
      if (entries.size >= 100_000) entries.clear();
      entries.set(idHash, { at: Date.now(), row });
    },

    forgetSession(idHash: string) {
      epoch++;
      entries.delete(idHash);
    },

    forgetAccount,

    close: () => listening.close(),
  };
}
export type SessionCache = ReturnType<typeof sessionCache>;
