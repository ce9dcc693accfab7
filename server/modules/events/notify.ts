import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Role } from '../../../domain/auth/roles';
import { DISPATCHER_ROLES, PARTY_ROLES, VERIFIER_ROLES } from '../../../domain/events/parties';
import type { Executor } from '../../db/client';
import { inboxItem, roleGrant } from '../../db/schema';
import type { EventRow } from './repository';

/** The channel every process LISTENs on; the payload says which event changed and where it is. */
export const EVENTS_CHANNEL = 'linli_events';

export interface EventSignal {
  id: number;
  communityId: number;
  placePath: string;
  status: string;
  action: string;
  reporterAccountId: number | null;
}

/** Accounts holding one of `roles` at or above `path` (and, when given, at one of `kinds` of node). */
async function holders(
  db: Executor,
  roles: readonly Role[],
  path: string,
  kinds?: string[],
): Promise<number[]> {
  if (!roles.length) return [];
  const rows = await db
    .selectDistinct({ id: roleGrant.accountId })
    .from(roleGrant)
    .where(
      and(
        inArray(roleGrant.role, [...roles]),
        sql`${path} like ${roleGrant.nodePath} || '%'`,
        kinds ? inArray(roleGrant.nodeKind, kinds) : undefined,
      ),
    );
  return rows.map((r) => r.id);
}

/** The accounts that act for an event's assignee: the one volunteer, or everyone holding the party's roles there. */
export async function assigneeAccounts(db: Executor, e: EventRow): Promise<number[]> {
  if (e.assigneeAccountId !== null) return [e.assigneeAccountId];
  if (!e.assigneeKind || !e.assigneeNodePath) return [];
  return holders(db, PARTY_ROLES[e.assigneeKind], e.assigneeNodePath);
}

/** Who hears of a change: the people whose turn it now is (community staff, not the whole street, for new reports). */
export async function recipients(
  db: Executor,
  e: EventRow,
  action: string,
  actorId: number,
): Promise<number[]> {
  const reporter = e.reporterAccountId !== null ? [e.reporterAccountId] : [];
  let to: number[];
  switch (e.status) {
    case 'reported':
    case 'accepted':
      to = await holders(db, DISPATCHER_ROLES, e.placePath, ['community', 'compound', 'building']);
      break;
    case 'handled':
      to = await holders(db, VERIFIER_ROLES, e.placePath, ['community']);
      break;
    case 'closed':
    case 'rejected':
      to = action === 'rate' ? await assigneeAccounts(db, e) : reporter;
      break;
    case 'cancelled':
      to = [];
      break;
    case 'dispatched':
    case 'in_progress':
      to = await assigneeAccounts(db, e);
  }
  if (action === 'comment') to = [...to, ...reporter, ...(await assigneeAccounts(db, e))];
  return to.filter((id) => id !== actorId);
}

/** Inbox rows for `accountIds`, written in the change's own transaction. */
export async function tell(
  db: Executor,
  e: EventRow,
  action: string,
  accountIds: number[],
  text: string,
): Promise<void> {
  const to = [...new Set(accountIds)];
  if (to.length)
    await db
      .insert(inboxItem)
      .values(
        to.map((accountId) => ({ communityId: e.communityId, accountId, eventId: e.id, kind: action, text })),
      );
}

/**
 * Tells every console watching (in every server process) that an event changed, after the change committed.
 * Not inside the writing transaction: PostgreSQL holds one global lock from a notifying transaction's pre-commit
 * to the end of its commit, fsync included, which would serialise every intake of the whole installation. A
 * signal lost to a crash between commit and this call costs one live refresh; consoles also refetch on focus.
 */
export async function announce(db: Executor, e: EventRow, action: string): Promise<void> {
  const signal: EventSignal = {
    id: e.id,
    communityId: e.communityId,
    placePath: e.placePath,
    status: e.status,
    action,
    reporterAccountId: e.reporterAccountId,
  };
  await db.execute(sql`select pg_notify(${EVENTS_CHANNEL}, ${JSON.stringify(signal)})`);
}

export async function inboxOf(
  db: Executor,
  accountId: number,
  afterId: number | undefined,
  limit: number,
  unreadOnly: boolean,
) {
  return db
    .select()
    .from(inboxItem)
    .where(
      and(
        eq(inboxItem.accountId, accountId),
        afterId !== undefined ? sql`${inboxItem.id} < ${afterId}` : undefined,
        unreadOnly ? sql`${inboxItem.readAt} is null` : undefined,
      ),
    )
    .orderBy(sql`${inboxItem.id} desc`)
    .limit(limit + 1);
}

export async function markRead(db: Executor, accountId: number, ids: number[] | 'all') {
  await db
    .update(inboxItem)
    .set({ readAt: new Date() })
    .where(
      and(
        eq(inboxItem.accountId, accountId),
        sql`${inboxItem.readAt} is null`,
        ids === 'all' ? undefined : inArray(inboxItem.id, ids),
      ),
    );
}

export async function unreadCount(db: Executor, accountId: number): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(inboxItem)
    .where(and(eq(inboxItem.accountId, accountId), sql`${inboxItem.readAt} is null`));
  return r?.n ?? 0;
}
