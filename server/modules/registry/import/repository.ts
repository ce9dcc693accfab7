// Set-wise reads and writes of an import: one statement per batch of rows, never one per row.
import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { QueryResultRow } from 'pg';
import type { Executor } from '../../../db/client';
import { house, houseOwner, person, residence } from '../../../db/schema';
import type { HouseRow } from '../repository';

// Rows per statement: large enough to amortise the round trip, small enough to keep each one brief.
const BATCH = 2_000;

async function inBatches<T, R>(items: readonly T[], fn: (batch: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(...(await fn(items.slice(i, i + BATCH))));
  return out;
}

const bigints = (values: number[]) => sql`${sql.param(values)}::bigint[]`;
const texts = (values: (string | null)[]) => sql`${sql.param(values)}::text[]`;

/** The houses already recorded at the given places of one community. */
export function housesAt(ex: Executor, communityId: number, placeIds: number[]): Promise<HouseRow[]> {
  return inBatches(placeIds, (ids) =>
    ex
      .select()
      .from(house)
      .where(and(eq(house.communityId, communityId), sql`${house.placeId} = any(${bigints(ids)})`)),
  );
}

export type KnownPerson = { id: number; idType: string; idNumberHash: string | null };

/** People of one community found by their ID numbers' keyed hashes. */
export function peopleByHash(ex: Executor, communityId: number, hashes: string[]): Promise<KnownPerson[]> {
  return inBatches(hashes, (batch) =>
    ex
      .select({ id: person.id, idType: person.idType, idNumberHash: person.idNumberHash })
      .from(person)
      .where(and(eq(person.communityId, communityId), sql`${person.idNumberHash} = any(${texts(batch)})`)),
  );
}

type Column<R> = readonly [column: PgColumn, value: (row: R) => unknown];

/** A text[] cell as one array literal (unnest would flatten an array of arrays); for plain codes only. */
export const textArray = (items: readonly string[]) => `{${items.map((i) => JSON.stringify(i)).join(',')}}`;

/**
 * `insert … select from unnest(arrays)`: one bind parameter per column instead of one per cell; inserting
 * 100,000 people this way takes a quarter of the time a VALUES list does.
 */
function insertRows<R, T extends QueryResultRow = Record<string, never>>(
  ex: Executor,
  table: PgTable,
  columns: readonly Column<R>[],
  rows: readonly R[],
  tail: SQL = sql``,
): Promise<T[]> {
  const type = (c: PgColumn) => c.getSQLType();
  const names = sql.join(
    columns.map(([c]) => sql.identifier(c.name)),
    sql`, `,
  );
  const casts = sql.join(
    columns.map(([c], i) => sql.raw(`v${i}::${type(c)}`)),
    sql`, `,
  );
  const aliases = sql.raw(columns.map((_, i) => `v${i}`).join(', '));
  return inBatches(rows, async (batch) => {
    const arrays = sql.join(
      columns.map(
        ([c, value]) =>
          sql`${sql.param(batch.map(value))}::${sql.raw(type(c).endsWith('[]') ? 'text' : type(c))}[]`,
      ),
      sql`, `,
    );
    const r = await ex.execute<T>(
      sql`insert into ${table} (${names}) select ${casts} from unnest(${arrays}) as v(${aliases}) ${tail}`,
    );
    // drizzle types execute rows as Assume<T, QueryResultRow>, which is T for any row shape given here.
    return r.rows as T[];
  });
}

type NewHouse = typeof house.$inferInsert & { developerHeld: boolean };

export function insertHouses(ex: Executor, rows: NewHouse[]) {
  return insertRows<NewHouse, { id: number; placeId: number; number: string }>(
    ex,
    house,
    [
      [house.communityId, (r) => r.communityId],
      [house.placeId, (r) => r.placeId],
      [house.placePath, (r) => r.placePath],
      [house.number, (r) => r.number],
      [house.floor, (r) => r.floor],
      [house.area, (r) => r.area],
      [house.areaSource, (r) => r.areaSource],
      [house.developerHeld, (r) => r.developerHeld],
    ],
    rows,
    sql`returning id, place_id as "placeId", number`,
  );
}

export type NewPerson = typeof person.$inferInsert;

export function insertPeople(ex: Executor, rows: NewPerson[]) {
  return insertRows<NewPerson, KnownPerson>(
    ex,
    person,
    [
      [person.communityId, (r) => r.communityId],
      [person.name, (r) => r.name],
      [person.sex, (r) => r.sex ?? null],
      [person.birthDate, (r) => r.birthDate ?? null],
      [person.idType, (r) => r.idType],
      [person.idNumberSealed, (r) => r.idNumberSealed],
      [person.idNumberHash, (r) => r.idNumberHash],
      [person.idNumberMasked, (r) => r.idNumberMasked],
      [person.phoneSealed, (r) => r.phoneSealed ?? null],
      [person.phoneHash, (r) => r.phoneHash ?? null],
      [person.phoneMasked, (r) => r.phoneMasked ?? null],
      [person.careGroups, (r) => textArray(r.careGroups ?? [])],
    ],
    rows,
    sql`returning id, id_type as "idType", id_number_hash as "idNumberHash"`,
  );
}

type Owner = { communityId: number; houseId: number; personId: number };

export async function insertOwners(ex: Executor, rows: Owner[]) {
  await insertRows<Owner>(
    ex,
    houseOwner,
    [
      [houseOwner.communityId, (r) => r.communityId],
      [houseOwner.houseId, (r) => r.houseId],
      [houseOwner.personId, (r) => r.personId],
    ],
    rows,
    sql`on conflict do nothing`,
  );
}

export type PersonUpdate = {
  id: number;
  name: string;
  sex: string | null;
  birthDate: string | null;
  phoneSealed: string | null;
  phoneHash: string | null;
  phoneMasked: string | null;
  /** Added to the groups already recorded: a sheet says who belongs, the console says who no longer does. */
  careGroups: string[];
};

/** A sheet's name always wins; sex, birth date and phone only where the sheet gives them. */
export async function updatePeople(ex: Executor, communityId: number, rows: PersonUpdate[]) {
  await inBatches(rows, async (b) => {
    const col = <K extends keyof PersonUpdate>(k: K) => b.map((r) => r[k]);
    await ex.execute(sql`
      update ${person} p set name = v.name, sex = coalesce(v.sex, p.sex),
        birth_date = coalesce(v.birth_date::date, p.birth_date),
        phone_sealed = coalesce(v.phone_sealed, p.phone_sealed), phone_hash = coalesce(v.phone_hash, p.phone_hash),
        phone_masked = coalesce(v.phone_masked, p.phone_masked),
        care_groups = array(select distinct g from unnest(p.care_groups || string_to_array(v.care_groups, ',')) g order by g),
        updated_at = now()
      from unnest(${bigints(col('id'))}, ${texts(col('name'))}, ${texts(col('sex'))}, ${texts(col('birthDate'))},
        ${texts(col('phoneSealed'))}, ${texts(col('phoneHash'))}, ${texts(col('phoneMasked'))},
        ${texts(b.map((r) => r.careGroups.join(',')))})
        as v(id, name, sex, birth_date, phone_sealed, phone_hash, phone_masked, care_groups)
      where p.community_id = ${communityId} and p.id = v.id`);
    return [];
  });
}

/** Stays not ended yet, in the given houses of one community. */
export function currentStays(ex: Executor, communityId: number, houseIds: number[]) {
  return inBatches(houseIds, (ids) =>
    ex
      .select({ id: residence.id, houseId: residence.houseId, personId: residence.personId })
      .from(residence)
      .where(
        and(
          eq(residence.communityId, communityId),
          sql`${residence.houseId} = any(${bigints(ids)})`,
          isNull(residence.movedOutOn),
        ),
      ),
  );
}

type NewStay = typeof residence.$inferInsert & { stayKind: string };

export async function insertResidences(ex: Executor, rows: NewStay[]) {
  await insertRows<NewStay>(
    ex,
    residence,
    [
      [residence.communityId, (r) => r.communityId],
      [residence.houseId, (r) => r.houseId],
      [residence.personId, (r) => r.personId],
      [residence.relation, (r) => r.relation],
      [residence.stayKind, (r) => r.stayKind],
      [residence.movedInOn, (r) => r.movedInOn],
    ],
    rows,
  );
}

export type StayUpdate = { id: number; relation: string; stayKind: string; movedInOn: string | null };

export async function updateResidences(ex: Executor, communityId: number, rows: StayUpdate[]) {
  await inBatches(rows, async (b) => {
    await ex.execute(sql`
      update ${residence} r set relation = v.relation, stay_kind = v.stay_kind,
        moved_in_on = coalesce(v.moved_in_on::date, r.moved_in_on), updated_at = now()
      from unnest(${bigints(b.map((r) => r.id))}, ${texts(b.map((r) => r.relation))},
        ${texts(b.map((r) => r.stayKind))}, ${texts(b.map((r) => r.movedInOn))}) as v(id, relation, stay_kind, moved_in_on)
      where r.community_id = ${communityId} and r.id = v.id`);
    return [];
  });
}
