import { and, asc, desc, eq, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  mediationCase,
  mediationCaseMediator,
  mediationParty,
  mediationSession,
  mediator,
  person,
} from '../../db/schema';
import type { Scope } from '../auth/caller';
import { inScopeCommunities, inScopePlaces } from '../auth/scope-sql';
import { underNode, type PersonRef, type Under } from '../volunteers/repository';

export type CaseRow = typeof mediationCase.$inferSelect;
export type PartyRow = typeof mediationParty.$inferSelect;

export const casesIn = (scope: Scope) =>
  inScopePlaces(scope, mediationCase.communityId, mediationCase.nodePath);

/**
 * Cases in which one of `people` is a party: what a resident sees of mediation on the phone. Their communities are
 * named so that on Citus each community's cases come from one shard.
 */
export const casesOfParties = (people: PersonRef[]): SQL =>
  people.length
    ? sql`(${inArray(mediationCase.communityId, [...new Set(people.map((p) => p.communityId))])}
        and exists (select 1 from ${mediationParty} p where p.community_id = ${mediationCase.communityId}
        and p.case_id = ${mediationCase.id} and p.person_id = any(${sql.param(people.map((p) => p.id))}::bigint[])))`
    : sql`false`;

export async function findCase(db: Executor, visible: SQL, id: number, lock = false) {
  const q = db
    .select()
    .from(mediationCase)
    .where(and(eq(mediationCase.id, id), visible));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

export async function listCases(
  db: Executor,
  visible: SQL,
  f: { under?: Under; status?: CaseRow['status']; type?: CaseRow['type']; beforeId?: number; limit: number },
) {
  return db
    .select()
    .from(mediationCase)
    .where(
      and(
        visible,
        underNode(f.under, mediationCase.communityId, mediationCase.nodePath),
        f.status ? eq(mediationCase.status, f.status) : undefined,
        f.type ? eq(mediationCase.type, f.type) : undefined,
        f.beforeId !== undefined ? lt(mediationCase.id, f.beforeId) : undefined,
      ),
    )
    .orderBy(desc(mediationCase.id))
    .limit(f.limit + 1);
}

const key = (r: { communityId: number; caseId: number }) => `${r.communityId}:${r.caseId}`;

/** The parties of many cases in one query, keyed `community:case`. */
export async function partiesOf(db: Executor, cases: CaseRow[]) {
  const out = new Map<string, PartyRow[]>();
  if (!cases.length) return out;
  const rows = await db
    .select()
    .from(mediationParty)
    .where(
      sql`(${mediationParty.communityId}, ${mediationParty.caseId}) in (${sql.join(
        cases.map((c) => sql`(${c.communityId}::bigint, ${c.id}::bigint)`),
        sql`, `,
      )})`,
    )
    .orderBy(asc(mediationParty.id));
  for (const r of rows) out.set(key(r), [...(out.get(key(r)) ?? []), r]);
  return out;
}

export async function mediatorsOfCase(db: Executor, c: CaseRow) {
  return db
    .select({ personId: mediationCaseMediator.personId, name: person.name })
    .from(mediationCaseMediator)
    .innerJoin(
      person,
      and(
        eq(person.communityId, mediationCaseMediator.communityId),
        eq(person.id, mediationCaseMediator.personId),
      ),
    )
    .where(and(eq(mediationCaseMediator.communityId, c.communityId), eq(mediationCaseMediator.caseId, c.id)))
    .orderBy(asc(mediationCaseMediator.personId));
}

export async function sessionsOf(db: Executor, c: CaseRow) {
  return db
    .select()
    .from(mediationSession)
    .where(and(eq(mediationSession.communityId, c.communityId), eq(mediationSession.caseId, c.id)))
    .orderBy(asc(mediationSession.heldAt), asc(mediationSession.id));
}

export async function insertCase(db: Executor, values: typeof mediationCase.$inferInsert) {
  const [row] = await db.insert(mediationCase).values(values).returning();
  return row!;
}

export async function updateCase(
  db: Executor,
  c: CaseRow,
  changes: Partial<typeof mediationCase.$inferInsert>,
) {
  const [row] = await db
    .update(mediationCase)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(mediationCase.communityId, c.communityId), eq(mediationCase.id, c.id)))
    .returning();
  return row!;
}

export async function insertParties(db: Executor, values: (typeof mediationParty.$inferInsert)[]) {
  return db.insert(mediationParty).values(values).returning();
}

export async function insertCaseMediators(db: Executor, c: CaseRow, personIds: number[]) {
  if (!personIds.length) return;
  await db
    .insert(mediationCaseMediator)
    .values(personIds.map((personId) => ({ communityId: c.communityId, caseId: c.id, personId })));
}

export async function insertSession(db: Executor, values: typeof mediationSession.$inferInsert) {
  const [row] = await db.insert(mediationSession).values(values).returning();
  return row!;
}

/** Which of `personIds` are people of the community (for parties) … */
export async function peopleIn(db: Executor, communityId: number, personIds: number[]) {
  if (!personIds.length) return new Set<number>();
  const rows = await db
    .select({ id: person.id })
    .from(person)
    .where(and(eq(person.communityId, communityId), inArray(person.id, personIds)));
  return new Set(rows.map((r) => r.id));
}

/** … and which are its serving mediators. */
export async function activeMediatorsIn(db: Executor, communityId: number, personIds: number[]) {
  if (!personIds.length) return new Set<number>();
  const rows = await db
    .select({ id: mediator.personId })
    .from(mediator)
    .where(
      and(
        eq(mediator.communityId, communityId),
        inArray(mediator.personId, personIds),
        isNull(mediator.endedAt),
      ),
    );
  return new Set(rows.map((r) => r.id));
}

export async function listMediators(
  db: Executor,
  scope: Scope,
  f: { communityId?: number; afterPersonId?: number; limit: number },
) {
  return db
    .select({
      communityId: mediator.communityId,
      personId: mediator.personId,
      name: person.name,
      since: mediator.since,
      cases: sql<number>`(select count(*)::int from ${mediationCaseMediator} m
        where m.community_id = ${mediator.communityId} and m.person_id = ${mediator.personId})`,
    })
    .from(mediator)
    .innerJoin(person, and(eq(person.communityId, mediator.communityId), eq(person.id, mediator.personId)))
    .where(
      and(
        inScopeCommunities(scope, mediator.communityId),
        isNull(mediator.endedAt),
        f.communityId !== undefined ? eq(mediator.communityId, f.communityId) : undefined,
        f.afterPersonId !== undefined ? sql`${mediator.personId} > ${f.afterPersonId}` : undefined,
      ),
    )
    .orderBy(asc(mediator.personId))
    .limit(f.limit + 1);
}

/** Names a mediator again if they had stepped down; null when they already serve. */
export async function addMediator(db: Executor, communityId: number, personId: number) {
  const [row] = await db
    .insert(mediator)
    .values({ communityId, personId })
    .onConflictDoUpdate({
      target: [mediator.communityId, mediator.personId],
      set: { endedAt: null, since: sql`now()` },
      setWhere: sql`${mediator.endedAt} is not null`,
    })
    .returning();
  return row ?? null;
}

/** Ends a serving mediator's appointment (their past cases keep them); null when they do not serve. */
export async function endMediator(db: Executor, communityId: number, personId: number) {
  const [row] = await db
    .update(mediator)
    .set({ endedAt: sql`now()` })
    .where(
      and(eq(mediator.communityId, communityId), eq(mediator.personId, personId), isNull(mediator.endedAt)),
    )
    .returning();
  return row ?? null;
}

/** Counts by type and outcome of the cases opened in a period. */
export async function countByType(db: Executor, visible: SQL, f: { under?: Under; from?: Date; to?: Date }) {
  return db
    .select({
      type: mediationCase.type,
      outcome: mediationCase.outcome,
      n: sql<number>`count(*)::int`,
    })
    .from(mediationCase)
    .where(
      and(
        visible,
        underNode(f.under, mediationCase.communityId, mediationCase.nodePath),
        f.from ? sql`${mediationCase.openedAt} >= ${f.from}` : undefined,
        f.to ? sql`${mediationCase.openedAt} < ${f.to}` : undefined,
      ),
    )
    .groupBy(mediationCase.type, mediationCase.outcome);
}

/** Cases of one type opened per month (`YYYY-MM` in the street's time zone) from `from` on. */
export async function countByMonth(
  db: Executor,
  visible: SQL,
  f: { under?: Under; type: CaseRow['type']; from: Date; timeZone: string },
) {
  const month = sql<string>`to_char(${mediationCase.openedAt} at time zone ${f.timeZone}, 'YYYY-MM')`;
  return (
    db
      .select({ month, n: sql<number>`count(*)::int` })
      .from(mediationCase)
      .where(
        and(
          visible,
          underNode(f.under, mediationCase.communityId, mediationCase.nodePath),
          eq(mediationCase.type, f.type),
          sql`${mediationCase.openedAt} >= ${f.from}`,
        ),
      )
      // By position: the time zone is a bound parameter, so the select's and a repeated group-by expression differ.
      .groupBy(sql`1`)
  );
}
