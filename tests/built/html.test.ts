import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../../scripts/html-files';

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
  it('carries its styles inline on every page but the home pages and worksheets, which link theirs', () => {
    for (const [path, html] of pages) {
      const links = (html.match(/<link rel="stylesheet"/g) ?? []).length;
      const styles = (html.match(/<style>/g) ?? []).length;
      if (/^\/(de|en)\/(worksheet\/.*)?$/.test(path)) expect([path, links > 0, styles], path).toEqual([path, true, 0]);
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
