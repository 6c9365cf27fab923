import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadAt, origin, timelineSettled, viewReady, withPage } from './harness';

const DAY = 86_400_000;

/** The domain the timeline has laid out (`data-domain`), in ms. */
async function domainOf(page: Page): Promise<[number, number]> {
  const text = await page.locator('timeline-view').getAttribute('data-domain');
  return text!.split(',').map(Number) as [number, number];
}

/** The address's `span` parameter, or null. */
const spanOf = (page: Page) => new URL(page.url()).searchParams.get('span');

describe('a visitor\'s first minutes with the timeline', () => {
  it('on a 375 px phone every label shows its whole title, on several lines where needed, inside the frame and clear of every other label', async () => {
    await withPage('/de/timeline/', { width: 375, height: 800 }, async ({ page, log }) => {
      await viewReady(page, 'timeline-view');
      const { labels, frame, titles } = await page.evaluate(() => {
        const view = document.querySelector('timeline-view')!;
        const config = JSON.parse(view.querySelector('.tl-config')!.textContent!) as { events: { id: string; title: string }[] };
        const shown = [...view.querySelectorAll<SVGTextElement>('.tl-frame .tl-event:not([display]) .tl-label:not([display])')];
        return {
          frame: view.querySelector('.tl-frame svg')!.getBoundingClientRect().toJSON() as DOMRect,
          titles: Object.fromEntries(config.events.map((e) => [e.id, e.title])),
          labels: shown.map((label) => {
            const lines = [...label.querySelectorAll('tspan')].map((t) => t.textContent);
            return { id: label.closest<SVGGElement>('.tl-event')!.dataset.id!, text: lines.length > 0 ? lines.join(' ') : label.textContent, box: label.getBoundingClientRect().toJSON() as DOMRect };
          }),
        };
      });
      expect(labels.length).toBeGreaterThan(12);
      for (const { id, text, box } of labels) {
        expect(text, id).toBe(titles[id]);
        expect(box.left, id).toBeGreaterThanOrEqual(frame.left);
        expect(box.right, id).toBeLessThanOrEqual(frame.right);
        expect(box.top, id).toBeGreaterThanOrEqual(frame.top);
        expect(box.bottom, id).toBeLessThanOrEqual(frame.bottom);
      }
      const hits = labels.flatMap((a, i) => labels.slice(i + 1).filter((b) => a.box.left < b.box.right - 0.5 && b.box.left < a.box.right - 0.5 && a.box.top < b.box.bottom - 0.5 && b.box.top < a.box.bottom - 0.5).map((b) => `${a.id} × ${b.id}`));
      expect(hits).toEqual([]);
      expect(log.pageErrors).toEqual([]);
    });
  });

  it('a zoomed view writes its span into the address once it settles, and the page and the embed reload to the same span; a broken span falls back to the default view', async () => {
    await withPage('/en/timeline/', {}, async ({ page, log }) => {
      await viewReady(page, 'timeline-view');
      const article = await domainOf(page);
      const entries = await page.evaluate(() => history.length);
      const box = await page.locator('.tl-frame svg').boundingBox();
      await page.mouse.move(box!.x + box!.width * 0.3, box!.y + box!.height / 2);
      await page.keyboard.down('Control');
      for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -200);
      await page.keyboard.up('Control');
      await timelineSettled(page);
      await page.waitForURL(/[?&]span=/);
      const span = spanOf(page)!;
      expect(span).toMatch(/^2023-\d\d-\d\d,2023-\d\d-\d\d$/);
      const zoomed = await domainOf(page);
      expect(zoomed[1] - zoomed[0]).toBeLessThan((article[1] - article[0]) / 2);
      // The wheel's ticks replaced one history entry instead of adding one each.
      expect(await page.evaluate(() => history.length)).toBe(entries);

      for (const path of [`/en/timeline/?span=${span}`, `/embed/en/timeline/?span=${span}`]) {
        await loadAt(page, path, { width: 1280, height: 900 });
        await viewReady(page, 'timeline-view');
        const [start, end] = await domainOf(page);
        // Within half a day of each end: the address writes whole days.
        expect(Math.abs(start - zoomed[0]), path).toBeLessThanOrEqual(DAY / 2);
        expect(Math.abs(end - zoomed[1]), path).toBeLessThanOrEqual(DAY / 2);
        expect(spanOf(page), path).toBe(span);
      }

      for (const broken of ['2023-10-03,2023-09-19', '2023-09-19,2031-01-01', '2023-02-30,2023-03-20', 'soon']) {
        await loadAt(page, `/en/timeline/?span=${broken}`, { width: 1280, height: 900 });
        await viewReady(page, 'timeline-view');
        expect(await domainOf(page), broken).toEqual(article);
      }
      expect(log.pageErrors).toEqual([]);
      expect(page.url().startsWith(origin)).toBe(true);
    });
  });
});
