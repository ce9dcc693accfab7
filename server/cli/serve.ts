import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app';
import { loadConfig, type Config } from '../config';
import { loadDataKeys } from '../crypto/personal-data';
import { openDatabase } from '../db/open';
import { notifierFromEnv } from '../notify/notifier';
import { startDemoFeed, type DemoFeed } from '../demo/devices';
import { seedDemo } from '../demo/seed';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../demo/street';
import { countAdmins } from '../modules/accounts/repository';
import { buildWebIfNeeded } from './web-build';

export interface ServeOptions {
  demo: boolean;
  buildWeb: boolean;
  port?: number | undefined;
}

const say = (msg: string) => process.stdout.write(`${msg}\n`);

/** `linli serve`: database, migrations, (demo data), the web app and the API on one port. */
export async function serve(opts: ServeOptions, config: Config = loadConfig()): Promise<FastifyInstance> {
  const port = opts.port ?? config.port;
  if (opts.buildWeb) await buildWebIfNeeded(say);
  const database = await openDatabase(config, say);
  const dataKeys = await loadDataKeys(config);
  let app: FastifyInstance | undefined;
  let feed: DemoFeed | undefined;
  const stop = async (signal: string) => {
    say(`${signal}: shutting down`);
    await feed?.stop();
    await app?.close();
    await database.shutdown();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  try {
    if (opts.demo) {
      if (await seedDemo(database.db, dataKeys, config.timeZone, say)) say('demo data created');
    } else if ((await countAdmins(database.db)) === 0) {
      throw new Error(
        'No administrator exists. Create one first: npm run linli -- admin create --username <name> --district-name <区> --district-code <6 digits>',
      );
    }
    const notifier = notifierFromEnv(process.env, say);
    app = await buildApp({
      config,
      database,
      dataKeys,
      notifier,
      serveWeb: true,
      jobs: true,
    });
    const address = await app.listen({ port, host: config.host });
    say(`Linli is running at ${address.replace('127.0.0.1', 'localhost')}  (API docs: ${address}/api/docs)`);
    if (opts.demo) {
      feed = await startDemoFeed(
        database.db,
        { mqttUrl: config.mqttUrl, ingest: app.devices.ingest.ingest },
        (msg, err) => app?.log.warn({ err }, msg),
      );
      say(`Demo logins (password "${DEMO_PASSWORD}"): ${DEMO_ACCOUNTS.map((a) => a.username).join(', ')}`);
    }
    return app;
  } catch (err) {
    await app?.close();
    await database.shutdown();
    throw err;
  }
}
