/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { getViteConfig } from 'astro/config';
import { longestFirst } from './tests/support/sequencer';

/**
 * Unit tests of `src/lib` and `scripts`, through Astro's Vite config: in two workers where the
 * machine has two cores (vitest's default leaves one core to itself), the files that run the
 * whole pipeline many times first.
 */
export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'tests/built/**', 'node_modules/**'],
    environment: 'node',
    maxWorkers: Math.min(2, availableParallelism()),
    minWorkers: 1,
    sequence: { sequencer: longestFirst(['pipeline.random-records', 'pipeline.random-sources', 'pipeline.property', 'validation', 'run-pipeline', 'consistency', 'view-state.property']) },
  },
});
