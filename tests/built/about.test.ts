import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, page, parseFile } from './built-site';
import { toneOfKind } from '../../src/lib/schema/relation';
import { toneOfQuad } from '../../src/lib/graph/graph-state';

const meta = readFileSync(join(__dirname, '..', '..', 'data', 'sources', 'reuters-2023-11-28', 'meta.yaml'), 'utf8');
const licence = readFileSync(join(__dirname, '..', '..', 'LICENSE'), 'utf8');
/** A top-level value of the article's metadata, read from its YAML as written. */
const metaValue = (key: string) => new RegExp(`^${key}: (.+)$`, 'm').exec(meta)?.[1];

describe('the about page and the original article, as built', () => {
  it('links every page with the site\'s frame to the about page of its language from its footer', () => {
    const framed = [...builtPages()].filter(([path]) => /^\/(de|en)\//.test(path));
    expect(framed.length).toBeGreaterThan(10);
    for (const [path, file] of framed) {
      const lang = path.slice(1, 3);
      expect(parseFile(file)('footer a[data-about-link]').attr('href'), path).toBe(`/${lang}/about/`);
    }
  });

  for (const lang of ['de', 'en'] as const) {
    it(`/${lang}/about/ quotes the licence's notice for who made the site and when, and names no one else`, () => {
      const $ = page(`/${lang}/about/`);
      const line = /^Copyright .+$/m.exec(licence)![0];
      expect($('[data-notice]').text().trim()).toBe(line);
      expect($('h2').length).toBe(7);
      expect($('[data-contact]').attr('data-contact')).toBe('none');
    });

    it(`/${lang}/about/ gives the tone of every relation kind and CAMEO class as the graph draws them`, () => {
      const $ = page(`/${lang}/about/`);
      const kinds = Object.fromEntries($('[data-tone-rules="kinds"] tr[data-kind]').toArray().map((tr) => [tr.attribs['data-kind'], Number(tr.attribs['data-tone'])]));
      expect(kinds).toEqual(toneOfKind);
      const quads = Object.fromEntries($('[data-tone-rules="quads"] tr[data-quad]').toArray().map((tr) => [tr.attribs['data-quad'], Number(tr.attribs['data-tone'])]));
      expect(quads).toEqual(toneOfQuad);
      expect($('[data-tone-rules="quads"] tr[data-quad="verbal-conflict"] td').first().text()).toMatch(/^09 (bis|to) 13$/);
    });

    for (const path of [`/${lang}/`, `/${lang}/sources/`, `/${lang}/about/`]) {
      it(`${path} names the original article: headline, date, authors, and the addresses of the English text and of the German translation`, () => {
        const box = page(path)('[data-article-facts]');
        expect(box.length, path).toBe(1);
        const text = box.text().replace(/\s+/g, ' ');
        expect(text).toContain('Aserbaidschans Aliyev schimpft mit Blinken wegen der US-Unterstützung für Armenien');
        expect(text).toContain("Azerbaijan's Aliyev scolds Blinken over U.S. backing for Armenia");
        expect(text).toContain(lang === 'de' ? '28. November 2023' : '28 November 2023');
        for (const name of ['Nailia Bagirova', 'Felix Light', 'Kevin Liffey']) expect(text).toContain(name);
        expect(box.find('[data-article-link="english"]').attr('href')).toBe(metaValue('headlineSource'));
        expect(box.find('[data-article-link="german"]').attr('href')).toBe(metaValue('translationCopy'));
      });
    }
  }
});
