import type pg from 'pg';
import { DISTRIBUTION_COLUMN, type Catalog } from './plan';

type Queryable = Pick<pg.ClientBase, 'query'>;

// The public schema's own tables (drizzle's migration journal lives in its own schema); Citus shards on a node that
// is also a worker are hidden from the catalog by Citus itself.
const OWN_TABLES = `c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')`;

/** The facts ./plan.ts reasons about, read from the database's catalog. */
export async function readCatalog(db: Queryable): Promise<Catalog> {
  const tables = await db.query<{ name: string; not_null: boolean | null }>(
    `select c.relname as name, a.attnotnull as not_null
       from pg_class c
       left join pg_attribute a on a.attrelid = c.oid and a.attname = $1 and not a.attisdropped
      where ${OWN_TABLES}`,
    [DISTRIBUTION_COLUMN],
  );
  const uniques = await db.query<{ table: string; name: string; columns: (string | null)[] }>(
    `select c.relname as table, i.indexrelid::regclass::text as name,
            array(select a.attname::text from unnest(i.indkey) with ordinality k(attnum, n)
                  left join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
                  order by k.n) as columns
       from pg_index i join pg_class c on c.oid = i.indrelid
      where ${OWN_TABLES} and i.indisunique`,
  );
  const foreignKeys = await db.query<{
    table: string;
    name: string;
    columns: string[];
    ref_table: string;
    ref_columns: string[];
  }>(
    `select c.relname as table, co.conname as name, r.relname as ref_table,
            array(select a.attname::text from unnest(co.conkey) with ordinality k(attnum, n)
                  join pg_attribute a on a.attrelid = co.conrelid and a.attnum = k.attnum order by k.n) as columns,
            array(select a.attname::text from unnest(co.confkey) with ordinality k(attnum, n)
                  join pg_attribute a on a.attrelid = co.confrelid and a.attnum = k.attnum order by k.n) as ref_columns
       from pg_constraint co join pg_class c on c.oid = co.conrelid join pg_class r on r.oid = co.confrelid
      where ${OWN_TABLES} and co.contype = 'f'`,
  );
  const exclusions = await db.query<{ table: string; name: string; definition: string }>(
    `select c.relname as table, co.conname as name, pg_get_constraintdef(co.oid) as definition
       from pg_constraint co join pg_class c on c.oid = co.conrelid
      where ${OWN_TABLES} and co.contype = 'x'`,
  );
  return {
    tables: tables.rows.map((t) => ({
      name: t.name,
      ...(t.not_null === null ? {} : { communityId: { notNull: t.not_null } }),
    })),
    uniques: uniques.rows,
    foreignKeys: foreignKeys.rows.map(({ ref_table, ref_columns, ...fk }) => ({
      ...fk,
      refTable: ref_table,
      refColumns: ref_columns,
    })),
    exclusions: exclusions.rows,
  };
}

/** User triggers and their functions: Citus refuses to distribute a table with triggers unless told they are safe. */
export async function readTriggers(db: Queryable): Promise<{ table: string; name: string; fn: string }[]> {
  const r = await db.query<{ table: string; name: string; fn: string }>(
    `select c.relname as table, t.tgname as name, t.tgfoid::regproc::text as fn
       from pg_trigger t join pg_class c on c.oid = t.tgrelid
      where ${OWN_TABLES} and not t.tgisinternal order by 1, 2`,
  );
  return r.rows;
}
