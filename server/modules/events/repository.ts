import { and, asc, desc, eq, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Grant } from '../../../domain/auth/policy';
import { PARTY_ROLES } from '../../../domain/events/parties';
import { PARTY_KINDS, type PartyKind } from '../../../domain/events/categories';
import { RUNNING_STATES, type EventState } from '../../../domain/events/machine';
import { insertRows } from '../../db/bulk';
import type { Executor } from '../../db/client';
import { executePrepared } from '../../db/prepared';
import {
  event,
  eventAttachment,
  eventLog,
  governanceBody,
  partyCheckin,
  person,
  place,
} from '../../db/schema';
import type { Scope } from '../auth/caller';
import { inScopePlaces } from '../auth/scope-sql';

export type EventRow = typeof event.$inferSelect;
export type NewEvent = typeof event.$inferInsert;
export type LogRow = typeof eventLog.$inferSelect;

const inScope = (scope: Scope) => inScopePlaces(scope, event.communityId, event.placePath);

/** A compound where the caller may take open events (党员接单). */
export interface OpenIn {
  communityId: number;
  compoundId: number;
}

/**
 * Who sees an event: staff whose scope holds its place; the account that reported it or took it; and the party
 * members of a compound, its open events (a resident sees nothing else).
 */
export function visibleTo(scope: Scope, accountId: number, staff: boolean, openIn: OpenIn[] = []): SQL {
  const parts: SQL[] = [eq(event.reporterAccountId, accountId), eq(event.assigneeAccountId, accountId)];
  if (staff) parts.push(inScope(scope));
  for (const o of openIn)
    parts.push(
      sql`(${event.communityId} = ${o.communityId} and ${event.compoundId} = ${o.compoundId} and ${event.dispatchMode} = 'open')`,
    );
  return or(...parts)!;
}

/**
 * The compounds whose open events an account may take: the home compounds of a resident who is a party member
 * there, and the compounds a party member checked in to (双报到, seed 003).
 */
export async function openCompounds(db: Executor, accountId: number, homes: OpenIn[]): Promise<OpenIn[]> {
  const rows = await db.execute<{ communityId: number; compoundId: number | null; partyMember: boolean }>(sql`
    select p.community_id as "communityId", null::bigint as "compoundId", p.party_member as "partyMember"
      from ${person} p where p.account_id = ${accountId}
    union all
    select c.community_id, c.compound_id, true from ${partyCheckin} c
      join ${person} p on p.community_id = c.community_id and p.id = c.person_id where p.account_id = ${accountId}`);
  const out = new Map<string, OpenIn>();
  for (const r of rows.rows) {
    const found =
      r.compoundId !== null
        ? [{ communityId: r.communityId, compoundId: r.compoundId }]
        : r.partyMember
          ? homes.filter((h) => h.communityId === r.communityId)
          : [];
    for (const o of found) out.set(`${o.communityId}:${o.compoundId}`, o);
  }
  return [...out.values()];
}

export async function findEvent(
  db: Executor,
  visible: SQL,
  id: number,
  lock = false,
): Promise<EventRow | null> {
  const q = db
    .select()
    .from(event)
    .where(and(eq(event.id, id), visible));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

/** Inserts events in one statement; the rows come back in the order given (checked, not assumed). */
export async function insertEvents(db: Executor, values: NewEvent[]): Promise<EventRow[]> {
  const rows = await insertRows(db, event, values);
  if (rows.some((r, i) => r.placePath !== values[i]!.placePath || r.description !== values[i]!.description))
    throw new Error('inserted events came back out of order');
  return rows;
}

export async function updateEvent(db: Executor, e: EventRow, changes: Partial<NewEvent>): Promise<EventRow> {
  const [row] = await db
    .update(event)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(event.communityId, e.communityId), eq(event.id, e.id)))
    .returning();
  return row!;
}

export async function appendLogs(db: Executor, values: (typeof eventLog.$inferInsert)[]): Promise<LogRow[]> {
  return insertRows(db, eventLog, values);
}

export async function timelineOf(db: Executor, e: EventRow) {
  const [logs, files] = await Promise.all([
    db
      .select()
      .from(eventLog)
      .where(and(eq(eventLog.communityId, e.communityId), eq(eventLog.eventId, e.id)))
      .orderBy(asc(eventLog.id)),
    db
      .select()
      .from(eventAttachment)
      .where(and(eq(eventAttachment.communityId, e.communityId), eq(eventAttachment.eventId, e.id)))
      .orderBy(asc(eventAttachment.createdAt)),
  ]);
  return { logs, files };
}

export type Duplicate = { id: number; status: EventState; reportedAt: Date };

/** The same category at the same place within 24 hours of each event (the dispatcher's duplicate hint). */
export async function possibleDuplicates(
  db: Executor,
  events: EventRow[],
): Promise<Map<number, Duplicate[]>> {
  const query = duplicatesQuery(events);
  if (!query) return duplicatesFound(events, []);
  const r = await executePrepared<{ duplicates: DuplicateJson[] }>(db, sql`select ${query} as duplicates`);
  return duplicatesFound(events, r.rows[0]!.duplicates);
}

export type DuplicateJson = { of: number; id: number; status: EventState; reportedAt: string };

/**
 * `possibleDuplicates` as one json value, for a use case that reads it together with other statements; null when
 * no event has a place. `duplicatesFound` reads it.
 */
export function duplicatesQuery(events: EventRow[]): SQL | null {
  const placed = events.filter((e) => e.placeId !== null);
  if (!placed.length) return null;
  return sql`(select coalesce(json_agg(x order by x."of", x.id desc), '[]') from (
    select o.id as "of", d.id, d.status, d.reported_at as "reportedAt"
      from jsonb_to_recordset(${JSON.stringify(
        placed.map((e) => ({
          id: e.id,
          community_id: e.communityId,
          category_code: e.categoryCode,
          place_id: e.placeId,
          at: e.reportedAt,
        })),
      )}::jsonb) as o(id bigint, community_id bigint, category_code text, place_id bigint, at timestamptz)
      cross join lateral (
        select id, status, reported_at from ${event}
         where community_id = o.community_id and category_code = o.category_code and place_id = o.place_id
           and reported_at > o.at - interval '24 hours' and reported_at < o.at + interval '24 hours' and id <> o.id
         order by id desc limit 10) d) x)`;
}

export function duplicatesFound(events: EventRow[], rows: DuplicateJson[]): Map<number, Duplicate[]> {
  const found = new Map<number, Duplicate[]>(events.map((e) => [e.id, []]));
  for (const r of rows)
    found.get(Number(r.of))!.push({ id: Number(r.id), status: r.status, reportedAt: new Date(r.reportedAt) });
  return found;
}

/**
 * Events whose assignee the caller acts for: their party's by role and node, and (for residents, who take open
 * events as volunteers) their own. The party kinds stand alone at the top of the condition so the running-events
 * index, led by the kind and ordered by deadline, answers the inbox without sorting.
 */
export function assignedTo(grants: readonly Grant[], accountId: number): SQL {
  const kinds: PartyKind[] = [];
  const byKind: SQL[] = [];
  for (const kind of PARTY_KINDS) {
    const paths = grants.filter((g) => PARTY_ROLES[kind].includes(g.role)).map((g) => `${g.path}%`);
    if (!paths.length) continue;
    kinds.push(kind);
    byKind.push(
      sql`(${event.assigneeKind} = ${kind} and ${event.assigneeNodePath} like any(${sql.param(paths)}::text[]))`,
    );
  }
  const party = kinds.length
    ? and(inArray(event.assigneeKind, kinds), isNull(event.assigneeAccountId), or(...byKind))
    : undefined;
  const own = grants.some((g) => g.role === 'resident') ? eq(event.assigneeAccountId, accountId) : undefined;
  return (party && own ? or(party, own) : (party ?? own ?? sql`false`))!;
}

export interface ListFilter {
  visible: SQL | undefined;
  status?: EventState[] | undefined;
  categoryCode?: string | undefined;
  /** A node's path and, for a place, its community. */
  under?: { path: string; communityId: number | null } | undefined;
  /** The compounds of a grid. */
  compounds?: { communityId: number; ids: number[] } | undefined;
  assigned?: SQL | undefined;
  reportedBy?: number | undefined;
  overdue?: boolean | undefined;
  /** The inbox is read in deadline order; every other list newest first. */
  byDeadline: boolean;
  after?: { id: number; deadline?: string | null | undefined } | undefined;
  limit: number;
}

export async function listEvents(db: Executor, f: ListFilter): Promise<EventRow[]> {
  const where: (SQL | undefined)[] = [f.visible];
  if (f.status?.length) where.push(inArray(event.status, f.status));
  if (f.categoryCode)
    where.push(
      or(eq(event.categoryCode, f.categoryCode), sql`${event.categoryCode} like ${`${f.categoryCode}.%`}`),
    );
  if (f.under) {
    if (f.under.communityId !== null) where.push(eq(event.communityId, f.under.communityId));
    where.push(sql`${event.placePath} like ${`${f.under.path}%`}`);
  }
  if (f.compounds)
    where.push(
      eq(event.communityId, f.compounds.communityId),
      inArray(event.compoundId, f.compounds.ids.length ? f.compounds.ids : [0]),
    );
  if (f.assigned) where.push(f.assigned, inArray(event.status, [...RUNNING_STATES]));
  if (f.reportedBy !== undefined) where.push(eq(event.reporterAccountId, f.reportedBy));
  if (f.overdue) where.push(inArray(event.status, [...RUNNING_STATES]), lt(event.deadline, new Date()));
  if (f.byDeadline) {
    if (f.after)
      where.push(
        sql`(${event.deadline}, ${event.id}) > (${f.after.deadline ?? 'infinity'}::timestamptz, ${f.after.id})`,
      );
    return db
      .select()
      .from(event)
      .where(and(...where))
      .orderBy(sql`${event.deadline} asc nulls last`, asc(event.id))
      .limit(f.limit + 1);
  }
  if (f.after) where.push(lt(event.id, f.after.id));
  return db
    .select()
    .from(event)
    .where(and(...where))
    .orderBy(desc(event.id))
    .limit(f.limit + 1);
}

/**
 * What dispatch needs to know of a compound: its bodies by party kind with their names (the property company may
 * be only an attribute of the compound), and its time zone for deadlines.
 */
export async function compoundFacts(db: Executor, communityId: number, compoundId: number) {
  const [bodies, [compound]] = await Promise.all([
    db
      .select({ kind: governanceBody.kind, partyLevel: governanceBody.partyLevel, name: governanceBody.name })
      .from(governanceBody)
      .where(and(eq(governanceBody.communityId, communityId), eq(governanceBody.placeId, compoundId))),
    db
      .select({ attributes: place.attributes })
      .from(place)
      .where(and(eq(place.communityId, communityId), eq(place.id, compoundId))),
  ]);
  const names = new Map<string, string>();
  const company = compound?.attributes['propertyCompany'];
  if (typeof company === 'string') names.set('property_company', company);
  for (const b of bodies) {
    if (b.kind === 'property_company' || b.kind === 'owners_committee') names.set(b.kind, b.name);
    if (b.kind === 'party_org' && b.partyLevel === 'compound_branch') names.set('party_branch', b.name);
  }
  const tz = compound?.attributes['timeZone'];
  return { bodies: names, timeZone: typeof tz === 'string' ? tz : null };
}
export type CompoundFacts = Awaited<ReturnType<typeof compoundFacts>>;
