import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { origin, viewReady, withPage } from './harness';

describe('the site', () => {
  it('/de/map/ without its geodata (the request cut) keeps the static map and its list for the reader, with no uncaught error', async () => {
    await withPage('/de/map/', { cut: (url) => url.pathname.includes('/region.topo.') }, async ({ page, log }) => {
      // The live map asked for the geodata (on idle, after the first paint), did not get it, and says so.
      await page.waitForSelector('[data-map-status="geodataFailed"]');
      expect(log.failedRequests.some((url) => url.includes('/region.topo.'))).toBe(true);
      expect(await page.locator('.static-map__region').isVisible()).toBe(true);
      expect(await page.locator('.static-map__region [data-layer="places"]').isVisible()).toBe(true);
      expect(await page.locator('.map-live').isVisible()).toBe(false);
      expect(await page.locator('.map-place-list').isVisible()).toBe(true);
      expect(await page.locator('karabakh-map').evaluate((el) => el.classList.contains('is-live') || el.hasAttribute('data-ready'))).toBe(false);
      expect(log.pageErrors).toEqual([]);
    });
  });

  it('/en/timeline/ without its script (the request cut) still shows the drawing and every event in the list', async () => {
    await withPage('/en/timeline/', { cut: (url) => /\/_astro\/timeline\.astro[^/]*\.js$/.test(url.pathname) }, async ({ page, log }) => {
      expect(log.failedRequests.some((url) => url.includes('/_astro/timeline.astro'))).toBe(true);
      expect(await page.locator('.tl-frame svg').isVisible()).toBe(true);
      // Every mark the build drew is on screen, and the list under the chart has a card for every event.
      const marks = await page.locator('.tl-frame .tl-event:not([display])').evaluateAll((els) => els.map((m) => m.getBoundingClientRect().width > 0 && getComputedStyle(m).visibility !== 'hidden'));
      expect(marks.length).toBeGreaterThan(5);
      expect(marks.every(Boolean)).toBe(true);
      const ids = (selector: string) => page.locator(selector).evaluateAll((els) => els.map((el) => el.getAttribute('data-id')).sort());
      expect(await ids('.tl-list .event-card[data-id]')).toEqual(await ids('.tl-frame g.tl-event[data-id]'));
      expect(await page.locator('.tl-list').isVisible()).toBe(true);
      expect(await page.locator('timeline-view[data-ready]').count()).toBe(0);
      expect(log.pageErrors).toEqual([]);
    });
  });

  it('/en/ with the network cut after load: the map, scrolled to, cannot load its script and stays the static map, with no uncaught error', async () => {
    await withPage('/en/', {}, async ({ page, context, log }) => {
      await context.setOffline(true);
      await page.locator('karabakh-map').evaluate((el) => el.scrollIntoView({ block: 'center' }));
      // The home page asks for the map's script only now, when the map comes near the screen.
      await expect.poll(() => log.failedRequests.some((url) => url.includes('/_astro/map.'))).toBe(true);
      expect(await page.locator('karabakh-map .static-map').isVisible()).toBe(true);
      expect(await page.locator('karabakh-map').evaluate((el) => el.classList.contains('is-live'))).toBe(false);
      expect(log.pageErrors).toEqual([]);
    });
  });

  for (const [path, view, open] of [
    ['/en/timeline/', 'timeline-view', (page: Page) => page.locator('.tl-svg [data-id="phone-call"]').first().click().then(() => page.locator('.tl-card-panel'))],
    ['/en/relations/', 'relation-graph', (page: Page) => page.locator('.rg-svg .rg-node[data-id="russia"]').click().then(() => page.locator('.rg-details'))],
  ] as const) {
    it(`${path} with the network cut after load still opens what the reader selects, with no uncaught error`, async () => {
      await withPage(path, {}, async ({ page, context, log }) => {
        await viewReady(page, view);
        await context.setOffline(true);
        const panel = await open(page);
        await expect.poll(() => panel.innerText()).not.toBe('');
        expect(log.pageErrors).toEqual([]);
      });
    });
  }

  it('the map worksheet prints the exodus figures its question asks about, and none of the map page\'s other notes; the legend drops its switch hint on paper', async () => {
    for (const lang of ['de', 'en']) {
      await withPage(`/${lang}/worksheet/map/`, {}, async ({ page }) => {
        await page.emulateMedia({ media: 'print' });
        const figures = page.locator('.map-notes .map-figures > li');
        // The question asks for three figures ("Drei Zahlen zur Flucht").
        expect(await figures.count(), lang).toBe(3);
        for (let i = 0; i < 3; i++) expect(await figures.nth(i).isVisible(), `${lang} figure ${i}`).toBe(true);
        expect(await page.locator('.map-notes .map-place-list').isVisible(), lang).toBe(false);
        expect(await page.locator('.map-legend-hint').isVisible(), lang).toBe(false);
        await page.emulateMedia({ media: 'screen' });
        expect(await page.locator('.map-legend-hint').isVisible(), `${lang} on screen`).toBe(true);
      });
    }
  });

  it('the language switch keeps the page', async () => {
    await withPage('/de/sources/', {}, async ({ page }) => {
      await page.click('a.lang-switch');
      await page.waitForURL(/\/en\/sources\/$/);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
    });
  });

  it('the root address forwards to the German home page', async () => {
    await withPage('/', {}, async ({ page }) => {
      await page.waitForURL(/\/de\/$/);
      expect(await page.locator('h1').innerText()).toContain('Bergkarabach');
    });
  });

  it('an unknown address gets the bilingual 404 page with status 404', async () => {
    const response = await fetch(`${origin}/no-such-page/`);
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('Seite nicht gefunden');
    expect(html).toContain('Page not found');
  });
});
