import type { Config } from '../config';
import { connect, runMigrations, type Database } from './client';
import { startEmbedded } from './embedded';

export interface OpenDatabase extends Database {
  embedded: boolean;
  /** Closes the pool and, for the embedded server, stops PostgreSQL. */
  shutdown(): Promise<void>;
}

/**
 * The external server when DATABASE_URL is set, else the embedded one; migrated unless `migrate` is false (a
 * restore must see the database as it was).
 */
export async function openDatabase(
  config: Config,
  log: (msg: string) => void,
  migrate = true,
): Promise<OpenDatabase> {
  const server = config.databaseUrl ? null : await startEmbedded(config.dataDir, log);
  const database = connect(config.databaseUrl ?? (server?.url as string));
  try {
    if (migrate) await runMigrations(database.db);
  } catch (err) {
    await database.close();
    await server?.stop();
    throw err;
  }
  return {
    ...database,
    embedded: server !== null,
    async shutdown() {
      await database.close();
      await server?.stop();
    },
  };
}
