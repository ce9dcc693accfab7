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

/** Who hears of a change: accounts named outright, and whoever holds one of `roles` at or above `path`. */
interface Audience {
  accounts: number[];
  holders: { roles: readonly Role[]; path: string; kinds?: string[] }[];
}

/** Those who act for an event's assignee: the one volunteer, or everyone holding the party's roles there. */
function assigneeAudience(e: EventRow): Audience {
  if (e.assigneeAccountId !== null) return { accounts: [e.assigneeAccountId], holders: [] };
  if (!e.assigneeKind || !e.assigneeNodePath) return { accounts: [], holders: [] };
  return { accounts: [], holders: [{ roles: PARTY_ROLES[e.assigneeKind], path: e.assigneeNodePath }] };
}

/** The people whose turn it now is (community staff, not the whole street, for new reports). */
function audienceOf(e: EventRow, action: string): Audience {
  const reporter = e.reporterAccountId !== null ? [e.reporterAccountId] : [];
  let to: Audience;
  switch (e.status) {
    case 'reported':
    case 'accepted':
      to = {
        accounts: [],
        holders: [
          { roles: DISPATCHER_ROLES, path: e.placePath, kinds: ['community', 'compound', 'building'] },
        ],
      };
      break;
    case 'handled':
      to = { accounts: [], holders: [{ roles: VERIFIER_ROLES, path: e.placePath, kinds: ['community'] }] };
      break;
    case 'closed':
    case 'rejected':
      to = action === 'rate' ? assigneeAudience(e) : { accounts: reporter, holders: [] };
      break;
    case 'cancelled':
      to = { accounts: [], holders: [] };
      break;
    case 'dispatched':
    case 'in_progress':
      to = assigneeAudience(e);
  }
  if (action !== 'comment') return to;
  const assignee = assigneeAudience(e);
  return {
    accounts: [...to.accounts, ...reporter, ...assignee.accounts],
    holders: [...to.holders, ...assignee.holders],
  };
}

/** Resolves many audiences with one query for all their role holders. */
async function resolve(db: Executor, audiences: Audience[]): Promise<number[][]> {
  const specs = audiences.flatMap((a, i) =>
    a.holders
      .filter((h) => h.roles.length)
      .map((h) => ({ i, roles: h.roles, path: h.path, kinds: h.kinds ?? null })),
  );
  const found = audiences.map((a) => new Set(a.accounts));
  if (specs.length) {
    const rows = await db.execute<{ i: number; id: number }>(sql`
      select distinct s.i, g.account_id as id
        from jsonb_to_recordset(${JSON.stringify(specs)}::jsonb) as s(i int, roles text[], path text, kinds text[])
        join ${roleGrant} g on g.role = any(s.roles) and s.path like g.node_path || '%'
         and (s.kinds is null or g.node_kind = any(s.kinds))`);
    for (const r of rows.rows) found[r.i]!.add(Number(r.id));
  }
  return found.map((s) => [...s]);
}

/** The accounts that act for an event's assignee. */
export async function assigneeAccounts(db: Executor, e: EventRow): Promise<number[]> {
  return (await resolve(db, [assigneeAudience(e)]))[0]!;
}

export interface Change {
  e: EventRow;
  action: string;
  actorId: number;
  text: string;
}

/** Inbox rows for everyone who hears of each change (never its actor), written in the changes' own transaction. */
export async function tell(db: Executor, changes: Change[]): Promise<void> {
  const to = await resolve(
    db,
    changes.map((c) => audienceOf(c.e, c.action)),
  );
  const rows = changes.flatMap((c, i) =>
    to[i]!.filter((id) => id !== c.actorId).map((accountId) => ({
      communityId: c.e.communityId,
      accountId,
      eventId: c.e.id,
      kind: c.action,
      text: c.text,
    })),
  );
  if (rows.length) await db.insert(inboxItem).values(rows);
}

/**
 * Tells every console watching (in every server process) that events changed, after the changes committed.
 * Not inside the writing transaction: PostgreSQL holds one global lock from a notifying transaction's pre-commit
 * to the end of its commit, fsync included, which would serialise every intake of the whole installation. A
 * signal lost to a crash between commit and this call costs one live refresh; consoles also refetch on focus.
 */
export async function announce(db: Executor, changes: { e: EventRow; action: string }[]): Promise<void> {
  const signals = changes.map(({ e, action }): string =>
    JSON.stringify({
      id: e.id,
      communityId: e.communityId,
      placePath: e.placePath,
      status: e.status,
      action,
      reporterAccountId: e.reporterAccountId,
    } satisfies EventSignal),
  );
  await db.execute(sql`select pg_notify(${EVENTS_CHANNEL}, s) from unnest(${sql.param(signals)}::text[]) s`);
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
