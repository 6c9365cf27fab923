import { defineConfig } from 'vitest/config';

/**
 * Tests of the built site (`dist/`): its HTML, and its pages in the system Chromium.
 * Run after `npm run build`.
 * One file at a time: each starts its own server and browser, and the machine may have two cores.
 */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts', 'tests/built/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
