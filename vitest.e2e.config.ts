/** Browser tests: the production build (`dist/`) in Debian's Chromium through playwright-core. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    maxConcurrency: 4,
  },
});
