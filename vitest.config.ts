// One vitest run over every package: unit tests beside their files, cross-package tests in test/.
// The `source` condition makes workspace packages resolve to their TypeScript sources (no build step).
// Two projects: "unit" (no services), and "neo4j" (test/neo4j and the README examples, some of which
// talk to Neo4j), whose global setup builds and starts a real Neo4j (tools/neo4j) and stops it after.
// The neo4j files run one at a time: they share one database (Community has one).
import { defineConfig } from 'vitest/config';

const NEO4J_TESTS = ['test/neo4j/**/*.test.ts', 'test/readme.test.ts'];

export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    // Kedja speaks the locale's language to people; tests read English unless they ask otherwise.
    env: { KEDJA_LANG: 'en' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/node_modules/**', ...NEO4J_TESTS],
        },
      },
      {
        extends: true,
        test: {
          name: 'neo4j',
          include: NEO4J_TESTS,
          globalSetup: ['test/support/neo4j-global-setup.ts'],
          fileParallelism: false,
          testTimeout: 300_000,
        },
      },
    ],
  },
});
