import { and, desc, eq, gt, isNull, lt, or } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { account, apiToken, session } from '../../db/schema';
import { grantsJson } from './caller';

export type AccountRow = typeof account.$inferSelect;

export async function findAccountByUsername(db: Executor, username: string, lock = false) {
  const q = db.select().from(account).where(eq(account.username, username));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

export async function findAccount(db: Executor, id: number) {
  const [row] = await db.select().from(account).where(eq(account.id, id));
  return row ?? null;
}

export async function setLoginFailures(
  db: Executor,
  id: number,
  failedLogins: number,
  lockedUntil: Date | null,
) {
  await db.update(account).set({ failedLogins, lockedUntil }).where(eq(account.id, id));
}

export async function insertSession(
  db: Executor,
  s: { idHash: string; accountId: number; csrfToken: string; ip: string | null; userAgent: string | null },
) {
  await db.insert(session).values(s);
}

/** The session with its account, in one query: every authenticated request runs this. */
export async function findSession(db: Executor, idHash: string) {
  const [row] = await db
    .select({
      accountId: session.accountId,
      csrfToken: session.csrfToken,
      lastSeenAt: session.lastSeenAt,
      username: account.username,
      displayName: account.displayName,
      disabledAt: account.disabledAt,
      grants: grantsJson(session.accountId),
    })
    .from(session)
    .innerJoin(account, eq(account.id, session.accountId))
    .where(eq(session.idHash, idHash));
  return row ?? null;
}
export type SessionRow = NonNullable<Awaited<ReturnType<typeof findSession>>>;

export async function touchSession(db: Executor, idHash: string, at: Date) {
  await db.update(session).set({ lastSeenAt: at }).where(eq(session.idHash, idHash));
}

export async function deleteSession(db: Executor, idHash: string) {
  await db.delete(session).where(eq(session.idHash, idHash));
}

export async function deleteIdleSessions(db: Executor, before: Date) {
  await db.delete(session).where(lt(session.lastSeenAt, before));
}

export async function findApiToken(db: Executor, tokenHash: string, now: Date) {
  const [row] = await db
    .select({
      id: apiToken.id,
      accountId: apiToken.accountId,
      lastUsedAt: apiToken.lastUsedAt,
      username: account.username,
      displayName: account.displayName,
      disabledAt: account.disabledAt,
      grants: grantsJson(apiToken.accountId),
    })
    .from(apiToken)
    .innerJoin(account, eq(account.id, apiToken.accountId))
    .where(
      and(
        eq(apiToken.tokenHash, tokenHash),
        isNull(apiToken.revokedAt),
        or(isNull(apiToken.expiresAt), gt(apiToken.expiresAt, now)),
      ),
    );
  return row ?? null;
}

export async function touchApiToken(db: Executor, id: number, at: Date) {
  await db.update(apiToken).set({ lastUsedAt: at }).where(eq(apiToken.id, id));
}

const tokenCols = {
  id: apiToken.id,
  name: apiToken.name,
  prefix: apiToken.prefix,
  createdAt: apiToken.createdAt,
  lastUsedAt: apiToken.lastUsedAt,
  expiresAt: apiToken.expiresAt,
};

export async function listApiTokens(
  db: Executor,
  accountId: number,
  afterId: number | undefined,
  limit: number,
) {
  return db
    .select(tokenCols)
    .from(apiToken)
    .where(
      and(
        eq(apiToken.accountId, accountId),
        isNull(apiToken.revokedAt),
        afterId !== undefined ? lt(apiToken.id, afterId) : undefined,
      ),
    )
    .orderBy(desc(apiToken.id))
    .limit(limit + 1);
}

export async function insertApiToken(
  db: Executor,
  t: { accountId: number; name: string; prefix: string; tokenHash: string; expiresAt: Date | null },
) {
  const [row] = await db.insert(apiToken).values(t).returning(tokenCols);
  return row as NonNullable<typeof row>;
}

export async function revokeApiToken(db: Executor, accountId: number, id: number, at: Date) {
  const rows = await db
    .update(apiToken)
    .set({ revokedAt: at })
    .where(and(eq(apiToken.id, id), eq(apiToken.accountId, accountId), isNull(apiToken.revokedAt)))
    .returning({ id: apiToken.id });
  return rows.length > 0;
}
