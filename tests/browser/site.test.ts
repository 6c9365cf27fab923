import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, enhanceAllViews, origin, viewReady, withPage, type ViewTag } from './harness';

const paths = ['', 'sources/', 'teach/', 'timeline/', 'relations/', 'map/', 'worksheet/timeline/', 'worksheet/relations/', 'worksheet/map/'];
const pages = ['de', 'en'].flatMap((lang) => [...paths.map((p) => `/${lang}/${p}`), ...['timeline', 'relations', 'map'].map((v) => `/embed/${lang}/${v}/`)]);

/** The view a page enhances with its script (worksheets, sources and teach have none), or all three on a home page. */
function viewOf(path: string): ViewTag | 'all' | undefined {
  if (/^\/(de|en)\/$/.test(path)) return 'all';
  if (path.includes('/worksheet/')) return undefined;
  if (/\/timeline\/$/.test(path)) return 'timeline-view';
  if (/\/relations\/$/.test(path)) return 'relation-graph';
  if (/\/map\/$/.test(path)) return 'karabakh-map';
  return undefined;
}

/** Waits until every view the page enhances says it is ready. */
async function viewsReady(page: Page, path: string): Promise<void> {
  const view = viewOf(path);
  if (view === 'all') await enhanceAllViews(page);
  else if (view) await viewReady(page, view);
}

/**
 * Where the page's lede asks the reader to select, move or zoom: only where that works, not
 * without scripts and not on paper, where it says where to read instead.
 */
const ledes: Record<string, { interactive: string; staticText: string; lede?: string }> = {
  '/en/timeline/': { interactive: 'Select an event', staticText: 'The list after the chart' },
  '/de/timeline/': { interactive: 'Wählen Sie ein Ereignis', staticText: 'Die Liste nach der Grafik' },
  '/en/relations/': { interactive: 'move the date', staticText: "on the date in the chart's title" },
  '/de/relations/': { interactive: 'Verschieben Sie das Datum', staticText: 'an dem Datum im Titel der Grafik' },
  '/en/map/': { interactive: 'zoomed out', staticText: 'in the list under the map' },
  '/de/map/': { interactive: 'herausgezoomt', staticText: 'in der Liste unter der Karte' },
  '/en/': { interactive: 'you select in one', staticText: 'show the same data.', lede: '.home-views-intro' },
  '/de/': { interactive: 'Was Sie in einer Ansicht wählen', staticText: 'zeigen dieselben Daten.', lede: '.home-views-intro' },
};

describe('every page in both languages', () => {
  for (const path of pages) {
    const lang = /\/(de|en)\//.exec(path)![1]!;
    const lede = ledes[path];

    it(`${path} loads with no console error and no request to another host, its views get ready, and axe-core finds no violation (all rules in light, contrast in dark)${lede ? '; the lede asks for input on screen but not on paper' : ''}`, async () => {
      await withPage(path, {}, async ({ page, log }) => {
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        await viewsReady(page, path);
        expect(await axeViolations(page), 'light').toEqual([]);
        await page.emulateMedia({ colorScheme: 'dark' });
        expect(await axeViolations(page, { only: 'contrast' }), 'dark').toEqual([]);
        if (lede) {
          const selector = lede.lede ?? 'main .lede';
          const onScreen = await page.locator(selector).innerText();
          expect(onScreen).toContain(lede.interactive);
          expect(onScreen).not.toContain(lede.staticText);
          await page.emulateMedia({ media: 'print' });
          const onPaper = await page.locator(selector).innerText();
          expect(onPaper, 'printed').toContain(lede.staticText);
          expect(onPaper, 'printed').not.toContain(lede.interactive);
        }
        expect(log.consoleErrors).toEqual([]);
        expect(log.pageErrors).toEqual([]);
        expect(log.foreignRequests).toEqual([]);
        expect(log.failedRequests).toEqual([]);
      });
    });

    it(`${path} shows its content with JavaScript disabled${lede ? ', and its lede says where to read' : ''}`, async () => {
      await withPage(path, { javaScriptEnabled: false }, async ({ page }) => {
        expect((await page.locator('h1, h2').first().innerText()).length).toBeGreaterThan(3);
        expect(await page.locator('main').innerText()).toMatch(/Aliyev|Baku|Armeni/);
        if (lede) {
          const withoutScripts = await page.locator(lede.lede ?? 'main .lede').innerText();
          expect(withoutScripts).toContain(lede.staticText);
          expect(withoutScripts).not.toContain(lede.interactive);
        }
      });
    });
  }

  it('/de/map/ without its geodata (the request cut) keeps the static map and its list for the reader, with no uncaught error', async () => {
    await withPage('/de/map/', { cut: (url) => url.pathname.includes('/region.topo.') }, async ({ page, log }) => {
      // The page asked for the geodata, and did not get it.
      expect(log.failedRequests.some((url) => url.includes('/region.topo.'))).toBe(true);
      await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/_astro/map.')));
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
