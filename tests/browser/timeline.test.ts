import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { axeViolations, loadAt, nextFrames, timelineSettled, viewReady, withPage } from './harness';

/** Bounding boxes of the drawn event labels, and the pairs that overlap. */
async function labelOverlaps(page: Page): Promise<{ count: number; overlaps: string[]; outside: string[] }> {
  return page.evaluate(() => {
    const svg = document.querySelector('.tl-frame svg')!;
    const frame = svg.getBoundingClientRect();
    const labels = [...svg.querySelectorAll<SVGTextElement>('.tl-event:not([display]) .tl-label:not([display]), .tl-cluster text')].map((t) => ({ id: t.closest('[data-id]')?.getAttribute('data-id') ?? t.textContent ?? '', r: t.getBoundingClientRect() }));
    const overlaps: string[] = [];
    const outside: string[] = [];
    labels.forEach((a, i) => {
      if (a.r.left < frame.left - 0.5 || a.r.right > frame.right + 0.5) outside.push(a.id);
      for (const b of labels.slice(i + 1)) {
        if (a.r.left < b.r.right - 0.5 && b.r.left < a.r.right - 0.5 && a.r.top < b.r.bottom - 0.5 && b.r.top < a.r.bottom - 0.5) overlaps.push(`${a.id} × ${b.id}`);
      }
    });
    return { count: labels.length, overlaps, outside };
  });
}

/** The events in the data, and how many of them overlap the article's range (September 2023 to the end of the year). */
const dataEvents = JSON.parse(readFileSync('src/generated/data/events.json', 'utf8')) as { date: { start: string; end: string } }[];
const inArticleRange = dataEvents.filter((e) => e.date.end >= '2023-09-01' && e.date.start < '2024-01-01').length;

const visibleIds = (page: Page) => page.$$eval('.tl-frame .tl-event:not([display])', (els) => els.map((e) => e.getAttribute('data-id')!));
const cardTitle = (page: Page) => page.locator('.tl-card-slot .event-card-title').innerText();

describe('the timeline page', () => {
  it('/en/timeline/ has the SVG, the legend and the list with JavaScript off', async () => {
    await withPage('/en/timeline/', { javaScriptEnabled: false }, async ({ page }) => {
      expect(await page.locator('.tl-frame svg[role="img"]').count()).toBe(1);
      expect(await page.locator('.tl-frame svg title#tl-title').textContent()).toMatch(/Timeline/);
      expect(await page.locator('.tl-frame .tl-event:not([display])').count()).toBe(inArticleRange);
      expect(await page.locator('.tl-list .event-card').count()).toBe(dataEvents.length);
      expect(await page.locator('.tl-list').innerText()).toContain('Aliyev');
      expect(await page.locator('.tl-controls').isVisible()).toBe(false);
    });
  });

  it('without JavaScript on a phone the drawing keeps legible labels and scrolls sideways in its frame; with it, the frame fits and is no tab stop', async () => {
    for (const path of ['/en/timeline/', '/embed/de/timeline/']) {
      await withPage(path, { javaScriptEnabled: false, width: 375, height: 740 }, async (plain) => {
        const seen = await plain.page.evaluate(() => {
          const frame = document.querySelector<HTMLElement>('.tl-frame')!;
          const label = document.querySelector('.tl-frame .tl-event:not([display]) .tl-label')!.getBoundingClientRect();
          return { pageWidth: document.documentElement.scrollWidth, scrolls: frame.scrollWidth > frame.clientWidth, labelHeight: label.height };
        });
        expect(seen.pageWidth, path).toBeLessThanOrEqual(375);
        expect(seen.scrolls, path).toBe(true);
        expect(seen.labelHeight, path).toBeGreaterThanOrEqual(9);
        await plain.page.locator('.tl-frame').focus();
        await plain.page.keyboard.press('ArrowRight');
        await expect.poll(() => plain.page.locator('.tl-frame').evaluate((el) => el.scrollLeft), { timeout: 2000 }).toBeGreaterThan(0);
      });

      await withPage(path, { width: 375, height: 740 }, async (live) => {
        await viewReady(live.page, 'timeline-view');
        expect(await live.page.locator('.tl-frame').evaluate((el) => [el.scrollWidth <= el.clientWidth, el.hasAttribute('tabindex')]), path).toEqual([true, false]);
      });
    }
  });

  it('/de/timeline/ writes German month ticks, and day ticks once zoomed in by its buttons', async () => {
    // Its console and requests are checked with every page's (site.test.ts).
    await withPage('/de/timeline/', {}, async ({ page }) => {
      await viewReady(page, 'timeline-view');
      expect(await page.locator('.tl-tick text').allTextContents()).toContain('Okt.');
      await page.click('button[data-zoom="in"]');
      await page.click('button[data-zoom="in"]');
      await timelineSettled(page);
      expect((await page.locator('.tl-tick text').allTextContents()).some((t) => /^\d{1,2}\. (Sept|Okt|Nov|Dez)\.$/.test(t))).toBe(true);
    });
  });

  it('keyboard alone reaches and opens every event, in both ranges', async () => {
    await withPage('/en/timeline/', {}, async ({ page }) => {
      await viewReady(page, 'timeline-view');
      const opened = new Set<string>();
      for (const range of ['article', 'background']) {
        await page.focus(`button[data-range="${range}"]`);
        await page.keyboard.press('Enter');
        const ids = await visibleIds(page);
        await page.focus(`.tl-event[data-id="${ids[0]}"]`);
        for (let i = 0; i < ids.length; i++) {
          const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
          expect(focused).toBe(ids[i]);
          await page.keyboard.press('Enter');
          expect(await page.locator('.tl-card-slot .event-card').getAttribute('data-id')).toBe(ids[i]);
          opened.add(ids[i]!);
          // The card takes focus; Escape gives it back to the event, and the arrows go on from there.
          expect(await page.evaluate(() => document.activeElement?.classList.contains('tl-card-panel'))).toBe(true);
          await page.keyboard.press('Escape');
          await page.keyboard.press('ArrowRight');
        }
      }
      const all = await page.$$eval('.tl-list .event-card', (els) => els.map((e) => e.getAttribute('data-id')!));
      expect([...opened].sort()).toEqual(all.sort());
    });
  });

  it('Tab moves from event to event in time order', async () => {
    await withPage('/en/timeline/', {}, async ({ page }) => {
      await viewReady(page, 'timeline-view');
      const ids = await visibleIds(page);
      await page.focus(`.tl-event[data-id="${ids[0]}"]`);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(ids[1]);
    });
  });

  it('a click opens the right card with the right quote', async () => {
    await withPage('/en/timeline/', {}, async ({ page }) => {
      await viewReady(page, 'timeline-view');
      await page.click('.tl-event[data-id="phone-call"] .tl-label');
      expect(await cardTitle(page)).toBe('Blinken calls Aliyev');
      // textContent: the list below is laid out only when it comes near (content-visibility), so its innerText is empty.
      const words = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
      const quote = words(await page.locator('.tl-card-slot blockquote').textContent());
      const expected = words(await page.locator('.tl-list .event-card[data-id="phone-call"] blockquote').textContent());
      expect(quote).toBe(expected);
      expect(quote.length).toBeGreaterThan(10);
      expect(page.url()).toContain('?event=phone-call');
    });
  });

  it('filters hide and restore events', async () => {
    await withPage('/en/timeline/', {}, async ({ page }) => {
      await viewReady(page, 'timeline-view');
      const before = await visibleIds(page);
      await page.uncheck('input[data-actor="usa"]');
      const hidden = await visibleIds(page);
      expect(hidden).not.toContain('phone-call');
      expect(hidden.length).toBeLessThan(before.length);
      expect(page.url()).toContain('hide=usa');
      await page.click('button[data-origin="background"]');
      expect((await visibleIds(page)).every((id) => !['exodus', 'offensive'].includes(id))).toBe(true);
      await page.click('button[data-origin="all"]');
      await page.check('input[data-actor="usa"]');
      expect(await visibleIds(page)).toEqual(before);
      await page.goBack();
      await page.goBack();
      expect(await page.isChecked('input[data-actor="usa"]')).toBe(false);
      expect(await page.getAttribute('button[data-origin="background"]', 'aria-pressed')).toBe('true');
      expect(await visibleIds(page)).not.toContain('phone-call');
      await page.goForward();
      await page.goForward();
      expect(await visibleIds(page)).toEqual(before);
    });
  });

  it('on a phone the filters fold into one line that says which are set, and the chart starts on the first screen', async () => {
    await withPage('/en/timeline/?hide=usa,russia&origin=article', { width: 375, height: 740 }, async ({ page }) => {
      await viewReady(page, 'timeline-view');
      expect(await page.locator('.tl-filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      expect((await page.locator('.tl-filters > summary').innerText()).trim()).toBe('Filters: actors and origin (2 hidden, only from the article)');
      expect(await page.locator('input[data-actor="usa"]').isVisible()).toBe(false);
      const chartTop = await page.locator('.tl-frame').evaluate((el) => el.getBoundingClientRect().top);
      expect(chartTop).toBeLessThan(740 - 200);
      await page.locator('.tl-filters > summary').click();
      await page.locator('input[data-actor="usa"]').check();
      await page.waitForURL((url) => url.searchParams.get('hide') === 'russia');
      expect((await page.locator('.tl-filters > summary').innerText()).trim()).toBe('Filters: actors and origin (1 hidden, only from the article)');
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.waitForFunction(() => (document.querySelector('.tl-filters') as HTMLDetailsElement).open);
      expect(await page.locator('.tl-filters > summary').isVisible()).toBe(false);
    });
  });

  it('lays itself out for the printed width before printing, and back after', async () => {
    await withPage('/en/timeline/', {}, async ({ page }) => {
      await viewReady(page, 'timeline-view');
      const layoutWidth = () => page.locator('.tl-frame svg').evaluate((svg) => Number(svg.getAttribute('viewBox')!.split(' ')[2]));
      const screenWidth = await page.locator('.tl-frame').evaluate((el) => Math.round(el.clientWidth));
      expect(await layoutWidth()).toBe(screenWidth);
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      expect(await layoutWidth()).toBe(688);
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      expect(await layoutWidth()).toBe(screenWidth);
    });
    // Printed without scripts, the worksheet's timeline is drawn for the page's width at build time.
    await withPage('/en/worksheet/timeline/', { javaScriptEnabled: false }, async (sheet) => {
      expect(await sheet.page.locator('timeline-view .tl-frame svg').getAttribute('viewBox')).toMatch(/^0 0 688 /);
    });
  });

  it('?event=phone-call opens that card', async () => {
    await withPage('/en/timeline/?event=phone-call', {}, async ({ page }) => {
      await page.waitForSelector('.tl-card-slot .event-card');
      expect(await cardTitle(page)).toBe('Blinken calls Aliyev');
      expect(await page.getAttribute('.tl-event[data-id="phone-call"]', 'aria-current')).toBe('true');
    });
  });

  it('a malformed parameter gives the default view and no console error', async () => {
    await withPage('/en/timeline/?event=%3Cscript%3E&range=nope', {}, async ({ page, log }) => {
      await viewReady(page, 'timeline-view');
      expect(await page.locator('.tl-card-panel').isHidden()).toBe(true);
      expect(await page.getAttribute('button[data-range="article"]', 'aria-pressed')).toBe('true');
      expect((await visibleIds(page)).length).toBe(inArticleRange);
      expect(log.consoleErrors).toEqual([]);
      expect(log.pageErrors).toEqual([]);
    });
  });

  it('axe-core finds no violation with a card open (all rules in light, contrast in dark)', async () => {
    await withPage('/en/timeline/?event=obrien-hearing-remark', {}, async ({ page }) => {
      await viewReady(page, 'timeline-view');
      await page.waitForSelector('.tl-card-slot .event-card');
      expect(await axeViolations(page), 'light').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(page, { only: 'contrast' }), 'dark').toEqual([]);
    });
  });

  for (const width of [375, 1280]) {
    it(`at ${width} px the labels do not overlap and stay in the frame, and the page does not scroll sideways`, async () => {
      await withPage(null, {}, async ({ page }) => {
        for (const query of ['', '?range=background', '?lanes=theme']) {
          await loadAt(page, `/en/timeline/${query}`, { width, height: 900 });
          await viewReady(page, 'timeline-view');
          await nextFrames(page);
          const result = await labelOverlaps(page);
          expect(result.count).toBeGreaterThan(5);
          expect(result.overlaps, query).toEqual([]);
          expect(result.outside, query).toEqual([]);
          expect(await page.evaluate(() => document.documentElement.scrollWidth), query).toBeLessThanOrEqual(width);
        }
      });
    });
  }
});
