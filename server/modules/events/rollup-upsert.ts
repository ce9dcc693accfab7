import { sql, type SQL } from 'drizzle-orm';
import { getTableConfig, PgDialect, type PgTable } from 'drizzle-orm/pg-core';
import { COUNTERS } from '../../../domain/events/metrics';

/** One column of a batch upsert: the type its values arrive as, and how a conflicting row takes the new value. */
export interface UpsertColumn {
  name: string;
  type: 'bigint' | 'text' | 'date' | 'float8' | 'float8[]' | 'jsonb';
  /** The stored value from the one that arrives; absent when it is stored as it arrives. */
  stored?: (incoming: SQL) => SQL;
  /** The new value on conflict from the stored one (`old`) and the incoming one (`new`); absent for keys. */
  merge?: (old: SQL, incoming: SQL) => SQL;
}

const add = (old: SQL, incoming: SQL) => sql`${old} + ${incoming}`;

/** A counter's column name (`closedOnTime` → `closed_on_time`), the key of its value in an upsert's rows. */
export const counterColumn = (c: string) => c.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);

/** The counters, one column each, added to the stored ones on conflict. */
export const COUNTER_COLUMNS: UpsertColumn[] = COUNTERS.map((c) => ({
  name: counterColumn(c),
  type: 'float8',
  merge: add,
}));

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
 * An upsert's text, rendered once: the rows of each batch are its one parameter, so a batch pays for
 * JSON.stringify and not for building the statement again (drizzle renders a statement of this size in about a
 * millisecond, on the event loop of the writer every report of a group commit waits for).
 */
export interface RowsStatement {
  before: string;
  after: string;
}

/**
 * `insert … select from jsonb_to_recordset(the rows) on conflict do update`: one statement and one parameter
 * whatever the batch size. The rows (objects keyed by column name) must have distinct keys: an upsert may not
 * touch a row twice.
 */
export function batchUpsert(table: PgTable, keys: UpsertColumn[], rest: UpsertColumn[]): RowsStatement {
  const name = getTableConfig(table).name;
  const all = [...keys, ...rest];
  const list = (xs: SQL[]) => sql.join(xs, sql`, `);
  const id = (c: UpsertColumn) => sql`${sql.identifier(c.name)}`;
  const text = new PgDialect().sqlToQuery(sql`insert into ${table} (${list(all.map(id))})
    select ${list(all.map((c) => (c.stored ? c.stored(id(c)) : id(c))))}
      from jsonb_to_recordset(${sql.placeholder('rows')}::jsonb)
        as u(${list(all.map((c) => sql`${id(c)} ${sql.raw(c.type)}`))})
    on conflict (${list(keys.map(id))}) do update set ${list(
      rest.map(
        (c) => sql`${id(c)} = ${c.merge!(sql`${sql.identifier(name)}.${id(c)}`, sql`excluded.${id(c)}`)}`,
      ),
    )}`).sql;
  const [before, after, ...more] = text.split('$1');
  if (before === undefined || after === undefined || more.length)
    throw new Error(`${name}: an upsert takes its rows as its one parameter`);
  return { before, after };
}

/** An upsert with its rows: the rendered text around its one parameter. */
export const upsertOf = (statement: RowsStatement, rows: object[]): SQL =>
  sql.join([sql.raw(statement.before), sql.param(JSON.stringify(rows)), sql.raw(statement.after)]);

