import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * Three tiers, which `npm test` runs:
 * - unit: pure modules, no database;
 * - integration: the real Neo4j, started once for the run by test/setup/neo4j.ts
 *   unless NEO4J_URI points at one;
 * - browser: the real server and Debian's chromium.
 * And `npm run test:scale` (CI runs it too): a large import on its own Neo4j.
 */
export default defineConfig({
  resolve: {
    // graphql ships CJS (main) and ESM (module). Node, and so graphql-yoga, load
    // the CJS one; Vite would hand our code the ESM one, and two GraphQLError
    // classes make yoga mask our coded errors. One copy for everyone.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    // One file at a time: integration files share one database and some
    // (import, demo, FedRAMP) empty it with --replace. Unit files take seconds anyway.
    fileParallelism: false,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/setup/neo4j.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // npm run test:scale: a 2,000,000-row import on a Neo4j of its own (a few minutes), apart from npm test.
          name: 'scale',
          include: ['test/scale/**/*.test.ts'],
          testTimeout: 1_200_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/setup/chromium.ts', 'test/setup/neo4j.ts'],
          testTimeout: 90_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
