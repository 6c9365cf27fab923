// @ts-check
import { defineConfig } from 'astro/config';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inlineStylesheetLinks, keepsStylesheetLinks } from './src/lib/site/inline-styles.ts';
import { htmlFiles } from './scripts/html-files.ts';

/**
 * After the build, each page but the home pages and worksheets carries its stylesheets inline (see `src/lib/site/inline-styles.ts`).
 * @type {import('astro').AstroIntegration}
 */
const inlineStyles = {
  name: 'inline-styles',
  hooks: {
    'astro:build:done': ({ dir }) => {
      const root = fileURLToPath(dir);
      for (const file of htmlFiles(root)) {
        if (keepsStylesheetLinks(relative(root, file).split('\\').join('/'))) continue;
        const html = readFileSync(file, 'utf8');
        const inlined = inlineStylesheetLinks(html, (href) => readFileSync(join(root, href), 'utf8'));
        if (inlined !== html) writeFileSync(file, inlined);
      }
    },
  },
};

/** Static site; German under /de/, English under /en/; `/` forwards to German. */
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  redirects: { '/': '/de/' },
  devToolbar: { enabled: false },
  integrations: [inlineStyles],
  vite: { build: { assetsInlineLimit: 0 } },
});
