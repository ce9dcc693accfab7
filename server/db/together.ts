import { sql, type SQL } from 'drizzle-orm';

/**
 * Several statements as one (`with w0 as (…), w1 as (…) last`): one round trip for all of them. Every statement
 * but the last must modify data (PostgreSQL runs those whether or not the last reads them) or be read by the last.
 */
export function together(statements: SQL[]): SQL {
  const last = statements.at(-1)!;
  const before = statements.slice(0, -1).map((st, i) => sql.join([sql.raw(`w${i} as (`), st, sql.raw(')')]));
  return before.length ? sql.join([sql.raw('with '), sql.join(before, sql.raw(', ')), sql.raw(' '), last]) : last;
}
