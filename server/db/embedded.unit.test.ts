import { expect, it } from 'vitest';
import { loadEmbeddedPostgres } from './embedded';

it('leaves no beforeExit handler that would turn a failing exit code into 0', async () => {
  const before = process.listeners('beforeExit').length;
  await loadEmbeddedPostgres();
  expect(process.listeners('beforeExit')).toHaveLength(before);
  // Its signal handlers, which stop PostgreSQL on Ctrl-C, are kept.
  expect(process.listeners('SIGINT').length).toBeGreaterThan(0);
});
