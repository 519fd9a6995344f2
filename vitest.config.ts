import { defineConfig } from 'vitest/config';

// Three suites: `unit` needs nothing but npm packages (npm test); `corpus` reads ../shared/corpus;
// `e2e` drives Debian's Chromium. .ci/run runs all three.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/corpus/**', 'test/e2e/**', 'node_modules/**'],
          testTimeout: 30_000,
        },
      },
      {
        test: { name: 'corpus', include: ['test/corpus/**/*.test.ts'], testTimeout: 120_000 },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/support/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // A poll waits for what the user would wait for; on a loaded machine that takes longer
          // than vitest's default second, and the test timeout is the real limit.
          expect: { poll: { timeout: 60_000 } },
        },
      },
    ],
  },
});
