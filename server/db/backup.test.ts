import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloneDatabase, type TestDatabase } from '../../test/db';
import { verifyAudit } from '../modules/audit/verify';
import { backup, BackupError, restore, verifyBackup, type Manifest } from './backup';
import { runMigrations } from './client';

let source: TestDatabase;
let target: TestDatabase;
let work: string;
let manifest: Manifest;
const quiet = () => {};

/** Every table's row count and a digest of its rows in a fixed order, to compare two databases exactly. */
async function fingerprint(db: TestDatabase) {
  const { rows: tables } = await db.pool.query<{ name: string }>(
    `select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const { rows } = await db.pool.query<{ n: string; d: string | null }>(
      `select count(*)::text as n, md5(string_agg(t::text, E'\\n' order by t::text)) as d from "${name}" t`,
    );
    out[name] = `${rows[0]!.n} ${rows[0]!.d}`;
  }
  const { rows: seqs } = await db.pool.query<{ name: string; v: string }>(
    `select sequencename as name, coalesce(last_value, 0)::text as v from pg_sequences where schemaname = 'public'`,
  );
  for (const s of seqs) out[`seq ${s.name}`] = s.v;
  return out;
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'linli-backup-'));
  source = await cloneDatabase();
  target = await cloneDatabase(true);
  await mkdir(path.join(work, 'files/ab'), { recursive: true });
  await writeFile(path.join(work, 'files/ab/abcdef'), Buffer.from([0xff, 0xd8, 0xff, 1, 2, 3]));
  await writeFile(path.join(work, 'files/ab/ab0123'), '%PDF-1.4 a notice');
  manifest = await backup(source.pool, path.join(work, 'files'), path.join(work, 'out'), quiet);
});

afterAll(async () => {
  await source?.drop();
  await target?.drop();
});

describe('backup', () => {
  it('copies every table with its row count, every sequence and every attachment, with digests', async () => {
    expect(manifest.migrations.length).toBeGreaterThan(5);
    const counts = Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows]));
    for (const name of ['account', 'audit_log', 'event', 'org_node', 'place']) {
      const { rows } = await source.pool.query<{ n: number }>(`select count(*)::int as n from "${name}"`);
      expect(counts[name], name).toBe(rows[0]!.n);
    }
    expect(counts['place']).toBeGreaterThan(50);
    expect(counts['audit_log']).toBeGreaterThan(10);
    expect(manifest.sequences.map((s) => s.name)).toContain('org_node_id_seq');
    expect(manifest.attachments.map((a) => a.file).sort()).toEqual([
      'attachments/ab/ab0123',
      'attachments/ab/abcdef',
    ]);
    await expect(verifyBackup(path.join(work, 'out'))).resolves.toEqual(manifest);
  });

  it('refuses a directory that already holds files', async () => {
    await expect(
      backup(source.pool, path.join(work, 'files'), path.join(work, 'out'), quiet),
    ).rejects.toThrow(BackupError);
  });
});

describe('restore', () => {
  it('refuses a database that is not empty, and changes nothing in it', async () => {
    const before = await fingerprint(source);
    await expect(
      restore(
        source.pool,
        () => runMigrations(source.db),
        path.join(work, 'again'),
        path.join(work, 'out'),
        quiet,
      ),
    ).rejects.toThrow(/not empty/);
    expect(await fingerprint(source)).toEqual(before);
  });

  it('round-trips: the same rows in every table, the same sequences, an intact audit chain, the same files', async () => {
    const files = path.join(work, 'restored-files');
    await restore(target.pool, () => runMigrations(target.db), files, path.join(work, 'out'), quiet);
    expect(await fingerprint(target)).toEqual(await fingerprint(source));
    const audit = await verifyAudit(target.db);
    expect(audit.ok).toBe(true);
    expect(audit.checked).toBeGreaterThan(0);
    expect(await readFile(path.join(files, 'ab/abcdef'))).toEqual(
      await readFile(path.join(work, 'files/ab/abcdef')),
    );
    // The restored database takes new rows after the old ones.
    const { rows } = await target.pool.query<{ id: string }>(`select nextval('org_node_id_seq')::text as id`);
    const { rows: max } = await source.pool.query<{ id: string }>(`select max(id)::text as id from org_node`);
    expect(BigInt(rows[0]!.id)).toBeGreaterThan(BigInt(max[0]!.id));
  });

  it('refuses a backup made with other migrations, leaving the database empty', async () => {
    const other = path.join(work, 'other');
    await cp(path.join(work, 'out'), other, { recursive: true });
    const text = `${JSON.stringify({ ...manifest, migrations: manifest.migrations.slice(1) }, null, 2)}\n`;
    await writeFile(path.join(other, 'manifest.json'), text);
    await writeFile(
      path.join(other, 'manifest.sha256'),
      `${createHash('sha256').update(text).digest('hex')}  manifest.json\n`,
    );
    const empty = await cloneDatabase(true);
    try {
      await expect(
        restore(empty.pool, () => runMigrations(empty.db), path.join(work, 'x'), other, quiet),
      ).rejects.toThrow(/restore it with the version that made it/);
      const { rows } = await empty.pool.query<{ n: number }>(
        `select count(*)::int as n from pg_tables where schemaname = 'public'`,
      );
      expect(rows[0]!.n).toBe(0);
    } finally {
      await empty.drop();
    }
  });

  it('refuses a damaged backup before loading anything', async () => {
    const file = path.join(work, 'out', manifest.tables.find((t) => t.name === 'place')!.file);
    const bytes = await readFile(file);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 5) ^ 0xff, bytes.length - 5);
    await writeFile(file, bytes);
    await expect(verifyBackup(path.join(work, 'out'))).rejects.toThrow(/tables\/place\.copy\.gz is damaged/);
    const manifestFile = path.join(work, 'out', 'manifest.json');
    await writeFile(manifestFile, (await readFile(manifestFile, 'utf8')).replace('"rows": ', '"rows": 1'));
    await expect(verifyBackup(path.join(work, 'out'))).rejects.toThrow(/manifest\.json does not match/);
  });
});
