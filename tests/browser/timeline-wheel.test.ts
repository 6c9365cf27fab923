import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { origin, timelineSettled, viewReady, withPage } from './harness';

const widths = [375, 768, 1280] as const;

/** The time domain the timeline shows ("start,end" in ms), as it says itself. */
const domain = (view: Page | Frame) => view.locator('timeline-view').getAttribute('data-domain');
const hintShown = (view: Page | Frame) => view.locator('.tl-wheel-hint').isVisible();

/** Puts the mouse over the middle of the chart, below its overview strip. */
async function pointAtChart(page: Page, view: Page | Frame = page): Promise<void> {
  const box = (await view.locator('.tl-frame svg').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.6);
}

/** Turns the wheel once over the chart and waits until the page has scrolled (or fails when it does not). */
async function wheelScrollsPage(page: Page): Promise<void> {
  const before = await page.evaluate(() => scrollY);
  await page.mouse.wheel(0, 240);
  await page.waitForFunction((y) => scrollY > y, before, { timeout: 5000 });
}

/** A host page on a second origin: some text, the timeline's embed, and more text, so the page scrolls. */
let host: Server;
let hostUrl: string;
beforeAll(async () => {
  const html = `<!doctype html><html lang="en"><head><title>Host</title></head><body style="margin:0"><p style="height:300px">Before</p><iframe src="${origin}/embed/en/timeline/" title="Timeline" style="width:100%;height:1400px;border:0"></iframe><p style="height:1500px">After</p></body></html>`;
  host = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await new Promise((resolve) => host?.close(resolve));
});

describe('the wheel over the timeline scrolls the page; the timeline zooms when the reader asks', () => {
  for (const width of widths) {
    it(`at ${width} px with a mouse: a plain wheel scrolls the page and says once how to zoom; Ctrl + wheel zooms; after a click into the chart the wheel zooms`, async () => {
      await withPage('/en/timeline/', { width, height: 700 }, async ({ page }) => {
        await viewReady(page, 'timeline-view');
        await page.locator('.tl-frame').evaluate((el) => el.scrollIntoView({ block: 'center' }));
        const start = await domain(page);
        await pointAtChart(page);
        await wheelScrollsPage(page);
        await timelineSettled(page);
        expect(await domain(page), 'a plain wheel does not zoom').toBe(start);
        expect(await hintShown(page), 'the hint says how to zoom').toBe(true);

        // Ctrl + wheel zooms the timeline, and the page stays where it is.
        await pointAtChart(page);
        const scrolled = await page.evaluate(() => scrollY);
        await page.keyboard.down('Control');
        await page.mouse.wheel(0, -200);
        await page.keyboard.up('Control');
        await timelineSettled(page);
        const zoomed = await domain(page);
        expect(zoomed).not.toBe(start);
        expect(await page.evaluate(() => scrollY)).toBe(scrolled);

        // A press on the chart (not on an event) lets the wheel zoom without a modifier; the hint goes.
        const box = (await page.locator('.tl-frame svg').boundingBox())!;
        await page.mouse.click(box.x + 4, box.y + box.height - 4);
        expect(await hintShown(page)).toBe(false);
        await page.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.6);
        await page.mouse.wheel(0, -200);
        await timelineSettled(page);
        expect(await domain(page)).not.toBe(zoomed);
        expect(await page.evaluate(() => scrollY)).toBe(scrolled);

        // Once the mouse has left the chart, the wheel belongs to the page again, and the hint does not come back.
        await page.mouse.move(2, 2);
        const before = await domain(page);
        await pointAtChart(page);
        await wheelScrollsPage(page);
        await timelineSettled(page);
        expect(await domain(page)).toBe(before);
        expect(await hintShown(page)).toBe(false);
      });
    });

    it(`at ${width} px with touch emulation and the keyboard: the wheel scrolls the page, and the zoom buttons zoom from the keyboard`, async () => {
      await withPage('/en/timeline/', { width, height: 700, touch: true }, async ({ page }) => {
        await viewReady(page, 'timeline-view');
        await page.locator('.tl-frame').evaluate((el) => el.scrollIntoView({ block: 'center' }));
        const start = await domain(page);
        await pointAtChart(page);
        await wheelScrollsPage(page);
        expect(await domain(page)).toBe(start);
        await page.focus('button[data-zoom="in"]');
        await page.keyboard.press('Enter');
        await timelineSettled(page);
        expect(await domain(page)).not.toBe(start);
      });
    });
  }

  it('inside an embed on another page, a plain wheel over the timeline scrolls the host page', async () => {
    await withPage(null, { width: 768, height: 700 }, async ({ page }) => {
      await page.goto(hostUrl, { waitUntil: 'load' });
      const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
      await viewReady(frame, 'timeline-view');
      const start = await domain(frame);
      // The host page scrolled so that the embedded chart is in the middle of the window.
      const chart = (await frame.locator('.tl-frame svg').boundingBox())!;
      await page.evaluate((y) => scrollTo(0, y), chart.y + chart.height / 2 - 350);
      await pointAtChart(page, frame);
      await wheelScrollsPage(page);
      expect(await domain(frame)).toBe(start);
      expect(await hintShown(frame)).toBe(true);
    });
  });
});
