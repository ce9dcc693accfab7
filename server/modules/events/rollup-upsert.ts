import { sql, type SQL } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { COUNTERS, type Counter } from '../../../domain/events/metrics';

/** One column of a batch upsert: its values in row order, and how a conflicting row takes the new value. */
export interface UpsertColumn {
  name: string;
  /** The SQL type the values arrive as (an array of it is one parameter). */
  type: 'bigint' | 'text' | 'date' | 'float8';
  values: unknown[];
  /** The stored value from the text it arrives as, e.g. `jsonb`; absent when `type` is the column's own. */
  cast?: string;
  /** The new value on conflict from the stored one (`old`) and the incoming one (`new`); absent for keys. */
  merge?: (old: SQL, incoming: SQL) => SQL;
}

const add = (old: SQL, incoming: SQL) => sql`${old} + ${incoming}`;

/** The counters of rows, one column each, added to the stored ones on conflict. */
export function counterColumns(rows: Record<Counter, number>[]): UpsertColumn[] {
  const snake = (c: string) => c.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);
  return COUNTERS.map((c) => ({ name: snake(c), type: 'float8', values: rows.map((r) => r[c]), merge: add }));
}

/** A `float8[]` of day counts added element by element; an all-zero increment leaves the stored array alone. */
export const addDayArrays = (length: number) => (old: SQL, incoming: SQL) =>
  sql`case when ${incoming} = array_fill(0::float8, array[${sql.raw(String(length))}]) then ${old}
      else array(select a + b from unnest(${old}, ${incoming}) with ordinality u(a, b, i) order by i) end`;

/** A jsonb map of counts added key by key, keys that come to zero dropped; `{}` leaves the stored map alone. */
export const addCountMaps = (old: SQL, incoming: SQL) =>
  sql`case when ${incoming} = '{}'::jsonb then ${old}
      else (select coalesce(jsonb_object_agg(k, v), '{}'::jsonb) from (
              select k, sum(v::float8) as v
                from (select * from jsonb_each_text(${old}) union all select * from jsonb_each_text(${incoming})) s(k, v)
               group by k) g
             where v <> 0) end`;

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
    select ${list(all.map((c) => (c.cast ? sql`${id(c)}::${sql.raw(c.cast)}` : id(c))))}
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
