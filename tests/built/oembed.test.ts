import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { embeddableViews } from '../../src/lib/site/embeds';
import { dist, page } from './built-site';

describe('the oEmbed documents', () => {
  for (const lang of ['de', 'en']) {
    for (const view of embeddableViews) {
      it(`/embed/${lang}/${view.key}/ names its oEmbed document, which describes an iframe of that embed at its size`, () => {
        const href = page(`/embed/${lang}/${view.key}/`)('link[rel="alternate"][type="application/json+oembed"]').attr('href');
        expect(href).toBeDefined();
        const doc = JSON.parse(readFileSync(join(dist, new URL(href!).pathname), 'utf8'));
        expect(doc).toMatchObject({ version: '1.0', type: 'rich', width: view.width, height: view.height });
        const iframe = load(doc.html)('iframe');
        expect(iframe.length).toBe(1);
        expect(new URL(iframe.attr('src')!).pathname).toBe(`/embed/${lang}/${view.key}/`);
        expect(iframe.attr('title')?.length ?? 0).toBeGreaterThan(5);
      });

      it(`/${lang}/${view.path} names the same oEmbed document as its embed, so a platform given the page's address finds the embed`, () => {
        const ofEmbed = page(`/embed/${lang}/${view.key}/`)('link[rel="alternate"][type="application/json+oembed"]').attr('href');
        const links = page(`/${lang}/${view.path}`)('head link[rel="alternate"][type="application/json+oembed"]');
        expect(links.length).toBe(1);
        expect(links.attr('href')).toBe(ofEmbed);
      });
    }
  }
});
