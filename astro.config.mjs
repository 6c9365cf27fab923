// @ts-check
import { defineConfig } from 'astro/config';

/** Static site; German under /de/, English under /en/; `/` forwards to German. */
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  redirects: { '/': '/de/' },
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
