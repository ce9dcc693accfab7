import { defineConfig } from 'vitest/config';

// Three tiers (docs/ARCHITECTURE.md): pure rules, server against real PostgreSQL, browser journeys.
// CI collects every run's results as JSON in LINLI_REPORT_DIR to print one closing summary line.
const reportDir = process.env.LINLI_REPORT_DIR;

export default defineConfig({
  test: {
    reporters: reportDir
      ? ['default', ['json', { outputFile: `${reportDir}/vitest-${process.pid}-${Date.now()}.json` }]]
      : ['default'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['domain/**/*.test.ts', 'web/src/**/*.test.ts', 'server/**/*.unit.test.ts', 'bench/**/*.unit.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'db',
          include: ['server/**/*.test.ts'],
          exclude: ['server/**/*.unit.test.ts'],
          globalSetup: ['test/global-db.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        // The server as its own process, killed mid-load (`npm run test:chaos`, run by .ci/run).
        test: {
          name: 'chaos',
          include: ['test/chaos/**/*.test.ts'],
          globalSetup: ['test/global-db.ts'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.spec.ts'],
          globalSetup: ['e2e/global-server.ts'],
          // A whole journey (sign in, upload, search, reveal) on a loaded 2-core CI machine.
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
