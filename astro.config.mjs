// @ts-check
import { defineConfig } from 'astro/config';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inlineStylesheetLinks, keepsStylesheetLinks } from './src/lib/site/inline-styles.ts';
import { htmlFiles } from './scripts/html-files.ts';
import { leafletPureClasses } from './scripts/leaflet-pure.mjs';
import { resolveSiteAddress } from './src/lib/site/site-url.ts';
import { headersFile } from './src/lib/site/security.ts';
import { styleBlockHashes, withStyleHashes } from './src/lib/site/style-hashes.ts';
import { writeOgImages } from './scripts/og-images.ts';

/**
 * After the build, each page but the home pages and worksheets carries its stylesheets inline (see `src/lib/site/inline-styles.ts`),
 * and every page's `<meta>` policy allows its style blocks by hash (see `src/lib/site/style-hashes.ts`).
 * @type {import('astro').AstroIntegration}
 */
const inlineStyles = {
  name: 'inline-styles',
  hooks: {
    'astro:build:done': ({ dir }) => {
      const root = fileURLToPath(dir);
      for (const file of htmlFiles(root)) {
        const html = readFileSync(file, 'utf8');
        const keep = keepsStylesheetLinks(relative(root, file).split('\\').join('/'));
        const inlined = keep ? html : inlineStylesheetLinks(html, (href) => readFileSync(join(root, href), 'utf8'));
        // The page's policy allows its own style blocks by hash, and style attributes alone inline.
        const hashed = inlined.replace(/(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/, (_m, open, policy, close) => `${open}${withStyleHashes(policy, styleBlockHashes(inlined))}${close}`);
        if (hashed !== html) writeFileSync(file, hashed);
      }
    },
  },
};

/** The site's address from `SITE_URL`; an invalid one stops here, before anything is built. */
const siteAddress = resolveSiteAddress(process.env.SITE_URL, 'dev');

/**
 * A production build without `SITE_URL` says so, before it starts and again when it is done,
 * where the last lines of output are.
 * @type {import('astro').AstroIntegration}
 */
const siteAddressWarning = {
  name: 'site-address-warning',
  hooks: {
    'astro:config:setup': ({ command, logger }) => {
      const { warning } = resolveSiteAddress(process.env.SITE_URL, command);
      if (warning) logger.warn(`\n${warning}`);
    },
    'astro:build:done': ({ logger }) => {
      const { warning } = resolveSiteAddress(process.env.SITE_URL, 'build');
      if (warning) logger.warn(`\n${warning}`);
    },
  },
};

/**
 * Writes `_headers` into the build, with a policy that admits the tile host exactly when
 * `PUBLIC_TILE_URL` is set (an invalid one stops the build).
 * @type {import('astro').AstroIntegration}
 */
const headers = {
  name: 'headers-file',
  hooks: {
    'astro:build:done': ({ dir }) => {
      const root = fileURLToPath(dir);
      // One policy for every page: the style blocks of all of them.
      const hashes = [...new Set(htmlFiles(root).flatMap((file) => styleBlockHashes(readFileSync(file, 'utf8'))))].sort();
      writeFileSync(join(root, '_headers'), headersFile({ tileUrl: process.env.PUBLIC_TILE_URL || undefined, styleHashes: hashes }));
    },
  },
};

/**
 * Draws the link previews (`og:image`) from the built pages, once their styles are inline
 * (see `scripts/og-images.ts`); says how many and how long they took.
 * @type {import('astro').AstroIntegration}
 */
const ogImages = {
  name: 'og-images',
  hooks: {
    'astro:build:done': ({ dir, logger }) => {
      const started = performance.now();
      const written = writeOgImages(fileURLToPath(dir), siteAddress.url);
      logger.info(`${written.length} link previews drawn in ${Math.round(performance.now() - started)} ms`);
    },
  },
};

/** Static site; German under /de/, English under /en/; `/` forwards to German. */
export default defineConfig({
  site: siteAddress.url,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  redirects: { '/': '/de/' },
  devToolbar: { enabled: false },
  integrations: [inlineStyles, ogImages, headers, siteAddressWarning],
  vite: { build: { assetsInlineLimit: 0 }, plugins: [leafletPureClasses()] },
});
