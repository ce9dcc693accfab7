import { fileURLToPath } from 'node:url';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema';
import { ensureDefaultCategories } from '../modules/events/rules';

export type Db = NodePgDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** What repositories take: the pool-backed database or the use case's transaction. */
export type Executor = Db | Tx;

export interface Database {
  db: Db;
  pool: pg.Pool;
  close(): Promise<void>;
}

// int8 ids and counts fit in a JS number for any realistic deployment; parse them as numbers, not strings.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

/**
 * PostgreSQL's JIT compiles a statement whose estimated cost is high, which the intake's batch statements reach
 * (rows from a jsonb parameter are estimated at 100 a function): compiling took longer than running them and
 * halved intake on PostgreSQL 15 (docs/BENCHMARKS.md). Linli's statements are short and its statistics come from
 * rollups, so its sessions run without JIT. `options` in DATABASE_URL takes precedence (behind PgBouncer, list
 * `options` in its `ignore_startup_parameters`, docs/DEPLOY.md).
 */
const SESSION_OPTIONS = '-c jit=off';

export function connect(url: string, max = 20): Database {
  const pool = new pg.Pool({ connectionString: url, max, application_name: 'linli', options: SESSION_OPTIONS });
  pool.on('error', () => {
    // An idle client lost its connection (e.g. the server restarted); the pool replaces it on next use.
  });
  const db = drizzle(pool, { schema });
  return { db, pool, close: () => pool.end() };
}

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Migrates, then adds the reference data a new installation starts with (kept as operators change it). */
export async function runMigrations(db: Db): Promise<void> {
  await migrate(db, { migrationsFolder });
  await ensureDefaultCategories(db);
}
