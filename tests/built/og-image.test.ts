import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, dist, parseFile } from './built-site';
import { ogImageAlt } from '../../src/i18n/og-image';
import { ogImageKeys, ogImagePath, ogImageSize, type OgImageKey } from '../../src/lib/site/og-image';
import { ogImageSvg } from '../../scripts/og-images';

const KB = 1024;
/** Budgets in bytes (PNGs are compressed already): one preview, and all of them together. */
const budget = { each: 128 * KB, all: 768 * KB };

/** A PNG's width and height, from its IHDR chunk, after checking its signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The picture a page should name: its view's (full page, embed, worksheet and answers), else the home one. */
function expectedKey(path: string): OgImageKey {
  return (/^\/(?:embed\/)?(?:de|en)\/(?:worksheet\/)?(timeline|relations|map)\//.exec(path)?.[1] as OgImageKey | undefined) ?? 'home';
}

// The not-found page is served for unknown addresses and never shared: it has no Open Graph tags at all.
const pages = [...builtPages()].filter(([path]) => path !== '/404.html');

describe('the link previews (og:image)', () => {
  it('are named by every page, home to embeds, in its language, with size, alt text and the large card', () => {
    expect(pages.length).toBeGreaterThan(35);
    for (const [path, file] of pages) {
      const $ = parseFile(file);
      const lang = $('html').attr('lang') as 'de' | 'en';
      const meta = (p: string) => $(`meta[property="${p}"]`).attr('content');
      const key = expectedKey(path);
      // Absolute, on the same site address as og:url.
      const image = meta('og:image');
      expect(image, path).toBe(new URL(ogImagePath(lang, key), meta('og:url')).href);
      expect(meta('og:image:type'), path).toBe('image/png');
      expect(meta('og:image:width'), path).toBe(String(ogImageSize.width));
      expect(meta('og:image:height'), path).toBe(String(ogImageSize.height));
      expect(meta('og:image:alt'), path).toBe(ogImageAlt[lang][key]);
      expect($('meta[name="twitter:card"]').attr('content'), path).toBe('summary_large_image');
    }
  });

  it('exist for each language and picture as 1200 × 630 PNGs, within their budget', () => {
    let total = 0;
    for (const lang of ['de', 'en'] as const) {
      for (const key of ogImageKeys) {
        const file = join(dist, ogImagePath(lang, key));
        expect(existsSync(file), file).toBe(true);
        const bytes = readFileSync(file);
        expect(pngSize(bytes), file).toEqual(ogImageSize);
        expect(bytes.length, file).toBeLessThanOrEqual(budget.each);
        total += bytes.length;
      }
    }
    expect(total).toBeLessThanOrEqual(budget.all);
  });

  it('tell the languages apart: the German and the English picture of a view differ', () => {
    for (const key of ogImageKeys) expect(readFileSync(join(dist, ogImagePath('de', key))).equals(readFileSync(join(dist, ogImagePath('en', key)))), key).toBe(false);
  });

  it('set the view under its title with the dates it shows, and the source and address below it', () => {
    const words = (locale: 'de' | 'en', key: OgImageKey) => [...ogImageSvg(dist, 'https://explainer.example.org', locale, key).matchAll(/<text [^>]*font-family="DejaVu Sans"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    const relations = words('en', 'relations');
    for (const expected of ['Relations: the US, Azerbaijan, Armenia and', 'As of 28 November 2023', 'Source: Reuters, 28 Nov 2023', 'https://explainer.example.org/en/relations/']) expect(relations).toContain(expected);
    // The timeline's opening view: the article's months, not the background since 1988 that its SVG also holds.
    expect(words('de', 'timeline')).toContain('Ereignisse vom 28. August 2023 bis zum 6. Dezember 2023');
    expect(words('de', 'home')).toContain('Bergkarabach 2023 erklärt · https://explainer.example.org/de/');
  });
});
