import { and, asc, eq, gt, inArray, isNull, sql, type AnyColumn } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  account,
  buildingLeader,
  governanceBody,
  governanceMember,
  house,
  houseOwner,
  person,
  roleGrant,
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

export async function updateBody(
  db: Executor,
  b: BodyRow,
  patch: Partial<Pick<BodyRow, 'name' | 'electedOn' | 'termEndsOn' | 'filedOn' | 'details'>>,
) {
  const [row] = await db
    .update(governanceBody)
    .set(patch)
    .where(and(eq(governanceBody.communityId, b.communityId), eq(governanceBody.id, b.id)))
    .returning();
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
      since: governanceMember.since,
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

/**
 * Accounts holding `property_staff` at or above a place (found in the caller's scope), by id; `q` matches
 * the name or username, `accountIds` narrows to those accounts. Accounts are global: no tenant table is joined.
 */
export async function propertyStaff(
  db: Executor,
  placePath: string,
  f: { q?: string | undefined; accountIds?: number[]; afterId?: number | undefined; limit: number },
) {
  const pattern = f.q ? `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  return db
    .select({ accountId: account.id, username: account.username, displayName: account.displayName })
    .from(account)
    .where(
      and(
        isNull(account.disabledAt),
        sql`exists (select 1 from ${roleGrant} g where g.account_id = ${account.id}
          and g.role = 'property_staff' and ${placePath} like g.node_path || '%')`,
        pattern
          ? sql`(${account.username} ilike ${pattern} or ${account.displayName} ilike ${pattern})`
          : undefined,
        f.accountIds ? inArray(account.id, f.accountIds) : undefined,
        f.afterId !== undefined ? gt(account.id, f.afterId) : undefined,
      ),
    )
    .orderBy(asc(account.id))
    .limit(f.limit + 1);
}
