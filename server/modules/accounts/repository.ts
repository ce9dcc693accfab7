import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { account, roleGrant } from '../../db/schema';

export async function insertAccount(
  db: Executor,
  a: { username: string; displayName: string; passwordHash: string },
) {
  const [row] = await db.insert(account).values(a).returning();
  return row as NonNullable<typeof row>;
}

export async function insertGrant(
  db: Executor,
  g: {
    accountId: number;
    role: string;
    nodeId: number;
    nodeKind: string;
    nodePath: string;
    communityId: number | null;
  },
) {
  await db.insert(roleGrant).values(g).onConflictDoNothing();
}

export async function deleteGrant(db: Executor, accountId: number, role: string, nodeId: number) {
  const rows = await db
    .delete(roleGrant)
    .where(and(eq(roleGrant.accountId, accountId), eq(roleGrant.role, role), eq(roleGrant.nodeId, nodeId)))
    .returning({ nodeId: roleGrant.nodeId });
  return rows.length > 0;
}

/**
 * Accounts an administrator may manage: those with a role inside its subtree, and those with no role yet
 * (just created, or stripped of roles).
 */
export async function listAccounts(
  db: Executor,
  paths: string[],
  q: string | undefined,
  afterId: number | undefined,
  limit: number,
) {
  const inside = sql`exists (select 1 from ${roleGrant} g where g.account_id = ${account.id}
      and g.node_path like any(${sql.param(paths.map((p) => `${p}%`))}::text[]))`;
  const roleless = sql`not exists (select 1 from ${roleGrant} g where g.account_id = ${account.id})`;
  const pattern = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  return db
    .select()
    .from(account)
    .where(
      and(
        sql`(${inside} or ${roleless})`,
        pattern
          ? sql`(${account.username} ilike ${pattern} or ${account.displayName} ilike ${pattern})`
          : undefined,
        afterId !== undefined ? gt(account.id, afterId) : undefined,
      ),
    )
    .orderBy(asc(account.id))
    .limit(limit + 1);
}

export async function grantsOf(db: Executor, accountIds: number[]) {
  if (!accountIds.length) return [];
  return db.select().from(roleGrant).where(inArray(roleGrant.accountId, accountIds));
}

export async function unlock(db: Executor, id: number) {
  await db.update(account).set({ failedLogins: 0, lockedUntil: null }).where(eq(account.id, id));
}

export type AccountRowLike = Pick<
  typeof account.$inferSelect,
  'id' | 'username' | 'displayName' | 'createdAt' | 'lockedUntil'
>;

export async function countAdmins(db: Executor): Promise<number> {
  const rows = await db
    .select({ id: roleGrant.accountId })
    .from(roleGrant)
    .where(eq(roleGrant.role, 'admin'))
    .limit(1);
  return rows.length;
}
