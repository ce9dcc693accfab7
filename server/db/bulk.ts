import { getTableColumns, getTableName, sql, type Column, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './client';
import { executePrepared } from './prepared';

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * A multi-row INSERT … RETURNING whose rows travel as one jsonb parameter (`jsonb_to_recordset`), read back as
 * drizzle would read them. Drizzle's builder renders a VALUES list value by value: about 0.14 ms per event row,
 * spent on the event loop by the one writer every report waits for (the intake's profile, docs/BENCHMARKS.md);
 * JSON.stringify does the same rows in microseconds.
 *
 * A column that no row gives is left to its database default. One that some rows give and others leave out is
 * null in those others, which is what drizzle's `default` would write only when the column has no default: a
 * column with a default must be given by all rows or by none.
 */
export async function insertRows<T extends PgTable>(
  db: Executor,
  table: T,
  rows: readonly T['$inferInsert'][],
): Promise<T['$inferSelect'][]> {
  if (!rows.length) return [];
  const columns = Object.entries(getTableColumns(table)) as [string, Column][];
  const all = columns.map(([, c]) => quote(c.name)).join(', ');
  const result = await executePrepared<Record<string, unknown>>(
    db,
    sql`${insertStatement(table, columns, rows)} returning ${sql.raw(all)}`,
  );
  return result.rows.map((raw) => readRow(columns, raw) as T['$inferSelect']);
}

/** `insertRows` for rows nobody reads back (audit rows): the database neither returns nor the server decodes them. */
export async function appendRows<T extends PgTable>(
  db: Executor,
  table: T,
  rows: readonly T['$inferInsert'][],
): Promise<void> {
  if (!rows.length) return;
  const columns = Object.entries(getTableColumns(table)) as [string, Column][];
  await executePrepared(db, insertStatement(table, columns, rows));
}

function insertStatement<T extends PgTable>(
  table: T,
  columns: [string, Column][],
  rows: readonly T['$inferInsert'][],
): SQL {
  const given = columns.filter(([key]) =>
    rows.some((r) => (r as Record<string, unknown>)[key] !== undefined),
  );
  for (const [key, column] of given)
    if (column.hasDefault && rows.some((r) => (r as Record<string, unknown>)[key] === undefined))
      throw new Error(`insertRows(${getTableName(table)}): some rows leave out ${key}, which has a default`);
  // Dates become ISO strings and jsonb values stay JSON, as drizzle's own mapping would send them.
  const payload = JSON.stringify(
    rows.map((r) =>
      Object.fromEntries(given.map(([key, c]) => [c.name, (r as Record<string, unknown>)[key]])),
    ),
  );
  const names = given.map(([, c]) => quote(c.name)).join(', ');
  const types = given.map(([, c]) => `${quote(c.name)} ${c.getSQLType()}`).join(', ');
  return sql`
    insert into ${table} (${sql.raw(names)})
    select ${sql.raw(names)} from rows from (jsonb_to_recordset(${payload}::jsonb) as (${sql.raw(types)}))
      with ordinality as r(${sql.raw(names)}, n)
     order by n`;
}

/** A row as drizzle's select would map it: property names, and each value through its column's decoder. */
function readRow(columns: [string, Column][], raw: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    columns.map(([key, c]) => {
      const v = raw[c.name];
      return [key, v === null || v === undefined ? null : c.mapFromDriverValue(v)];
    }),
  );
}
