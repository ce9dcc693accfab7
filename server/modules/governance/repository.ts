import { and, asc, eq, gt, inArray, sql, type AnyColumn } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  buildingLeader,
  capablePerson,
  governanceBody,
  governanceMember,
  house,
  houseOwner,
  orgNode,
  partyCheckin,
  person,
  place,
} from '../../db/schema';
import type { Scope } from '../auth/caller';
import { inScopePlaces } from '../auth/scope-sql';

export type LeaderRow = typeof buildingLeader.$inferSelect;
export type BodyRow = typeof governanceBody.$inferSelect;

const under = (path: AnyColumn, prefix: string) => sql`${path} like ${`${prefix}%`}`;

export async function listLeaders(
  db: Executor,
  scope: Scope,
  communityId: number,
  path: string,
  afterId: number | undefined,
  limit: number,
) {
  return db
    .select()
    .from(buildingLeader)
    .where(
      and(
        eq(buildingLeader.communityId, communityId),
        under(buildingLeader.buildingPath, path),
        inScopePlaces(scope, buildingLeader.communityId, buildingLeader.buildingPath),
        afterId !== undefined ? gt(buildingLeader.id, afterId) : undefined,
      ),
    )
    .orderBy(asc(buildingLeader.id))
    .limit(limit + 1);
}

export async function findLeader(db: Executor, scope: Scope, id: number) {
  const [row] = await db
    .select()
    .from(buildingLeader)
    .where(
      and(
        eq(buildingLeader.id, id),
        inScopePlaces(scope, buildingLeader.communityId, buildingLeader.buildingPath),
      ),
    )
    .for('update');
  return row ?? null;
}

export async function insertLeader(db: Executor, values: typeof buildingLeader.$inferInsert) {
  const [row] = await db.insert(buildingLeader).values(values).returning();
  return row as LeaderRow;
}

export async function updateLeader(
  db: Executor,
  l: LeaderRow,
  patch: Partial<typeof buildingLeader.$inferInsert>,
) {
  const [row] = await db
    .update(buildingLeader)
    .set(patch)
    .where(and(eq(buildingLeader.communityId, l.communityId), eq(buildingLeader.id, l.id)))
    .returning();
  return row as LeaderRow;
}

/** One row per building under `path` in scope: whether it has a filed, serving leader (seed 000's coverage). */
export async function buildingCoverageRows(db: Executor, scope: Scope, path: string) {
  return db
    .select({
      buildingId: place.id,
      compoundId: sql<number>`${place.parentId}`.mapWith(Number),
      communityId: place.communityId,
      streetId: sql<number>`${orgNode.parentId}`.mapWith(Number),
      hasFiledLeader: sql<boolean>`exists (select 1 from ${buildingLeader} l where l.community_id = ${place.communityId}
        and l.building_id = ${place.id} and l.filed_on is not null and l.ended_on is null)`,
    })
    .from(place)
    .innerJoin(orgNode, eq(orgNode.id, place.communityId))
    .where(
      and(
        eq(place.kind, 'building'),
        under(place.path, path),
        inScopePlaces(scope, place.communityId, place.path),
      ),
    );
}

/** One row per compound under `path` in scope: whether it has its own party organisation (seed 003: 357 of 977). */
export async function compoundPartyRows(db: Executor, scope: Scope, path: string) {
  return db
    .select({
      compoundId: place.id,
      communityId: place.communityId,
      streetId: sql<number>`${orgNode.parentId}`.mapWith(Number),
      hasPartyOrg: sql<boolean>`exists (select 1 from ${governanceBody} b where b.community_id = ${place.communityId}
        and b.kind = 'party_org' and b.place_path like ${place.path} || '%')`,
    })
    .from(place)
    .innerJoin(orgNode, eq(orgNode.id, place.communityId))
    .where(
      and(
        eq(place.kind, 'compound'),
        under(place.path, path),
        inScopePlaces(scope, place.communityId, place.path),
      ),
    );
}

export async function listBodies(
  db: Executor,
  scope: Scope,
  communityId: number,
  path: string,
  kind: BodyRow['kind'] | undefined,
  afterId: number | undefined,
  limit: number,
) {
  return db
    .select()
    .from(governanceBody)
    .where(
      and(
        eq(governanceBody.communityId, communityId),
        under(governanceBody.placePath, path),
        inScopePlaces(scope, governanceBody.communityId, governanceBody.placePath),
        kind ? eq(governanceBody.kind, kind) : undefined,
        afterId !== undefined ? gt(governanceBody.id, afterId) : undefined,
      ),
    )
    .orderBy(asc(governanceBody.id))
    .limit(limit + 1);
}

export async function findBody(db: Executor, scope: Scope, id: number, lock = false) {
  const q = db
    .select()
    .from(governanceBody)
    .where(
      and(
        eq(governanceBody.id, id),
        inScopePlaces(scope, governanceBody.communityId, governanceBody.placePath),
      ),
    );
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

export async function insertBody(db: Executor, values: typeof governanceBody.$inferInsert) {
  const [row] = await db.insert(governanceBody).values(values).returning();
  return row as BodyRow;
}

/** Members with whether each owns a house in the body's place (owners' committee members must be owners). */
export async function membersOf(db: Executor, bodies: BodyRow[]) {
  if (!bodies.length) return [];
  return db
    .select({
      bodyId: governanceMember.bodyId,
      personId: governanceMember.personId,
      role: governanceMember.role,
      name: person.name,
      isOwner: sql<boolean>`exists (select 1 from ${houseOwner} o join ${house} h on h.community_id = o.community_id and h.id = o.house_id
        join ${governanceBody} b on b.community_id = ${governanceMember.communityId} and b.id = ${governanceMember.bodyId}
        where o.community_id = ${governanceMember.communityId} and o.person_id = ${governanceMember.personId}
          and h.place_path like b.place_path || '%')`,
    })
    .from(governanceMember)
    .innerJoin(
      person,
      and(eq(person.communityId, governanceMember.communityId), eq(person.id, governanceMember.personId)),
    )
    .where(
      and(
        inArray(governanceMember.communityId, [...new Set(bodies.map((b) => b.communityId))]),
        inArray(
          governanceMember.bodyId,
          bodies.map((b) => b.id),
        ),
      ),
    )
    .orderBy(asc(governanceMember.role), asc(person.id));
}

export async function replaceMembers(
  db: Executor,
  b: BodyRow,
  members: {
    personId: number;
    role: (typeof governanceMember.$inferInsert)['role'];
    since?: string | undefined;
  }[],
) {
  await db
    .delete(governanceMember)
    .where(and(eq(governanceMember.communityId, b.communityId), eq(governanceMember.bodyId, b.id)));
  if (members.length)
    await db
      .insert(governanceMember)
      .values(
        members.map((m) => ({ ...m, since: m.since ?? null, communityId: b.communityId, bodyId: b.id })),
      );
}

/** Households of a compound: how RULES.md §1 decides whether a committee of three is allowed. */
export async function householdCount(db: Executor, communityId: number, path: string) {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(house)
    .where(and(eq(house.communityId, communityId), sql`${house.placePath} like ${`${path}%`}`));
  return r?.n ?? 0;
}

export async function peopleIn(db: Executor, communityId: number, ids: number[]) {
  if (!ids.length) return [];
  return db
    .select({ id: person.id, name: person.name })
    .from(person)
    .where(and(eq(person.communityId, communityId), inArray(person.id, ids)));
}

export async function insertCheckin(db: Executor, values: typeof partyCheckin.$inferInsert) {
  const [row] = await db.insert(partyCheckin).values(values).returning();
  return row as typeof partyCheckin.$inferSelect;
}

export async function insertCapable(db: Executor, values: typeof capablePerson.$inferInsert) {
  const [row] = await db.insert(capablePerson).values(values).returning();
  return row as typeof capablePerson.$inferSelect;
}

/** Compound-keyed rows (check-ins, capable persons) under `path` or of the compound containing it, in scope. */
const underCompound = (
  scope: Scope,
  communityId: AnyColumn,
  id: AnyColumn,
  communityValue: number,
  path: string,
  afterId: number | undefined,
) =>
  and(
    eq(communityId, communityValue),
    sql`(${place.path} like ${`${path}%`} or ${path} like ${place.path} || '%')`,
    inScopePlaces(scope, place.communityId, place.path),
    afterId !== undefined ? gt(id, afterId) : undefined,
  );

export async function listCheckins(
  db: Executor,
  scope: Scope,
  communityId: number,
  path: string,
  afterId: number | undefined,
  limit: number,
) {
  return db
    .select({ row: partyCheckin, name: person.name, compoundPath: place.path })
    .from(partyCheckin)
    .innerJoin(
      person,
      and(eq(person.communityId, partyCheckin.communityId), eq(person.id, partyCheckin.personId)),
    )
    .innerJoin(
      place,
      and(eq(place.communityId, partyCheckin.communityId), eq(place.id, partyCheckin.compoundId)),
    )
    .where(underCompound(scope, partyCheckin.communityId, partyCheckin.id, communityId, path, afterId))
    .orderBy(asc(partyCheckin.id))
    .limit(limit + 1);
}

export async function listCapable(
  db: Executor,
  scope: Scope,
  communityId: number,
  path: string,
  afterId: number | undefined,
  limit: number,
) {
  return db
    .select({ row: capablePerson, name: person.name, compoundPath: place.path })
    .from(capablePerson)
    .innerJoin(
      person,
      and(eq(person.communityId, capablePerson.communityId), eq(person.id, capablePerson.personId)),
    )
    .innerJoin(
      place,
      and(eq(place.communityId, capablePerson.communityId), eq(place.id, capablePerson.compoundId)),
    )
    .where(underCompound(scope, capablePerson.communityId, capablePerson.id, communityId, path, afterId))
    .orderBy(asc(capablePerson.id))
    .limit(limit + 1);
}
