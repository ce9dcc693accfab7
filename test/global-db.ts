import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { connect, runMigrations } from '../server/db/client';
import { startEmbedded } from '../server/db/embedded';
import { seedDemo } from '../server/demo/seed';
import { testKeys } from './keys';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A URL of the server whose databases the tests create (any database name; it is replaced). */
    dbServerUrl: string;
    templateDb: string;
  }
}

export const withDatabase = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

/**
 * Once per run: a server (the embedded one, or DATABASE_URL's), and a template database migrated and seeded
 * with the demo street. Each test file clones it (`CREATE DATABASE … TEMPLATE`), so files never share state.
 */
export default async function setup(project: TestProject) {
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbedded(path.resolve('.test-data'), (m) => process.stdout.write(`${m}\n`));
  const serverUrl = process.env.DATABASE_URL ?? embedded?.url ?? '';
  const templateDb = `linli_test_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  await admin.query(`drop database if exists ${templateDb}`);
  await admin.query(`create database ${templateDb}`);
  const template = connect(withDatabase(serverUrl, templateDb), 4);
  try {
    await runMigrations(template.db);
    // The registry part of the demo is left out: tests build the houses and people they reason about, and
    // server/demo/registry.test.ts checks the demo registry on its own.
    await seedDemo(template.db, testKeys, 'Asia/Shanghai', () => {}, { registry: false });
  } finally {
    await template.close();
  }
  project.provide('dbServerUrl', serverUrl);
  project.provide('templateDb', templateDb);

  return async () => {
    const clones = await admin.query<{ datname: string }>(
      `select datname from pg_database where datname like $1`,
      [`${templateDb}\\_%`],
    );
    for (const c of clones.rows) await admin.query(`drop database if exists ${c.datname} with (force)`);
    await admin.query(`drop database if exists ${templateDb} with (force)`);
    await admin.end();
    await embedded?.stop();
  };
}
