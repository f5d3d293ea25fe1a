import { defineConfig } from 'vitest/config';

/** End-to-end tests drive real browsers one file at a time: two cores, and each browser wants one. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
