import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
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

/**
 * The (audience index, account) pairs of many audiences as one query: the accounts named outright and every
 * holder of the roles at or above each path.
 */
function audienceRows(audiences: Audience[]): SQL {
  const specs = audiences.map((a, i) => ({
    i,
    accounts: a.accounts,
    holders: a.holders
      .filter((h) => h.roles.length)
      .map((h) => ({ roles: h.roles, path: h.path, kinds: h.kinds ?? null })),
  }));
  return sql`
    with s as (select * from jsonb_to_recordset(${JSON.stringify(specs)}::jsonb)
                          as s(i int, accounts bigint[], holders jsonb))
    select s.i, a.id from s cross join unnest(s.accounts) as a(id)
    union
    select s.i, g.account_id from s
     cross join jsonb_to_recordset(s.holders) as h(roles text[], path text, kinds text[])
      join ${roleGrant} g on g.role = any(h.roles) and h.path like g.node_path || '%'
       and (h.kinds is null or g.node_kind = any(h.kinds))`;
}

export interface Change {
  e: EventRow;
  action: string;
  actorId: number;
  text: string;
}

/**
 * Inbox rows for everyone who hears of each change (never its actor), written in the changes' own transaction
 * by one statement that finds the audiences too: it runs in the intake's group commit, where each round trip
 * holds up every report of the batch.
 */
export function inboxStatement(changes: Change[]): SQL {
  const facts = changes.map((c, i) => ({
    i,
    community_id: c.e.communityId,
    event_id: c.e.id,
    kind: c.action,
    text: c.text,
    actor_id: c.actorId,
  }));
  return sql`
    insert into ${inboxItem} (community_id, account_id, event_id, kind, text)
    select c.community_id, t.id, c.event_id, c.kind, c.text
      from (${audienceRows(changes.map((c) => audienceOf(c.e, c.action)))}) t
      join jsonb_to_recordset(${JSON.stringify(facts)}::jsonb)
           as c(i int, community_id bigint, event_id bigint, kind text, text text, actor_id bigint) on c.i = t.i
     where t.id <> c.actor_id
     order by c.i, t.id`;
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
