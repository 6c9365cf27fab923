import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { origin, viewReady, withPage, type ViewTag } from './harness';

let host: Server;
let hostOrigin: string;
const pages = new Map<string, string>();

beforeAll(async () => {
  host = createServer((req, res) => {
    res.writeHead(pages.has(req.url ?? '') ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(pages.get(req.url ?? '') ?? 'not found');
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => host?.close(r));
});

/** A host page on the other origin: `body` inside a column of `column` px. */
function hostPage(path: string, body: string, column: number): string {
  pages.set(path, `<!doctype html><html lang="en"><head><title>Course</title></head><body style="margin:0"><main style="width:${column}px;margin:0 auto">${body}</main></body></html>`);
  return `${hostOrigin}${path}`;
}

async function embedFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().startsWith(`${origin}/embed/`)), { timeout: 15_000 }).toBe(true);
  const frame = page.frames().find((f) => f.url().startsWith(`${origin}/embed/`))!;
  await frame.waitForLoadState('load');
  return frame;
}

describe('the embed panel\'s code and options', () => {
  for (const [view, tag] of [['timeline', 'timeline-view'], ['map', 'karabakh-map']] as const) {
    it(`${view}: the panel's code in a 600 px course column on a 1280 px screen, on another origin, cuts nothing and has no inner scrollbar`, async () => {
      await withPage(`/en/${view}/`, { width: 1280 }, async ({ page }) => {
        await page.click('lesson-kit summary >> nth=0');
        await expect.poll(() => page.inputValue('[data-kit-snippet]')).toContain(origin);
        const snippet = await page.inputValue('[data-kit-snippet]');
        expect(await page.inputValue('[data-kit-helper]')).toBe(`<script src="${origin}/embed-resize.js" defer></script>`);
        await page.goto(hostPage(`/column-${view}`, snippet, 600));
        const frame = await embedFrame(page);
        await viewReady(frame, tag as ViewTag);
        const seen = await frame.evaluate(() => ({ scroll: document.documentElement.scrollHeight, client: document.documentElement.clientHeight, width: innerWidth }));
        expect(seen.width).toBe(600);
        expect(seen.scroll).toBeLessThanOrEqual(seen.client);
      });
    });
  }

  it('writes the options into the code as they change: theme, controls, the box', async () => {
    await withPage('/en/relations/?date=2023-11-27', {}, async ({ page }) => {
      await page.click('lesson-kit summary >> nth=0');
      await expect.poll(() => page.inputValue('[data-kit-snippet]')).toMatch(/^<div style="container-type:inline-size/);
      await page.selectOption('[data-kit-option="theme"]', 'light');
      await page.uncheck('[data-kit-option="controls"]');
      expect(await page.inputValue('[data-kit-snippet]')).toContain('/embed/en/relations/?date=2023-11-27&amp;theme=light&amp;controls=0"');
      await page.uncheck('[data-kit-option="responsive"]');
      expect(await page.inputValue('[data-kit-snippet]')).toMatch(/^<iframe /);
      await page.selectOption('[data-kit-option="theme"]', 'auto');
      await page.check('[data-kit-option="controls"]');
      expect(await page.inputValue('[data-kit-snippet]')).not.toMatch(/theme=|controls=/);
    });
  });

  it('an embed keeps to ?theme= whatever the reader\'s scheme, hides its controls for ?controls=0, and ignores broken values', async () => {
    await withPage(null, { colorScheme: 'dark' }, async ({ page }) => {
      const look = async (query: string) => {
        await page.goto(`${origin}/embed/en/timeline/${query}`);
        await viewReady(page, 'timeline-view');
        return page.evaluate(() => ({ background: getComputedStyle(document.body).backgroundColor, controls: getComputedStyle(document.querySelector('.tl-controls')!).display !== 'none' }));
      };
      expect(await look('?theme=light')).toEqual({ background: 'rgb(255, 255, 255)', controls: true });
      expect(await look('?theme=bogus&controls=maybe')).toEqual({ background: 'rgb(20, 20, 20)', controls: true });
      expect(await look('?controls=0')).toEqual({ background: 'rgb(20, 20, 20)', controls: false });
      const fullView = await page.getAttribute('a[data-full-view]', 'href');
      expect(fullView).toBe('/en/timeline/');
    });
    await withPage('/embed/en/map/?theme=dark', { colorScheme: 'light' }, async ({ page }) => {
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 20, 20)');
    });
  });

  it('in a frame sandboxed with allow-scripts alone, "open in full view" shows its address; with allow-popups it opens a window', async () => {
    for (const sandbox of ['allow-scripts', 'allow-scripts allow-popups']) {
      const src = `${origin}/embed/en/relations/?date=2023-11-27`;
      const url = hostPage(`/sandbox-${sandbox.length}`, `<iframe src="${src}" title="embed" width="800" height="1560" sandbox="${sandbox}"></iframe>`, 800);
      await withPage(null, { width: 1280 }, async ({ page, context }) => {
        await page.goto(url);
        const frame = await embedFrame(page);
        await viewReady(frame, 'relation-graph');
        const link = frame.locator('a[data-full-view]');
        if (sandbox === 'allow-scripts') {
          await link.click();
          await frame.locator('[data-embed-blocked]').waitFor({ state: 'visible' });
          expect(await frame.locator('[data-embed-blocked-url]').innerText()).toBe(`${origin}/en/relations/?date=2023-11-27`);
          expect(context.pages().length).toBe(1);
        } else {
          const [opened] = await Promise.all([context.waitForEvent('page'), link.click()]);
          // The frame opens the window; that the page shows in it is checked in embed-sandbox-popup.test.ts.
          expect(opened).toBeDefined();
          expect(await frame.locator('[data-embed-blocked]').isVisible()).toBe(false);
        }
      });
    }
  });
});
