import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { worksheets } from '../../src/i18n/worksheets';
import { builtPages, page, parseFile, resolveTarget } from './built-site';

const pages = builtPages();
const contentPages = [...pages.keys()].filter((p) => /^\/(de|en)\//.test(p));
const generated = join(__dirname, '..', '..', 'src', 'generated', 'data');

describe('the built HTML', () => {
  it('prints on each worksheet the report\'s words its questions ask about: the quotation, its translation and who made the claim', () => {
    const records = new Map<string, { quote?: string; translation?: string; claim?: { attribution: Record<string, string> } }>();
    for (const name of ['events', 'relations', 'places']) for (const r of JSON.parse(readFileSync(join(generated, `${name}.json`), 'utf8'))) records.set(`${name.slice(0, -1)}:${r.id}`, r);
    let checked = 0;
    for (const lang of ['de', 'en'] as const) {
      for (const [view, sheet] of Object.entries(worksheets[lang].views)) {
        const $ = page(`/${lang}/worksheet/${view}/`);
        const section = $('section.ws-material');
        expect(section.length, `${lang} ${view}`).toBe(sheet.material ? 1 : 0);
        const text = section.text();
        for (const { kind, id } of sheet.material ?? []) {
          const record = records.get(`${kind}:${id}`)!;
          expect(text, `${lang} ${view} ${id}`).toContain(record.quote!);
          expect(text, `${lang} ${view} ${id}`).toContain(record.translation!);
          if (record.claim) expect(text, `${lang} ${view} ${id}`).toContain(record.claim.attribution[lang]!);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('gives each worksheet an answer key for the teacher on a page of its own, linked from the teaching page and the sheet (on screen), with one answer per question and none on the sheet', () => {
    for (const lang of ['de', 'en'] as const) {
      const teachPage = page(`/${lang}/teach/`);
      for (const [view, sheet] of Object.entries(worksheets[lang].views)) {
        const path = `/${lang}/worksheet/${view}/answers/`;
        const $ = page(path);
        expect($('.ak-questions > li').length, path).toBe(sheet.questions.length);
        $('.ak-questions > li').each((i, li) => {
          expect($(li).find('.ak-question').text(), `${path} ${i}`).toBe(sheet.questions[i]);
          expect($(li).find('.ak-lines > li').length, `${path} ${i}`).toBeGreaterThan(0);
        });
        expect(teachPage(`a[href="${path}"]`).length, `teach links ${path}`).toBe(1);
        const pupils = page(`/${lang}/worksheet/${view}/`);
        expect(pupils(`.ws-hint a[href="${path}"]`).length, `sheet links ${path}`).toBe(1);
        expect(pupils('.ak-questions, .ak-lines').length, `${view} sheet`).toBe(0);
      }
    }
  });

  it('gives the timeline worksheet a second drawing of the background events since 1988, which its question asks about, with ids of its own', () => {
    const background = (JSON.parse(readFileSync(join(generated, 'events.json'), 'utf8')) as { id: string; origin: string; date: { end: string } }[]).filter((e) => e.origin === 'background' && e.date.end < '2023-01-01');
    expect(background.length).toBeGreaterThan(0);
    for (const lang of ['de', 'en']) {
      const $ = page(`/${lang}/worksheet/timeline/`);
      const snapshot = $('figure.tl-snapshot');
      expect(snapshot.length, lang).toBe(1);
      expect(snapshot.find('[aria-labelledby="ws-background-title ws-background-desc"]').length, lang).toBe(1);
      // Every background event before 2023 is drawn and shown (not display="none").
      for (const e of background) {
        const mark = snapshot.find(`[data-id="${e.id}"][transform]`);
        expect(mark.length, `${lang} ${e.id}`).toBe(1);
        expect(mark.attr('display'), `${lang} ${e.id}`).toBeUndefined();
      }
      // No event from the article is shown.
      const articleMarks = snapshot.find('g.tl-event.tl-origin-article');
      expect(articleMarks.length, lang).toBeGreaterThan(0);
      expect(articleMarks.filter((_, mark) => $(mark).attr('display') !== 'none').length, lang).toBe(0);
    }
  });

  it('gives the relations worksheet a second graph at the date its question about change names, so the question can be answered on paper', () => {
    for (const [lang, later] of [['de', '6. Dezember 2023'], ['en', '6 December 2023']] as const) {
      const $ = page(`/${lang}/worksheet/relations/`);
      const titles = $('h2.rg-title#ws-title, h2.rg-title#ws-later-title').map((_, h) => $(h).text()).get();
      expect(titles, lang).toHaveLength(2);
      expect(titles[1], lang).toContain(later);
      const question = $('ol.ws-questions').first().find('p').last().text();
      expect(question, lang).toContain(later);
      // The main graph's date is the report's, which the question names too.
      expect(question, lang).toContain(lang === 'de' ? '28. November' : '28 November');
      expect(titles[0], lang).toContain(lang === 'de' ? '28. November 2023' : '28 November 2023');
      // The two drawings differ: the later one shows another set of relations.
      const drawings = $('svg.rg-svg').map((_, svg) => $.html(svg).replace(/ws-later|ws/g, '')).get();
      expect(drawings, lang).toHaveLength(2);
      expect(drawings[0], lang).not.toBe(drawings[1]);
    }
  });

  it('carries its styles inline on every page but the home pages, the story and worksheets, which link theirs', () => {
    for (const [path, file] of pages) {
      const $ = parseFile(file);
      const links = $('link[rel="stylesheet"]').length;
      const styles = $('style').length;
      if (/^\/(embed\/)?(de|en)\/(worksheet\/.*|story\/)?$/.test(path) && !/^\/embed\/(de|en)\/$/.test(path)) expect([path, links > 0, styles], path).toEqual([path, true, 0]);
      else expect([path, links, styles > 0], path).toEqual([path, 0, true]);
    }
  });

  it('has the pages of both languages', () => {
    for (const path of ['/de/', '/en/', '/de/sources/', '/en/sources/']) expect(contentPages).toContain(path);
  });

  for (const path of contentPages) {
    const $ = () => parseFile(pages.get(path)!);
    const lang = path.slice(1, 3);

    it(`${path} has its language, a title, a description, canonical and Open Graph tags`, () => {
      const doc = $();
      expect(doc('html').attr('lang')).toBe(lang);
      expect(doc('head > title').text().length).toBeGreaterThan(10);
      expect(doc('meta[name="description"]').attr('content')?.length ?? 0).toBeGreaterThan(40);
      const canonical = doc('link[rel="canonical"]').attr('href');
      expect(canonical && new URL(canonical).pathname).toBe(path);
      for (const property of ['og:title', 'og:description', 'og:url', 'og:type', 'og:locale']) {
        expect(doc(`meta[property="${property}"]`).attr('content') ?? '', property).not.toBe('');
      }
      const alternates = doc('link[rel="alternate"][hreflang]').map((_, l) => doc(l).attr('hreflang')).get();
      expect(alternates.some((l) => l === 'de' || l === 'en')).toBe(true);
    });

    it(`${path} has no NaN or undefined in any attribute`, () => {
      const doc = $();
      const bad = doc('*')
        .toArray()
        .flatMap((el) => ('attribs' in el ? [el] : []))
        .flatMap((el) => Object.entries(el.attribs).filter(([, value]) => /\b(NaN|undefined|null|\[object Object\])\b/.test(value)).map(([name, value]) => `<${el.tagName} ${name}="${value}">`));
      expect(bad).toEqual([]);
    });

    it(`${path} links only to files and anchors that exist`, () => {
      const doc = $();
      const targets = doc('[href], [src]').toArray().flatMap((el) => [el.attribs.href, el.attribs.src].filter((v): v is string => v !== undefined));
      expect(targets.length).toBeGreaterThan(0);
      const broken: string[] = [];
      for (const target of targets) {
        if (/^(https?:|mailto:|data:)/.test(target)) continue;
        const [file, hash] = target.split('#');
        const absolute = file === '' ? path : file!.startsWith('/') ? file! : new URL(file!, `http://x${path}`).pathname;
        const resolved = resolveTarget(absolute);
        if (!resolved) broken.push(target);
        else if (hash && resolved.endsWith('.html') && parseFile(resolved)(`[id="${decodeURIComponent(hash)}"]`).length === 0) broken.push(target);
      }
      expect(broken).toEqual([]);
    });

    it(`${path} has no inline script: only bundled modules and JSON data with "<" escaped`, () => {
      const doc = $();
      const scripts = doc('script').toArray();
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) {
        const body = doc(script).text();
        if (script.attribs.type === 'application/json') {
          expect(body).not.toContain('<');
          expect(() => JSON.parse(body)).not.toThrow();
        } else {
          expect(script.attribs.type).toBe('module');
          expect(script.attribs.src).toMatch(/^\/_astro\/[^/]+\.js$/);
          expect(body.trim()).toBe('');
        }
      }
    });

    it(`${path} loads no script, style, font or image from another host`, () => {
      const doc = $();
      // Canonical and alternate links name the site itself; nothing else may point elsewhere.
      const loaded = doc('script[src], link[href]:not([rel="canonical"]):not([rel="alternate"]), img[src], iframe[src], source[src], video[src], audio[src]')
        .toArray()
        .map((el) => el.attribs.src ?? el.attribs.href ?? '')
        .filter((url) => /^(https?:)?\/\//.test(url) && !url.startsWith('http://127.0.0.1'));
      expect(loaded).toEqual([]);
    });
  }
});
