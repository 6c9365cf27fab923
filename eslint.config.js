// @ts-check
/**
 * The lint gate (`npm run lint`, part of `npm test`): ESLint's and typescript-eslint's recommended
 * rules for the TypeScript and JavaScript, eslint-plugin-astro's for the components and pages.
 * Formatting is Prettier's (`.prettierrc.json`), so no rule here is about layout.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', '.astro/**', 'node_modules/**', 'src/generated/**', 'scripts/bench/node_modules/**', 'bench-results/**', 'public/**', '**/dist-*/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    // The benchmark's reference pages run in a browser beside the libraries they compare with,
    // which arrive as globals, and the data the benchmark injects.
    files: ['scripts/bench/peers/*.js'],
    languageOptions: {
      globals: { benchData: 'readonly', benchGraph: 'readonly', benchDrawn: 'readonly', cytoscape: 'readonly', L: 'readonly', topojson: 'readonly', TL: 'readonly', vis: 'readonly' },
    },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
);
