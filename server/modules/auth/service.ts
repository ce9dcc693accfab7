import type { Db, Executor } from '../../db/client';
import { AppError } from '../../http/errors';
import { decodeCursor, page } from '../../http/pagination';
import { appendAudit, GLOBAL_CHAIN } from '../audit/repository';

import type { Actor } from './actor';
import {
  buildScope,
  describeGrants,
  loadGrants,
  toGrants,
  type Caller,
  type CallerGrant,
  type StoredGrant,
} from './caller';
import { dummyHash, hashPassword, verifyPassword } from './passwords';
import * as repo from './repository';
import type { SessionCache } from './session-cache';
import { API_TOKEN_PREFIX, randomToken, sameSecret, sha256 } from './secrets';
import { z } from 'zod';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
/** Writing last_seen_at on every request would turn every read into a write; a minute's slack is enough. */
const TOUCH_AFTER_MS = 60_000;

export interface AuthOptions {
  sessionIdleMinutes: number;
  /** Recently resolved sessions; without it every request reads its session. */
  sessions?: SessionCache;
}

export interface RequestInfo {
  ip: string;
  userAgent: string | null;
}

async function presentUser(
  db: Executor,
  a: { id: number; username: string; displayName: string },
  grants: CallerGrant[],
) {
  return {
    id: a.id,
    username: a.username,
    displayName: a.displayName,
    roles: await describeGrants(db, grants),
  };
}

const auditFor = (actor: Actor, action: string, accountId: number, after?: unknown) => ({
  communityId: GLOBAL_CHAIN,
  actor,
  action,
  entityType: 'account',
  entityId: accountId,
  after,
});

export function authService(db: Db, opts: AuthOptions) {
  async function callerFor(
    a: { accountId: number; username: string; displayName: string; grants: StoredGrant[] },
    via: Caller['via'],
    csrfToken: string | null,
    ip: string,
  ): Promise<Caller> {
    const grants = toGrants(a.grants);
    return {
      accountId: a.accountId,
      username: a.username,
      displayName: a.displayName,
      grants,
      scope: await buildScope(db, grants),
      via,
      csrfToken,
      ip,
    };
  }

  return {
    /** Verifies the password, enforces the lockout, and opens a new session (a new id each time). */
    async login(username: string, password: string, info: RequestInfo) {
      const now = new Date();
      const found = await repo.findAccountByUsername(db, username);
      if (!found || found.disabledAt) {
        await verifyPassword(await dummyHash(), password);
        throw new AppError('invalid_credentials', 'wrong username or password');
      }
      if (found.lockedUntil && found.lockedUntil > now) throw lockedError(found.lockedUntil, now);
      const ok = await verifyPassword(found.passwordHash, password);
      const outcome = await db.transaction(async (tx) => {
        // Re-read under lock: concurrent failures must all count.
        const acc = (await repo.findAccountByUsername(tx, username, true)) as repo.AccountRow;
        const actor: Actor = { id: acc.id, name: acc.username, ip: info.ip };
        if (acc.lockedUntil && acc.lockedUntil > now)
          return { kind: 'locked' as const, until: acc.lockedUntil };
        if (!ok) {
          const failures = acc.failedLogins + 1;
          const lock = failures >= MAX_FAILED_LOGINS;
          const until = lock ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null;
          await repo.setLoginFailures(tx, acc.id, lock ? 0 : failures, until);
          await appendAudit(
            tx,
            auditFor(actor, lock ? 'auth.lock' : 'auth.login_failed', acc.id, { failures }),
          );
          return lock ? { kind: 'locked' as const, until: until as Date } : { kind: 'failed' as const };
        }
        await repo.setLoginFailures(tx, acc.id, 0, null);
        const token = randomToken();
        const csrfToken = randomToken();
        await repo.insertSession(tx, {
          idHash: sha256(token),
          accountId: acc.id,
          csrfToken,
          ip: info.ip,
          userAgent: info.userAgent?.slice(0, 300) ?? null,
        });
        await appendAudit(tx, auditFor(actor, 'auth.login', acc.id));
        return { kind: 'ok' as const, token, csrfToken };
      });
      if (outcome.kind === 'locked') throw lockedError(outcome.until, now);
      if (outcome.kind === 'failed') throw new AppError('invalid_credentials', 'wrong username or password');
      const grants = await loadGrants(db, found.id);
      return {
        token: outcome.token,
        csrfToken: outcome.csrfToken,
        user: await presentUser(db, found, grants),
      };
    },

    async logout(caller: Caller, sessionToken: string | undefined) {
      if (!sessionToken) return;
      await db.transaction(async (tx) => {
        await repo.deleteSession(tx, sha256(sessionToken));
        await appendAudit(
          tx,
          auditFor(
            { id: caller.accountId, name: caller.username, ip: caller.ip },
            'auth.logout',
            caller.accountId,
          ),
        );
      });
      opts.sessions?.forgetSession(sha256(sessionToken));
    },

    async me(caller: Caller) {
      return {
        user: await presentUser(db, { id: caller.accountId, ...caller }, caller.grants),
        csrfToken: caller.csrfToken,
      };
    },

    /** For use cases that changed an account's grants: its sessions are read afresh from now on, in this process at once. */
    rightsChanged(accountId: number): void {
      opts.sessions?.forgetAccount(accountId);
    },

    /** Resolves a session cookie to its caller, enforcing the idle timeout. */
    async fromSession(token: string, ip: string): Promise<Caller> {
      const idHash = sha256(token);
      const epoch = opts.sessions?.epoch() ?? 0;
      let s = opts.sessions?.get(idHash) ?? (await repo.findSession(db, idHash));
      if (!s || s.disabledAt) throw new AppError('unauthenticated', 'please sign in');
      const now = new Date();
      if (now.getTime() - s.lastSeenAt.getTime() > opts.sessionIdleMinutes * 60_000) {
        opts.sessions?.forgetSession(idHash);
        await repo.deleteSession(db, idHash);
        throw new AppError('session_expired', 'your session has expired; please sign in again');
      }
      if (now.getTime() - s.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
        await repo.touchSession(db, idHash, now);
        s = { ...s, lastSeenAt: now };
      }
      opts.sessions?.put(idHash, s, epoch);
      return callerFor(s, 'session', s.csrfToken, ip);
    },

    async fromApiToken(token: string, ip: string): Promise<Caller> {
      const now = new Date();
      // Looked up by hash whatever its shape: generated tokens carry API_TOKEN_PREFIX for secret scanners, the
      // demo's published Open311 key (server/modules/open311/demo.ts) does not.
      const t = token ? await repo.findApiToken(db, sha256(token), now) : null;
      if (!t || t.disabledAt) throw new AppError('unauthenticated', 'the API token is not valid');
      if (!t.lastUsedAt || now.getTime() - t.lastUsedAt.getTime() > TOUCH_AFTER_MS)
        await repo.touchApiToken(db, t.id, now);
      return callerFor(t, 'token', null, ip);
    },

    checkCsrf(caller: Caller, header: string | undefined): void {
      if (caller.via !== 'session') return;
      if (!header || !caller.csrfToken || !sameSecret(header, caller.csrfToken)) {
        throw new AppError('csrf', 'missing or wrong x-csrf-token header');
      }
    },

    async listTokens(caller: Caller, cursor: string | undefined, limit: number) {
      const after = decodeCursor(cursor, z.object({ id: z.number() }));
      const rows = await repo.listApiTokens(db, caller.accountId, after?.id, limit);
      return page(
        rows,
        limit,
        (r) => r,
        (r) => ({ id: r.id }),
      );
    },

    async createToken(actor: Actor, accountId: number, name: string, expiresInDays: number | undefined) {
      const token = `${API_TOKEN_PREFIX}${randomToken()}`;
      const expiresAt = expiresInDays ? new Date(Date.now() + expiresInDays * 86_400_000) : null;
      return db.transaction(async (tx) => {
        const row = await repo.insertApiToken(tx, {
          accountId,
          name,
          prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
          tokenHash: sha256(token),
          expiresAt,
        });
        await appendAudit(tx, {
          ...auditFor(actor, 'auth.token.create', accountId, { id: row.id, name }),
          entityType: 'api_token',
          entityId: row.id,
        });
        return { ...row, token };
      });
    },

    async revokeToken(caller: Caller, id: number) {
      await db.transaction(async (tx) => {
        if (!(await repo.revokeApiToken(tx, caller.accountId, id, new Date())))
          throw new AppError('not_found', 'token not found');
        const actor = { id: caller.accountId, name: caller.username, ip: caller.ip };
        await appendAudit(tx, {
          ...auditFor(actor, 'auth.token.revoke', caller.accountId, { id }),
          entityType: 'api_token',
          entityId: id,
        });
      });
    },

    hashPassword,
  };
}

function lockedError(until: Date, now: Date): AppError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return new AppError(
    'locked',
    `too many failed attempts; try again in ${Math.ceil(seconds / 60)} minutes`,
    { lockedUntil: until.toISOString() },
    seconds,
  );
}

export type AuthService = ReturnType<typeof authService>;
