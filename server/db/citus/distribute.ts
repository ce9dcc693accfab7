import type pg from 'pg';
import { readCatalog } from './catalog';
import { distributionPlan, stepSql, tenancyViolations, type Step } from './plan';

export class CitusMissing extends Error {
  constructor() {
    super(
      'the Citus extension is not installed in this database: install Citus on every node, run ' +
        '`create extension citus` on the coordinator, add the workers, then run `linli db distribute` again ' +
        '(docs/DEPLOY.md, "Past one machine: Citus")',
    );
  }
}

/**
 * Makes global tables reference tables and tenant tables distributed by community_id, co-located; tables already
 * in pg_dist_partition are left as they are, so it is run again after a migration that adds tables. With `dryRun`
 * it only returns the plan (on any PostgreSQL, Citus or not).
 */
export async function distribute(
  pool: pg.Pool,
  say: (msg: string) => void,
  dryRun = false,
): Promise<{ steps: Step[]; sql: string[] }> {
  const client = await pool.connect();
  try {
    const citus = (await client.query(`select 1 from pg_extension where extname = 'citus'`)).rowCount === 1;
    if (!citus && !dryRun) throw new CitusMissing();
    const catalog = await readCatalog(client);
    const problems = tenancyViolations(catalog);
    if (problems.length) throw new Error(`the schema cannot be distributed:\n  ${problems.join('\n  ')}`);
    const done = citus
      ? (
          await client.query<{ name: string }>(
            `select c.relname as name from pg_dist_partition p join pg_class c on c.oid = p.logicalrelid
              where c.relnamespace = 'public'::regnamespace`,
          )
        ).rows.map((r) => r.name)
      : [];
    const steps = distributionPlan(catalog, new Set(done));
    const sql = steps.map(stepSql);
    if (dryRun) return { steps, sql };
    // Our triggers refuse changes to append-only tables or notify the server of an account change; none reads or
    // writes another row, so each shard running its own copy is safe.
    await client.query('set citus.enable_unsafe_triggers = on');
    // Each call on its own: create_distributed_table of a table with a foreign key to a reference table must not
    // run inside a multi-statement transaction.
    for (const [i, s] of steps.entries()) {
      await client.query(sql[i]!);
      say(`${s.table}: ${s.kind}`);
    }
    return { steps, sql };
  } finally {
    client.release();
  }
}
