/**
 * The site's public address (`SITE_URL`), which canonical links, `og:url`, hreflang, the oEmbed
 * documents and the built iframe code are made from. Without it a build uses the local server's
 * address, which is right for `npm start` and wrong anywhere else.
 */

/** The address `npm start` serves the site at, used when `SITE_URL` is unset. */
export const localSiteUrl = 'http://127.0.0.1:4321';

/** The address to build with, and a warning to print when a build falls back to the local one. */
export interface SiteAddress {
  url: string;
  warning?: string;
}

/**
 * Reads `SITE_URL`. An address that is not an absolute `https:` or `http:` URL without a path
 * stops the build; an unset one gives the local address and, for a production build, a warning
 * that says what that breaks and how to set it.
 */
export function resolveSiteAddress(value: string | undefined, command: 'build' | 'dev' | 'preview' | string): SiteAddress {
  const given = value?.trim();
  if (!given) {
    if (command !== 'build') return { url: localSiteUrl };
    const lines = [
      'SITE_URL is not set: this build uses the local address ' + localSiteUrl + '.',
      'Canonical links, og:url, hreflang, the oEmbed documents and the embed code in pages without',
      'scripts will all point at this machine. For a build you deploy, set the site\'s address:',
      '  SITE_URL=https://your-site.example npm run build',
      '(see "Deploying" in the README).',
    ];
    const width = Math.max(...lines.map((l) => l.length));
    const rule = '!'.repeat(width + 4);
    return { url: localSiteUrl, warning: [rule, ...lines.map((l) => `! ${l.padEnd(width)} !`), rule].join('\n') };
  }
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`SITE_URL is not an absolute URL: ${JSON.stringify(given)} (expected e.g. https://your-site.example)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must use https: or http:, not ${url.protocol}`);
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(`SITE_URL must be an origin without a path, query or credentials (the site is built for its root): ${JSON.stringify(given)}`);
  }
  return { url: url.origin };
}
