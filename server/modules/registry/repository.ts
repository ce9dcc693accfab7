import { and, asc, eq, gt, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { house, houseOwner, person, residence } from '../../db/schema';
import type { Scope } from '../auth/caller';
import { inScopePlaces, inWholeCommunities } from '../auth/scope-sql';

export type HouseRow = typeof house.$inferSelect;
export type PersonRow = typeof person.$inferSelect;
export type ResidenceRow = typeof residence.$inferSelect;

const housesInScope = (scope: Scope) => inScopePlaces(scope, house.communityId, house.placePath);

export async function findHouse(
  db: Executor,
  scope: Scope,
  id: number,
  lock = false,
): Promise<HouseRow | null> {
  const q = db
    .select()
    .from(house)
    .where(and(eq(house.id, id), housesInScope(scope)));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

/** Houses under a building or unit (its path), by id; `number` keeps those of one house number. */
export async function listHouses(
  db: Executor,
  scope: Scope,
  communityId: number,
  placePath: string,
  { number, afterId, limit }: { number?: string | undefined; afterId?: number | undefined; limit: number },
) {
  return db
    .select()
    .from(house)
    .where(
      and(
        eq(house.communityId, communityId),
        sql`${house.placePath} like ${`${placePath}%`}`,
        housesInScope(scope),
        number !== undefined ? eq(house.number, number) : undefined,
        afterId !== undefined ? gt(house.id, afterId) : undefined,
      ),
    )
    .orderBy(asc(house.id))
    .limit(limit + 1);
}

export async function insertHouse(db: Executor, values: typeof house.$inferInsert): Promise<HouseRow> {
  const [row] = await db.insert(house).values(values).returning();
  return row as HouseRow;
}

export async function updateHouse(
  db: Executor,
  h: HouseRow,
  patch: Partial<typeof house.$inferInsert>,
): Promise<HouseRow> {
  const [row] = await db
    .update(house)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(house.communityId, h.communityId), eq(house.id, h.id)))
    .returning();
  return row as HouseRow;
}

const byHouses = (communityIds: number[], houseIds: number[]) => ({
  communityIds: [...new Set(communityIds)],
  houseIds,
});

export async function ownersOf(db: Executor, houses: HouseRow[]) {
  if (!houses.length) return [];
  const k = byHouses(
    houses.map((h) => h.communityId),
    houses.map((h) => h.id),
  );
  return db
    .select({
      houseId: houseOwner.houseId,
      personId: person.id,
      name: person.name,
      idNumberMasked: person.idNumberMasked,
    })
    .from(houseOwner)
    .innerJoin(
      person,
      and(eq(person.communityId, houseOwner.communityId), eq(person.id, houseOwner.personId)),
    )
    .where(and(inArray(houseOwner.communityId, k.communityIds), inArray(houseOwner.houseId, k.houseIds)))
    .orderBy(asc(person.id));
}

export async function residentsOf(db: Executor, houses: HouseRow[]) {
  if (!houses.length) return [];
  const k = byHouses(
    houses.map((h) => h.communityId),
    houses.map((h) => h.id),
  );
  return db
    .select({ residence, name: person.name })
    .from(residence)
    .innerJoin(person, and(eq(person.communityId, residence.communityId), eq(person.id, residence.personId)))
    .where(and(inArray(residence.communityId, k.communityIds), inArray(residence.houseId, k.houseIds)))
    .orderBy(asc(residence.movedInOn), asc(residence.id));
}

export async function addOwner(db: Executor, communityId: number, houseId: number, personId: number) {
  await db.insert(houseOwner).values({ communityId, houseId, personId }).onConflictDoNothing();
}

export async function removeOwner(db: Executor, communityId: number, houseId: number, personId: number) {
  const rows = await db
    .delete(houseOwner)
    .where(
      and(
        eq(houseOwner.communityId, communityId),
        eq(houseOwner.houseId, houseId),
        eq(houseOwner.personId, personId),
      ),
    )
    .returning({ personId: houseOwner.personId });
  return rows.length > 0;
}

/**
 * People a caller may see: everyone of its whole communities; below the community (a building leader, a
 * property company), those who own or live in a house under its nodes.
 */
function peopleInScope(scope: Scope): SQL {
  const linked = (table: typeof houseOwner | typeof residence) => sql`exists (
      select 1 from ${table} l join ${house} on ${house.communityId} = l.community_id and ${house.id} = l.house_id
      where l.community_id = ${person.communityId} and l.person_id = ${person.id} and ${housesInScope(scope)})`;
  if (!scope.partial.length) return inWholeCommunities(scope, person.communityId);
  return sql`(${inWholeCommunities(scope, person.communityId)} or ${linked(houseOwner)} or ${linked(residence)})`;
}

export async function findPerson(
  db: Executor,
  scope: Scope,
  id: number,
  lock = false,
): Promise<PersonRow | null> {
  const q = db
    .select()
    .from(person)
    .where(and(eq(person.id, id), peopleInScope(scope)));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

export interface PersonFilter {
  communityId?: number | undefined;
  namePrefix?: string | undefined;
  idNumberHash?: string | undefined;
  phoneHash?: string | undefined;
  careGroup?: string | undefined;
  afterId?: number | undefined;
  limit: number;
}

export async function searchPeople(db: Executor, scope: Scope, f: PersonFilter): Promise<PersonRow[]> {
  const prefix = f.namePrefix?.replace(/[\\%_]/g, (c) => `\\${c}`);
  return db
    .select()
    .from(person)
    .where(
      and(
        peopleInScope(scope),
        f.communityId !== undefined ? eq(person.communityId, f.communityId) : undefined,
        prefix !== undefined ? sql`${person.name} like ${`${prefix}%`}` : undefined,
        f.idNumberHash !== undefined ? eq(person.idNumberHash, f.idNumberHash) : undefined,
        f.phoneHash !== undefined ? eq(person.phoneHash, f.phoneHash) : undefined,
        f.careGroup !== undefined ? sql`${f.careGroup} = any(${person.careGroups})` : undefined,
        f.afterId !== undefined ? gt(person.id, f.afterId) : undefined,
      ),
    )
    .orderBy(asc(person.id))
    .limit(f.limit + 1);
}

export async function insertPerson(db: Executor, values: typeof person.$inferInsert): Promise<PersonRow> {
  const [row] = await db.insert(person).values(values).returning();
  return row as PersonRow;
}

export async function updatePerson(
  db: Executor,
  p: PersonRow,
  patch: Partial<typeof person.$inferInsert>,
): Promise<PersonRow> {
  const [row] = await db
    .update(person)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(person.communityId, p.communityId), eq(person.id, p.id)))
    .returning();
  return row as PersonRow;
}

/** The houses a person owns or lives in (now or before). */
/** The houses each person owns or lives in now, for a page of people in two queries. */
export async function housesOfPeople(db: Executor, people: PersonRow[]) {
  if (!people.length) return [];
  const communities = [...new Set(people.map((p) => p.communityId))];
  const ids = people.map((p) => p.id);
  const owned = await db
    .select({ house, personId: houseOwner.personId })
    .from(houseOwner)
    .innerJoin(house, and(eq(house.communityId, houseOwner.communityId), eq(house.id, houseOwner.houseId)))
    .where(and(inArray(houseOwner.communityId, communities), inArray(houseOwner.personId, ids)));
  const lived = await db
    .select({ house, personId: residence.personId, relation: residence.relation })
    .from(residence)
    .innerJoin(house, and(eq(house.communityId, residence.communityId), eq(house.id, residence.houseId)))
    .where(
      and(
        inArray(residence.communityId, communities),
        inArray(residence.personId, ids),
        isNull(residence.movedOutOn),
      ),
    );
  return [
    ...owned.map((o) => ({ house: o.house, personId: o.personId, role: 'owner' as const })),
    ...lived.map((l) => ({ house: l.house, personId: l.personId, role: l.relation })),
  ];
}

export async function insertResidence(
  db: Executor,
  values: typeof residence.$inferInsert,
): Promise<ResidenceRow> {
  const [row] = await db.insert(residence).values(values).returning();
  return row as ResidenceRow;
}

export async function findResidence(db: Executor, id: number, communityIds: number[]) {
  if (!communityIds.length) return null;
  const [row] = await db
    .select()
    .from(residence)
    .where(and(eq(residence.id, id), inArray(residence.communityId, communityIds)))
    .for('update');
  return row ?? null;
}

export async function updateResidence(
  db: Executor,
  r: ResidenceRow,
  patch: Partial<typeof residence.$inferInsert>,
) {
  const [row] = await db
    .update(residence)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(residence.communityId, r.communityId), eq(residence.id, r.id)))
    .returning();
  return row as ResidenceRow;
}

/** Current, unregistered stays of people who must be registered, under a place: candidates for the overdue list. */
export async function unregisteredStays(
  db: Executor,
  scope: Scope,
  communityId: number,
  placePath: string,
  afterId: number | undefined,
  limit: number,
) {
  return db
    .select({ residence, name: person.name, house })
    .from(residence)
    .innerJoin(house, and(eq(house.communityId, residence.communityId), eq(house.id, residence.houseId)))
    .innerJoin(person, and(eq(person.communityId, residence.communityId), eq(person.id, residence.personId)))
    .where(
      and(
        eq(residence.communityId, communityId),
        isNull(residence.registeredAt),
        isNull(residence.movedOutOn),
        inArray(residence.relation, ['tenant', 'other']),
        sql`${house.placePath} like ${`${placePath}%`}`,
        housesInScope(scope),
        afterId !== undefined ? gt(residence.id, afterId) : undefined,
      ),
    )
    .orderBy(asc(residence.id))
    .limit(limit);
}
