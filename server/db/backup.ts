import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile, copyFile } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { migrationsFolder } from './client';

/**
 * `linli backup` / `linli restore` (issue 9): a consistent logical copy of the database and the attachments, each
 * file listed with its SHA-256 in a manifest whose own digest is kept beside it. It works the same on the embedded
 * server and an external one, needs no `pg_dump`, and never contains the data key: a backup holds personal data
 * only sealed, and restoring it is useful only with the key kept apart from it (docs/DEPLOY.md).
 */
export const BACKUP_FORMAT = 'linli-backup/1';
const MANIFEST = 'manifest.json';
const MANIFEST_DIGEST = 'manifest.sha256';

export interface Manifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  /** The migrations the database had (their hashes in order): a backup restores only into the same schema. */
  migrations: string[];
  tables: { name: string; rows: number; file: string; sha256: string }[];
  sequences: { name: string; value: string; called: boolean }[];
  attachments: { file: string; size: number; sha256: string }[];
}

export class BackupError extends Error {}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Passes bytes through while counting newlines: in COPY's text format every row ends with exactly one. */
class RowCounter extends Transform {
  rows = 0;
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) this.rows++;
    done(null, chunk);
  }
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

async function filesUnder(root: string, dir = ''): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(path.join(root, dir), { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const out: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(root, rel)));
    else if (e.isFile()) out.push(rel);
  }
  return out;
}

/** Runs `fn` on one connection inside `begin …`; commits, or rolls back and rethrows. */
async function inTransaction<T>(
  pool: pg.Pool,
  begin: string,
  fn: (c: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const out = await fn(client);
    await client.query('commit');
    return out;
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ hash: string }>(
    'select hash from drizzle.__drizzle_migrations order by created_at, id',
  );
  return rows.map((r) => r.hash);
}

/**
 * Writes a backup into `outDir` (which must not exist or be empty). Every table is read in one REPEATABLE READ
 * snapshot, so the copy is consistent while the server keeps running; attachments are copied after it, so every
 * file a copied row names was already on disk.
 */
export async function backup(
  pool: pg.Pool,
  attachmentsDir: string,
  outDir: string,
  log: (msg: string) => void,
): Promise<Manifest> {
  if ((await readdir(outDir).catch(() => [])).length)
    throw new BackupError(`${outDir} is not empty: choose a new directory for the backup`);
  await mkdir(path.join(outDir, 'tables'), { recursive: true });
  const manifest: Manifest = {
    format: BACKUP_FORMAT,
    createdAt: new Date().toISOString(),
    migrations: [],
    tables: [],
    sequences: [],
    attachments: [],
  };
  await inTransaction(pool, 'begin isolation level repeatable read read only', async (client) => {
    manifest.migrations = await appliedMigrations(client);
    const tables = await client.query<{ name: string }>(
      `select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
    );
    for (const { name } of tables.rows) {
      const file = `tables/${name}.copy.gz`;
      const counter = new RowCounter();
      await pipeline(
        client.query(copyTo(`copy ${quoteIdent(name)} to stdout`)),
        counter,
        createGzip(),
        createWriteStream(path.join(outDir, file)),
      );
      manifest.tables.push({
        name,
        rows: counter.rows,
        file,
        sha256: await sha256File(path.join(outDir, file)),
      });
      log(`backup: ${name} ${counter.rows} rows`);
    }
    const seqs = await client.query<{ name: string }>(
      `select sequencename as name from pg_sequences where schemaname = 'public' order by sequencename`,
    );
    for (const { name } of seqs.rows) {
      const { rows } = await client.query<{ value: string; called: boolean }>(
        `select last_value::text as value, is_called as called from ${quoteIdent(name)}`,
      );
      manifest.sequences.push({ name, ...rows[0]! });
    }
  });
  for (const rel of await filesUnder(attachmentsDir)) {
    const file = path.join('attachments', rel);
    await mkdir(path.dirname(path.join(outDir, file)), { recursive: true });
    await copyFile(path.join(attachmentsDir, rel), path.join(outDir, file));
    const { size } = await stat(path.join(outDir, file));
    manifest.attachments.push({ file, size, sha256: await sha256File(path.join(outDir, file)) });
  }
  log(`backup: ${manifest.attachments.length} attachments`);
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  await writeFile(path.join(outDir, MANIFEST), text);
  await writeFile(
    path.join(outDir, MANIFEST_DIGEST),
    `${createHash('sha256').update(text).digest('hex')}  ${MANIFEST}\n`,
  );
  return manifest;
}

/** Reads a backup's manifest and checks every file against its digest; throws on the first that differs. */
export async function verifyBackup(dir: string): Promise<Manifest> {
  const text = await readFile(path.join(dir, MANIFEST), 'utf8').catch(() => {
    throw new BackupError(`${dir} holds no ${MANIFEST}: not a Linli backup`);
  });
  const expected = (await readFile(path.join(dir, MANIFEST_DIGEST), 'utf8')).split(/\s+/)[0];
  if (createHash('sha256').update(text).digest('hex') !== expected)
    throw new BackupError(`${MANIFEST} does not match ${MANIFEST_DIGEST}: the backup was changed or damaged`);
  const manifest = JSON.parse(text) as Manifest;
  if (manifest.format !== BACKUP_FORMAT)
    throw new BackupError(`unknown backup format ${String(manifest.format)}`);
  for (const f of [...manifest.tables, ...manifest.attachments]) {
    const actual = await sha256File(path.join(dir, f.file)).catch(() => 'missing');
    if (actual !== f.sha256)
      throw new BackupError(`${f.file} is ${actual === 'missing' ? 'missing' : 'damaged'}`);
  }
  return manifest;
}

/**
 * Restores a verified backup into an empty database that `migrate` brings to the schema the backup was made with,
 * then puts the attachments back. All rows load in one transaction with triggers off (the audit log's append-only
 * triggers and foreign keys would refuse rows in copy order); that needs a superuser, as the embedded server's is.
 */
export async function restore(
  pool: pg.Pool,
  migrate: () => Promise<void>,
  attachmentsDir: string,
  fromDir: string,
  log: (msg: string) => void,
): Promise<Manifest> {
  const manifest = await verifyBackup(fromDir);
  const { rows } = await pool.query<{ n: number }>(
    `select count(*)::int as n from pg_tables where schemaname = 'public'`,
  );
  if (rows[0]!.n > 0)
    throw new BackupError(
      'the database is not empty: restore into a new LINLI_DATA_DIR or an empty DATABASE_URL database',
    );
  const migrations = readMigrationFiles({ migrationsFolder }).map((m) => m.hash);
  if (migrations.join() !== manifest.migrations.join())
    throw new BackupError(
      `the backup has ${manifest.migrations.length} migrations and this Linli ${migrations.length}: restore it with the version that made it`,
    );
  await migrate();
  await inTransaction(pool, 'begin', async (client) => {
    await client.query('set local session_replication_role = replica');
    // Migrations put reference data in; the backup's rows replace it.
    await client.query(`truncate ${manifest.tables.map((t) => quoteIdent(t.name)).join(', ')}`);
    for (const t of manifest.tables) {
      await pipeline(
        createReadStream(path.join(fromDir, t.file)),
        createGunzip(),
        client.query(copyFrom(`copy ${quoteIdent(t.name)} from stdin`)),
      );
      log(`restore: ${t.name} ${t.rows} rows`);
    }
    for (const s of manifest.sequences)
      await client.query('select setval($1::regclass, $2::bigint, $3)', [
        quoteIdent(s.name),
        s.value,
        s.called,
      ]);
  });
  for (const a of manifest.attachments) {
    const target = path.join(attachmentsDir, path.relative('attachments', a.file));
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(path.join(fromDir, a.file), target);
  }
  log(`restore: ${manifest.attachments.length} attachments`);
  return manifest;
}
