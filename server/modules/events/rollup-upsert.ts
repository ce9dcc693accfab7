import { sql, type SQL } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { COUNTERS, type Counter } from '../../../domain/events/metrics';

/** One column of a batch upsert: its values in row order, and how a conflicting row takes the new value. */
export interface UpsertColumn {
  name: string;
  /** The SQL type the values arrive as (an array of it is one parameter). */
  type: 'bigint' | 'text' | 'date' | 'float8';
  values: unknown[];
  /** The stored value from the one that arrives; absent when it is stored as it arrives. */
  stored?: (incoming: SQL) => SQL;
  /** The new value on conflict from the stored one (`old`) and the incoming one (`new`); absent for keys. */
  merge?: (old: SQL, incoming: SQL) => SQL;
}

const add = (old: SQL, incoming: SQL) => sql`${old} + ${incoming}`;

/** The counters of rows, one column each, added to the stored ones on conflict. */
export function counterColumns(rows: Record<Counter, number>[]): UpsertColumn[] {
  const snake = (c: string) => c.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);
  return COUNTERS.map((c) => ({ name: snake(c), type: 'float8', values: rows.map((r) => r[c]), merge: add }));
}

/**
 * `float8[]` counts added position by position (a shorter array counts as zeros beyond its end); an all-zero
 * increment leaves the stored array alone.
 */
export const addArrays = (old: SQL, incoming: SQL) =>
  sql`case when 0 = all(${incoming}) then ${old}
      else array(select coalesce(a, 0) + coalesce(b, 0) from unnest(${old}, ${incoming}) with ordinality u(a, b, i)
                  order by i) end`;

/**
 * A jsonb map of reports per category code as the `category_reports` array, each at its category's slot. A code
 * without an `event_category` row would not be counted; categories are never deleted (only
 * `ensureDefaultCategories` writes the table), so every event's code has one.
 */
export const bySlot = (counts: SQL) =>
  sql`array(select coalesce((${counts} ->> cat.code)::float8, 0)
              from generate_series(1, (select coalesce(max(slot), 0) from event_category)) s
              left join event_category cat on cat.slot = s order by s)`;

/**
 * `insert … select from unnest(one array per column) on conflict do update`: one statement and a fixed number of
 * parameters whatever the batch size. The rows must have distinct keys (an upsert may not touch a row twice).
 */
export function batchUpsert(table: PgTable, keys: UpsertColumn[], rest: UpsertColumn[]): SQL {
  const name = getTableConfig(table).name;
  const all = [...keys, ...rest];
  const list = (xs: SQL[]) => sql.join(xs, sql`, `);
  const id = (c: UpsertColumn) => sql`${sql.identifier(c.name)}`;
  return sql`insert into ${table} (${list(all.map(id))})
    select ${list(all.map((c) => (c.stored ? c.stored(id(c)) : id(c))))}
      from unnest(${list(all.map((c) => sql`${sql.param(c.values)}::${sql.raw(c.type)}[]`))}) as u(${list(all.map(id))})
    on conflict (${list(keys.map(id))}) do update set ${list(
      rest.map(
        (c) => sql`${id(c)} = ${c.merge!(sql`${sql.identifier(name)}.${id(c)}`, sql`excluded.${id(c)}`)}`,
      ),
    )}`;
}

/** Several data-modifying statements as one (`with a as (…), b as (…) c`): one round trip for all of them. */
export function together(statements: SQL[]): SQL {
  const [last, ...before] = [statements.at(-1)!, ...statements.slice(0, -1)];
  if (!before.length) return last;
  return sql`with ${sql.join(
    before.map((s, i) => sql`${sql.raw(`w${i}`)} as (${s})`),
    sql`, `,
  )} ${last}`;
}
