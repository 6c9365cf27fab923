import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../../scripts/html-files';
import { worksheets } from '../../src/i18n/worksheets';
import { escapeMarkup } from '../../src/lib/text/escape';

const dist = join(__dirname, '..', '..', 'dist');


/** The built pages, by site path ("/de/sources/"), without the root redirect. */
const pages = new Map(
  htmlFiles(dist)
    .map((file) => [`/${relative(dist, file).replace(/index\.html$/, '')}`, readFileSync(file, 'utf8')] as const)
    .filter(([path]) => path !== '/'),
);
const contentPages = [...pages.keys()].filter((p) => /^\/(de|en)\//.test(p));

function attr(html: string, selector: RegExp): string | undefined {
  return selector.exec(html)?.[1];
}

function resolveTarget(path: string): string | undefined {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
  const file = join(dist, clean);
  if (existsSync(file) && statSync(file).isFile()) return file;
  if (existsSync(join(file, 'index.html'))) return join(file, 'index.html');
  return undefined;
}

describe('the built HTML', () => {
  it('prints on each worksheet the report\'s words its questions ask about: the quotation, its translation and who made the claim', () => {
    const generated = join(__dirname, '..', '..', 'src', 'generated', 'data');
    const records = new Map<string, { quote?: string; translation?: string; claim?: { attribution: Record<string, string> } }>();
    for (const name of ['events', 'relations', 'places']) for (const r of JSON.parse(readFileSync(join(generated, `${name}.json`), 'utf8'))) records.set(`${name.slice(0, -1)}:${r.id}`, r);
    let checked = 0;
    for (const lang of ['de', 'en'] as const) {
      for (const [view, sheet] of Object.entries(worksheets[lang].views)) {
        const html = pages.get(`/${lang}/worksheet/${view}/`)!;
        const section = /<section class="ws-material"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
        expect(section === '', `${lang} ${view}`).toBe(!sheet.material);
        for (const { kind, id } of sheet.material ?? []) {
          const record = records.get(`${kind}:${id}`)!;
          expect(section, `${lang} ${view} ${id}`).toContain(escapeMarkup(record.quote!));
          expect(section, `${lang} ${view} ${id}`).toContain(escapeMarkup(record.translation!));
          if (record.claim) expect(section, `${lang} ${view} ${id}`).toContain(escapeMarkup(record.claim.attribution[lang]!));
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('gives the timeline worksheet a second drawing of the background events since 1988, which its question asks about, with ids of its own', () => {
    const generated = join(__dirname, '..', '..', 'src', 'generated', 'data');
    const background = (JSON.parse(readFileSync(join(generated, 'events.json'), 'utf8')) as { id: string; origin: string; date: { end: string } }[]).filter((e) => e.origin === 'background' && e.date.end < '2023-01-01');
    expect(background.length).toBeGreaterThan(0);
    for (const lang of ['de', 'en']) {
      const html = pages.get(`/${lang}/worksheet/timeline/`)!;
      const snapshot = /<figure class="tl-snapshot"[\s\S]*?<\/figure>/.exec(html)?.[0];
      expect(snapshot, lang).toBeDefined();
      expect(snapshot, lang).toContain('aria-labelledby="ws-background-title ws-background-desc"');
      // Every background event before 2023 is drawn and shown (not display="none").
      for (const e of background) expect(snapshot, `${lang} ${e.id}`).toMatch(new RegExp(`data-id="${e.id}" transform="[^"]+">`));
      // No event from the article is shown.
      const articleMarks = [...snapshot!.matchAll(/<g class="tl-event tl-origin-article[^>]*>/g)].map((m) => m[0]);
      expect(articleMarks.filter((mark) => !mark.includes('display="none"')), lang).toEqual([]);
    }
  });

  it('gives the relations worksheet a second graph at the date its question about change names, so the question can be answered on paper', () => {
    for (const [lang, later] of [['de', '6. Dezember 2023'], ['en', '6 December 2023']] as const) {
      const html = pages.get(`/${lang}/worksheet/relations/`)!;
      const titles = [...html.matchAll(/<h2 id="(ws-title|ws-later-title)" class="rg-title"[^>]*>([^<]+)<\/h2>/g)].map((m) => m[2]!);
      expect(titles, lang).toHaveLength(2);
      expect(titles[1], lang).toContain(later);
      const question = [...html.matchAll(/<ol class="ws-questions"[^>]*>([\s\S]*?)<\/ol>/g)][0]![1]!.match(/<p[^>]*>([^<]*)<\/p>/g)!.at(-1)!;
      expect(question, lang).toContain(later);
      // The main graph's date is the report's, which the question names too.
      expect(question, lang).toContain(lang === 'de' ? '28. November' : '28 November');
      expect(titles[0], lang).toContain(lang === 'de' ? '28. November 2023' : '28 November 2023');
      // The two drawings differ: the later one shows another set of relations.
      const drawings = [...html.matchAll(/<svg[^>]*class="rg-svg[^"]*"[\s\S]*?<\/svg>/g)].map((m) => m[0].replace(/ws-later|ws/g, ''));
      expect(drawings, lang).toHaveLength(2);
      expect(drawings[0], lang).not.toBe(drawings[1]);
    }
  });

  it('carries its styles inline on every page but the home pages, the story and worksheets, which link theirs', () => {
    for (const [path, html] of pages) {
      const links = (html.match(/<link rel="stylesheet"/g) ?? []).length;
      const styles = (html.match(/<style>/g) ?? []).length;
      if (/^\/(embed\/)?(de|en)\/(worksheet\/.*|story\/)?$/.test(path) && !/^\/embed\/(de|en)\/$/.test(path)) expect([path, links > 0, styles], path).toEqual([path, true, 0]);
      else expect([path, links, styles > 0], path).toEqual([path, 0, true]);
    }
  });

  it('has the pages of both languages', () => {
    for (const path of ['/de/', '/en/', '/de/sources/', '/en/sources/']) expect(contentPages).toContain(path);
  });

  for (const path of contentPages) {
    const html = pages.get(path)!;
    const lang = path.slice(1, 3);

    it(`${path} has its language, a title, a description, canonical and Open Graph tags`, () => {
      expect(attr(html, /<html[^>]*\slang="([^"]+)"/)).toBe(lang);
      expect(attr(html, /<title>([^<]+)<\/title>/)?.length ?? 0).toBeGreaterThan(10);
      expect(attr(html, /<meta name="description" content="([^"]+)"/)?.length ?? 0).toBeGreaterThan(40);
      const canonical = attr(html, /<link rel="canonical" href="([^"]+)"/);
      expect(canonical && new URL(canonical).pathname).toBe(path);
      for (const property of ['og:title', 'og:description', 'og:url', 'og:type', 'og:locale']) {
        expect(html, property).toMatch(new RegExp(`<meta property="${property}" content="[^"]+"`));
      }
      expect(attr(html, /<link rel="alternate" hreflang="(de|en)" href="[^"]+"/)).toBeDefined();
    });

    it(`${path} has no NaN or undefined in any attribute`, () => {
      const bad = [...html.matchAll(/\s[\w:-]+="[^"]*\b(NaN|undefined|null|\[object Object\])\b[^"]*"/g)].map((m) => m[0]);
      expect(bad).toEqual([]);
    });

    it(`${path} links only to files and anchors that exist`, () => {
      const broken: string[] = [];
      for (const [, target] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        if (/^(https?:|mailto:|data:)/.test(target!)) continue;
        const [file, hash] = target!.split('#');
        const absolute = file === '' ? path : file!.startsWith('/') ? file! : new URL(file!, `http://x${path}`).pathname;
        const resolved = resolveTarget(absolute);
        if (!resolved) {
          broken.push(target!);
          continue;
        }
        if (hash && resolved.endsWith('.html')) {
          const targetHtml = readFileSync(resolved, 'utf8');
          if (!new RegExp(`\\sid="${hash.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`).test(targetHtml)) broken.push(target!);
        }
      }
      expect(broken).toEqual([]);
    });

    it(`${path} has no inline script: only bundled modules and JSON data with "<" escaped`, () => {
      for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        const tag = match[1] ?? '';
        const body = match[2] ?? '';
        if (/type="application\/json"/.test(tag)) {
          expect(body).not.toContain('<');
          expect(() => JSON.parse(body)).not.toThrow();
        } else {
          expect(tag).toMatch(/type="module"[^>]*src="\/_astro\/[^"]+\.js"|src="\/_astro\/[^"]+\.js"[^>]*type="module"/);
          expect(body.trim()).toBe('');
        }
      }
    });

    it(`${path} loads no script, style, font or image from another host`, () => {
      const foreign = [...html.matchAll(/<(?:script|link|img|iframe|source)\b[^>]*\s(?:src|href)="(https?:[^"]+)"/g)]
        .map((m) => m[1]!)
        .filter((url) => !url.startsWith('http://127.0.0.1'));
      // Canonical and alternate links name the site itself; nothing else may point elsewhere.
      const loaded = foreign.filter((url) => !/rel="(canonical|alternate)"/.test(html.slice(html.indexOf(url) - 80, html.indexOf(url))));
      expect(loaded).toEqual([]);
    });
  }
});
