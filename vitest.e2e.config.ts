import { defineConfig } from 'vitest/config';

/** End-to-end: the real server (`npm start`'s entry) driven by Chromium through playwright-core. */
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['demo/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
