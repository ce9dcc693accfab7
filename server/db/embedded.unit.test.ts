import { expect, it } from 'vitest';
import { loadEmbeddedPostgres } from './embedded';

it('leaves no beforeExit or exit handler that would change or crash the exit', async () => {
  const beforeExit = process.listeners('beforeExit').length;
  const exit = process.listeners('exit').length;
  await loadEmbeddedPostgres();
  expect(process.listeners('beforeExit')).toHaveLength(beforeExit);
  expect(process.listeners('exit')).toHaveLength(exit);
  // Its signal handlers, which stop PostgreSQL on Ctrl-C, are kept.
  expect(process.listeners('SIGINT').length).toBeGreaterThan(0);
});
