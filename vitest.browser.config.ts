import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { longestFirst } from './tests/support/sequencer';

/**
 * Tests of the built site (`dist/`), run after `npm run build`: node tests of its files
 * (`tests/built`) and tests of its pages in the system Chromium (`tests/browser`).
 * One server and one Chromium serve the whole run (`tests/browser/global-setup.ts`); the test
 * files run in two workers where the machine has two cores, the longest first, and each test
 * opens its pages in fresh browser contexts.
 */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts', 'tests/built/**/*.test.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    setupFiles: ['tests/browser/setup.ts'],
    sequence: { sequencer: longestFirst(['story', 'embed', 'pages-de', 'pages-en', 'map', 'home', 'timeline']) },
    maxWorkers: Math.min(2, availableParallelism()),
    // The files share their worker's modules (the harness, axe's source, the generated data)
    // instead of loading them again for each file; each test still opens fresh browser contexts.
    isolate: false,
    minWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
