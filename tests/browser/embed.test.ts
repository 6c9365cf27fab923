import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddableViews } from '../../src/lib/site/embeds';
import { iframeSnippet } from '../../src/lib/site/embed-code';
import { embedTitles } from '../../src/i18n/site';
import type { Frame, Page } from 'playwright-core';
import { loadAt, nextFrames, origin, viewReady, withPage, type ViewTag } from './harness';

let host: Server;
let hostOrigin: string;
/** The parent page for each test, by path, served from a second origin. */
const parentPages = new Map<string, string>();

beforeAll(async () => {
  host = createServer((req, res) => {
    const body = parentPages.get(req.url ?? '') ?? 'not found';
    res.writeHead(parentPages.has(req.url ?? '') ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(body);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => host?.close(r));
});

/** The custom element each embeddable view's script enhances. */
const viewTags: Record<string, ViewTag> = { timeline: 'timeline-view', relations: 'relation-graph', map: 'karabakh-map', story: 'story-steps' };

/** Waits until the page has a loaded frame whose address starts with `prefix`. */
async function frameFor(page: Page, prefix: string): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().startsWith(prefix)), { timeout: 15_000 }).toBe(true);
  const frame = page.frames().find((f) => f.url().startsWith(prefix))!;
  await frame.waitForLoadState('load');
  return frame;
}

/** A host page on the other origin with one iframe, optionally with the resize helper and a message log, and a margin around it (px). */
function hostPage(path: string, iframe: string, withScripts: boolean, margin = 0): string {
  parentPages.set(
    path,
    `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title></head><body style="margin:${margin}px">${iframe}${
      withScripts
        ? `<script src="${origin}/embed-resize.js"></script><script>window.messages=[];addEventListener('message',e=>window.messages.push({origin:e.origin,data:e.data}));</script>`
        : ''
    }</body></html>`,
  );
  return `${hostOrigin}${path}`;
}

describe('embeds in a cross-origin iframe', () => {
  for (const view of embeddableViews) {
    for (const lang of ['de', 'en'] as const) {
      it(`${lang} ${view.key}: the height message arrives, matches the content, and the host script applies it`, async () => {
        const src = `${origin}/embed/${lang}/${view.key}/`;
        const url = hostPage(`/${lang}-${view.key}-scripts`, iframeSnippet(src, view, embedTitles[lang][view.key]), true);
        await withPage(null, { width: 900 }, async ({ page }) => {
          await page.goto(url);
          await page.waitForFunction(() => (window as unknown as { messages: unknown[] }).messages.length > 0, null, { timeout: 15_000 });
          const lastMessage = () => page.evaluate(() => (window as unknown as { messages: { origin: string; data: { type: string; height: number } }[] }).messages.at(-1)!);
          const message = await lastMessage();
          expect(message.origin).toBe(origin);
          expect(message.data.type).toBe('nk-explainer:resize');
          const frame = await frameFor(page, src);
          const contentHeight = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
          // The map grows once Leaflet has loaded; the latest message must match the content then.
          await expect.poll(async () => Math.abs((await lastMessage()).data.height - (await contentHeight())), { timeout: 10_000 }).toBeLessThanOrEqual(2);
          await page.waitForFunction((h) => Math.abs(document.querySelector('iframe')!.getBoundingClientRect().height - h) <= 2, await contentHeight());
        });
      });

      it(`${lang} ${view.key}: without scripts on the host, the fixed-height iframe clips nothing at ${view.width} px`, async () => {
        const src = `${origin}/embed/${lang}/${view.key}/`;
        const url = hostPage(`/${lang}-${view.key}-plain`, iframeSnippet(src, view, embedTitles[lang][view.key]), false);
        await withPage(null, { width: view.width + 40 }, async ({ page }) => {
          await page.goto(url);
          const frame = await frameFor(page, src);
          const { scrollHeight, innerHeight } = await frame.evaluate(() => ({ scrollHeight: document.documentElement.scrollHeight, innerHeight: window.innerHeight }));
          expect(innerHeight).toBe(view.height);
          expect(scrollHeight).toBeLessThanOrEqual(view.height);
        });
      });
    }
  }

  for (const view of embeddableViews) {
    it(`${view.key}: without scripts on the host, on a phone or a narrow column, the iframe grows with its text and clips nothing`, async () => {
      for (const lang of ['de', 'en'] as const) {
        const src = `${origin}/embed/${lang}/${view.key}/`;
        const url = hostPage(`/${lang}-${view.key}-narrow`, iframeSnippet(src, view, embedTitles[lang][view.key]), false, 16);
        await withPage(null, {}, async ({ page }) => {
          for (const width of [320, 375, 414, 600]) {
            await loadAt(page, url, { width, height: 800 });
            const frame = await frameFor(page, src);
            // The map's live layer and the timeline's enhancement may add lines once their scripts run.
            await viewReady(frame, viewTags[view.key]!);
            await nextFrames(frame);
            const { scrollHeight, innerHeight } = await frame.evaluate(() => ({ scrollHeight: document.documentElement.scrollHeight, innerHeight: window.innerHeight }));
            expect(innerHeight, `${lang} ${width} px`).toBeGreaterThan(view.height);
            expect(scrollHeight, `${lang} ${width} px`).toBeLessThanOrEqual(innerHeight);
          }
        });
      }
    });
  }

  for (const view of embeddableViews) {
    it(`${view.key}: with JavaScript off, the embed still fits its ${view.height} px`, async () => {
      for (const lang of ['de', 'en']) {
        await withPage(`/embed/${lang}/${view.key}/`, { javaScriptEnabled: false, width: view.width, height: view.height }, async ({ page }) => {
          expect(await page.evaluate(() => document.documentElement.scrollHeight), lang).toBeLessThanOrEqual(view.height);
          expect(await page.locator('main svg').count(), lang).toBeGreaterThan(0);
        });
      }
    });
  }

  for (const view of embeddableViews) {
    it(`${view.key}: in a frame sandboxed with allow-scripts alone (an opaque origin), the embed's scripts and data load and the view gets ready`, async () => {
      const src = `${origin}/embed/en/${view.key}/`;
      const url = hostPage(`/sandbox-${view.key}`, `<iframe src="${src}" title="embed" width="${view.width}" height="${view.height}" sandbox="allow-scripts"></iframe>`, false);
      await withPage(null, { width: 1280 }, async ({ page, log }) => {
        await page.goto(url);
        const frame = await frameFor(page, src);
        await viewReady(frame, viewTags[view.key]!);
        expect(await frame.evaluate(() => window.origin)).toBe('null');
        expect(log.failedRequests).toEqual([]);
        expect(log.pageErrors).toEqual([]);
      });
    });
  }

  it('takes its state from its URL and carries it to the full view', async () => {
    const src = `${origin}/embed/en/relations/?date=2023-11-27&focus=usa`;
    const url = hostPage('/state', iframeSnippet(src, embeddableViews[1]!, 'Relations'), false);
    await withPage(null, {}, async ({ page }) => {
      await page.goto(url);
      const frame = await frameFor(page, src);
      await expect.poll(() => frame.locator('main').innerText()).toContain('27 November 2023');
      const full = frame.locator('a[data-full-view]');
      await full.hover();
      expect(await full.getAttribute('href')).toBe('/en/relations/?date=2023-11-27&focus=usa');
      expect(await full.getAttribute('target')).toBeNull();
      expect(await frame.evaluate(() => document.querySelector('base')?.target)).toBe('_blank');
    });
  });

  it('lets other sites frame embeds but not the pages', async () => {
    const embed = await fetch(`${origin}/embed/de/timeline/`);
    expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *');
    const page = await fetch(`${origin}/de/timeline/`);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    const url = hostPage('/framed-page', `<iframe src="${origin}/de/timeline/" title="page" width="600" height="400"></iframe>`, false);
    await withPage(null, {}, async ({ page: host }) => {
      await host.goto(url);
      await host.waitForLoadState('load');
      // The browser refuses the framed page and shows its own error document instead.
      const frames = host.frames().filter((f) => f !== host.mainFrame());
      expect(frames.length).toBe(1);
      await expect.poll(() => frames[0]!.url()).not.toMatch(/^(about:blank)?$/);
      expect(frames[0]!.url().startsWith(`${origin}/de/timeline/`) && (await frames[0]!.locator('timeline-view').count()) > 0).toBe(false);
    });
  });
});
