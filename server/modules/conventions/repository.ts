import { and, asc, count, desc, eq, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  convention,
  conventionSignature,
  house,
  houseOwner,
  person,
  place,
  residence,
} from '../../db/schema';
import type { Scope } from '../auth/caller';
import { visibleOverHomes } from '../auth/decided-visibility';
import type { Homes } from '../auth/permission-scope';

export type ConventionRow = typeof convention.$inferSelect;

export const conventionsVisible = (staff: Scope, homes: Homes) =>
  visibleOverHomes(staff, homes, {
    communityId: convention.communityId,
    path: convention.nodePath,
    status: convention.status,
  });

export async function findConvention(db: Executor, visible: SQL, id: number, lock = false) {
  const q = db
    .select()
    .from(convention)
    .where(and(eq(convention.id, id), visible));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

export async function listConventions(
  db: Executor,
  f: {
    visible: SQL;
    under?: { communityId: number | null; path: string } | undefined;
    status?: ConventionRow['status'] | undefined;
    beforeId?: number | undefined;
    limit: number;
  },
) {
  return db
    .select()
    .from(convention)
    .where(
      and(
        f.visible,
        f.under?.communityId != null ? eq(convention.communityId, f.under.communityId) : undefined,
        f.under ? sql`${convention.nodePath} like ${`${f.under.path}%`}` : undefined,
        f.status ? eq(convention.status, f.status) : undefined,
        f.beforeId !== undefined ? lt(convention.id, f.beforeId) : undefined,
      ),
    )
    .orderBy(desc(convention.id))
    .limit(f.limit + 1);
}

export async function insertConvention(db: Executor, v: typeof convention.$inferInsert) {
  const [row] = await db.insert(convention).values(v).returning();
  return row!;
}

export async function updateConvention(
  db: Executor,
  c: ConventionRow,
  patch: Partial<typeof convention.$inferInsert>,
) {
  const [row] = await db
    .update(convention)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(convention.communityId, c.communityId), eq(convention.id, c.id)))
    .returning();
  return row!;
}

/**
 * The caller's homes under the convention's place: houses where a person linked to the account is an owner or a
 * resident who has not moved out. The first is the household a signature counts for.
 */
export async function homesUnder(db: Executor, c: ConventionRow, accountId: number) {
  const lives = or(
    sql`exists (select 1 from ${houseOwner} o where o.community_id = ${house.communityId} and o.house_id = ${house.id} and o.person_id = ${person.id})`,
    sql`exists (select 1 from ${residence} r where r.community_id = ${house.communityId} and r.house_id = ${house.id} and r.person_id = ${person.id} and r.moved_out_on is null)`,
  );
  return db
    .selectDistinct({ id: house.id, placePath: house.placePath })
    .from(house)
    .innerJoin(person, and(eq(person.communityId, house.communityId), eq(person.accountId, accountId)))
    .where(and(eq(house.communityId, c.communityId), sql`${house.placePath} like ${`${c.nodePath}%`}`, lives))
    .orderBy(asc(house.id));
}

export async function signatureOf(db: Executor, c: ConventionRow, accountId: number) {
  const [row] = await db
    .select()
    .from(conventionSignature)
    .where(
      and(
        eq(conventionSignature.communityId, c.communityId),
        eq(conventionSignature.conventionId, c.id),
        eq(conventionSignature.accountId, accountId),
      ),
    );
  return row ?? null;
}

/** Inserts the signature unless the account has signed; null then (one signature per resident). */
export async function insertSignature(db: Executor, v: typeof conventionSignature.$inferInsert) {
  const [row] = await db.insert(conventionSignature).values(v).onConflictDoNothing().returning();
  return row ?? null;
}

export async function signatureCount(db: Executor, c: ConventionRow) {
  const [r] = await db
    .select({ n: count() })
    .from(conventionSignature)
    .where(
      and(eq(conventionSignature.communityId, c.communityId), eq(conventionSignature.conventionId, c.id)),
    );
  return r?.n ?? 0;
}

/**
 * Households and signed households of every building under the convention's place: households are the registry's
 * houses, signed households the distinct houses signatures were given for.
 */
export async function coverageByBuilding(db: Executor, c: ConventionRow) {
  const r = await db.execute<{ id: string; name: string; households: string; signed: string }>(sql`
    select b.id, b.name,
           (select count(*) from ${house} h
             where h.community_id = b.community_id and h.place_path like b.path || '%') as households,
           (select count(distinct s.house_id) from ${conventionSignature} s
             where s.community_id = b.community_id and s.convention_id = ${c.id}
               and s.house_path like b.path || '%') as signed
      from ${place} b
     where b.community_id = ${c.communityId} and b.kind = 'building' and b.path like ${`${c.nodePath}%`}
     order by b.path`);
  return r.rows.map((b) => ({
    buildingId: Number(b.id),
    name: b.name,
    households: Number(b.households),
    signedHouseholds: Number(b.signed),
  }));
}
