import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../server/db/embedded';
import { startLinli } from '../test/server-process';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** `linli serve --demo` on a free port with its own data directory, exactly as a user starts it. */
export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'linli-e2e-'));
  const port = await freePort();
  const child = await startLinli(
    ['--demo', '--build-web', '--port', String(port)],
    { LINLI_DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '' },
    240_000,
  );
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  return async () => {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
    await rm(dataDir, { recursive: true, force: true });
  };
}
