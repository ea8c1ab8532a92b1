// One vitest run over every package: unit tests beside their files, cross-package tests in test/.
// The `source` condition makes workspace packages resolve to their TypeScript sources (no build step).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
