/**
 * Loads a stylesheet of the site's own when it is needed: the live map's (Leaflet's styles) comes
 * with Leaflet, not with the page, so a reader who only looks at the static map never loads it.
 * A `<link>` to the site's own host, which the pages' Content-Security-Policy (`style-src 'self'`)
 * allows, where a `<style>` made at run time would need a hash of its own.
 */

/** Adds a stylesheet link to `href` to the document's head once, and resolves when it has loaded (rejects when it fails). */
export function loadStylesheet(href: string): Promise<void> {
  const present = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].find((l) => l.getAttribute('href') === href);
  if (present?.sheet) return Promise.resolve();
  const link = present ?? document.createElement('link');
  const loaded = new Promise<void>((resolve, reject) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => reject(new Error(`${href}: the stylesheet did not load`)), { once: true });
  });
  if (!present) {
    link.rel = 'stylesheet';
    link.href = href;
    document.head.append(link);
  }
  return loaded;
}
