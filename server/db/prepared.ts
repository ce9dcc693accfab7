import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { QueryResult, QueryResultRow } from 'pg';
import type { Executor } from './client';

const dialect = new PgDialect();

/**
 * `db.execute` as a named prepared statement: each connection parses and plans the statement's text once, not at
 * every call. For the statements the intake's group commit sends with every batch, whose rows come as jsonb
 * parameters and whose text never changes; parsing and planning them took about a quarter of PostgreSQL's time per
 * report (docs/BENCHMARKS.md). The name is the text's hash, so a different text can never take another's name,
 * and the statement must list what it returns (no `returning *`): a column added while a connection holds the plan
 * would otherwise fail it ("cached plan must not change result type").
 */
export async function executePrepared<T extends QueryResultRow>(
  db: Executor,
  query: SQL,
): Promise<QueryResult<T>> {
  const q = dialect.sqlToQuery(query);
  const name = `linli_${createHash('sha1').update(q.sql).digest('base64url').slice(0, 20)}`;
  return (await db._.session.prepareQuery(q, undefined, name, false).execute()) as QueryResult<T>;
}
