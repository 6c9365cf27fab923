import { describe, expect, it } from 'vitest';
import { embedUrlForPage } from '../../../src/lib/site/embed-code';
import { localSiteUrl, resolveSiteAddress } from '../../../src/lib/site/site-url';

describe('resolveSiteAddress(SITE_URL, command)', () => {
  it('warns loudly when a production build has no address', () => {
    const { url, warning } = resolveSiteAddress(undefined, 'build');
    expect(url).toBe(localSiteUrl);
    expect(warning).toContain('SITE_URL is not set');
    expect(warning).toContain('SITE_URL=https://');
    expect(resolveSiteAddress('  ', 'build').warning).toBeDefined();
  });

  it('is quiet for the dev server and for a build with an address', () => {
    expect(resolveSiteAddress(undefined, 'dev').warning).toBeUndefined();
    expect(resolveSiteAddress('https://example.org/', 'build')).toEqual({ url: 'https://example.org' });
  });

  it('refuses an address a deployment cannot use', () => {
    for (const bad of ['example.org', 'javascript:alert(1)', 'ftp://example.org', 'https://example.org/sub/', 'https://u:p@example.org']) {
      expect(() => resolveSiteAddress(bad, 'build'), bad).toThrow(/SITE_URL/);
    }
  });
});

describe('embedUrlForPage(builtSrc, page, search)', () => {
  const built = 'http://127.0.0.1:4321/embed/de/map/';

  it('uses the origin the page was served from, with the view\'s state', () => {
    expect(embedUrlForPage(built, { origin: 'https://schule.example', protocol: 'https:' }, '?layers=places')).toBe('https://schule.example/embed/de/map/?layers=places');
  });

  it('keeps the built address for a page opened from disk', () => {
    expect(embedUrlForPage('https://example.org/embed/de/map/', { origin: 'null', protocol: 'file:' }, '')).toBe('https://example.org/embed/de/map/');
  });
});
