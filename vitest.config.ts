/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** Unit tests of `src/lib` and `scripts`, through Astro's Vite config. */
export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'tests/built/**', 'node_modules/**'],
    environment: 'node',
  },
});
