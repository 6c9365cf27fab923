import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openPage, startSite, type Site } from './harness';

const paths = ['', 'sources/', 'teach/', 'timeline/', 'relations/', 'map/', 'worksheet/timeline/', 'worksheet/relations/', 'worksheet/map/'];
const pages = ['de', 'en'].flatMap((lang) => [...paths.map((p) => `/${lang}/${p}`), ...['timeline', 'relations', 'map'].map((v) => `/embed/${lang}/${v}/`)]);
let site: Site;

beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

describe('every page in both languages', () => {
  for (const path of pages) {
    const lang = /\/(de|en)\//.exec(path)![1]!;
    it(`${path} loads with no console error and no request to another host`, async () => {
      const { page, context, log } = await openPage(site, path);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(log.consoleErrors).toEqual([]);
      expect(log.pageErrors).toEqual([]);
      expect(log.foreignRequests).toEqual([]);
      expect(log.failedRequests).toEqual([]);
      await context.close();
    });

    it(`${path} has no axe-core violation, in light and dark`, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page, context } = await openPage(site, path, { colorScheme });
        expect(await axeViolations(page), colorScheme).toEqual([]);
        await context.close();
      }
    });

    it(`${path} shows its content with JavaScript disabled`, async () => {
      const { page, context } = await openPage(site, path, { javaScriptEnabled: false });
      expect((await page.locator('h1, h2').first().innerText()).length).toBeGreaterThan(3);
      expect(await page.locator('main').innerText()).toMatch(/Aliyev|Baku|Armeni/);
      await context.close();
    });
  }

  for (const [path, open] of [
    ['/en/timeline/', async (page: import('playwright-core').Page) => { await page.locator('.tl-svg [data-id="phone-call"]').first().click(); return page.locator('.tl-card-panel'); }],
    ['/en/relations/', async (page: import('playwright-core').Page) => { await page.locator('.rg-svg .rg-node[data-id="russia"]').click(); return page.locator('.rg-details'); }],
  ] as const) {
    it(`${path} keeps working when the network is cut after load`, async () => {
      const { page, context, log } = await openPage(site, path);
      await context.setOffline(true);
      const panel = await open(page);
      await expect.poll(() => panel.innerText()).not.toBe('');
      expect(log.pageErrors).toEqual([]);
      await context.close();
    });
  }

  for (const [path, element] of [['/de/timeline/', 'timeline-view'], ['/de/relations/', 'relation-graph'], ['/de/map/', 'karabakh-map']] as const) {
    it(`${path}: the view marks itself ready once enhanced`, async () => {
      const { page, context } = await openPage(site, path);
      await page.waitForSelector(`${element}[data-ready]`, { timeout: 15_000 });
      await context.close();
    });
  }

  it('the home and view pages ask the reader to select, move or zoom only where that works: not without scripts, not on paper', async () => {
    const cases = [
      { path: '/en/timeline/', interactive: 'Select an event', staticText: 'The list after the chart' },
      { path: '/de/timeline/', interactive: 'Wählen Sie ein Ereignis', staticText: 'Die Liste nach der Grafik' },
      { path: '/en/relations/', interactive: 'move the date', staticText: "on the date in the chart's title" },
      { path: '/de/relations/', interactive: 'Verschieben Sie das Datum', staticText: 'an dem Datum im Titel der Grafik' },
      { path: '/en/map/', interactive: 'zoomed out', staticText: 'in the list under the map' },
      { path: '/de/map/', interactive: 'herausgezoomt', staticText: 'in der Liste unter der Karte' },
      { path: '/en/', interactive: 'you select in one', staticText: 'show the same data.', lede: '.home-views-intro' },
      { path: '/de/', interactive: 'Was Sie in einer Ansicht wählen', staticText: 'zeigen dieselben Daten.', lede: '.home-views-intro' },
    ];
    for (const { path, interactive, staticText, lede = 'main .lede' } of cases as { path: string; interactive: string; staticText: string; lede?: string }[]) {
      const live = await openPage(site, path);
      const onScreen = await live.page.locator(lede).innerText();
      expect(onScreen, path).toContain(interactive);
      expect(onScreen, path).not.toContain(staticText);
      await live.page.emulateMedia({ media: 'print' });
      const onPaper = await live.page.locator(lede).innerText();
      expect(onPaper, `${path} printed`).toContain(staticText);
      expect(onPaper, `${path} printed`).not.toContain(interactive);
      await live.context.close();
      const still = await openPage(site, path, { javaScriptEnabled: false });
      const withoutScripts = await still.page.locator(lede).innerText();
      expect(withoutScripts, `${path} without scripts`).toContain(staticText);
      expect(withoutScripts, `${path} without scripts`).not.toContain(interactive);
      await still.context.close();
    }
  });

  it('the map worksheet prints the exodus figures its question asks about, and none of the map page\'s other notes; the legend drops its switch hint on paper', async () => {
    for (const lang of ['de', 'en']) {
      const { page, context } = await openPage(site, `/${lang}/worksheet/map/`);
      await page.emulateMedia({ media: 'print' });
      const figures = page.locator('.map-notes .map-figures > li');
      // The question asks for three figures ("Drei Zahlen zur Flucht").
      expect(await figures.count(), lang).toBe(3);
      for (let i = 0; i < 3; i++) expect(await figures.nth(i).isVisible(), `${lang} figure ${i}`).toBe(true);
      expect(await page.locator('.map-notes .map-place-list').isVisible(), lang).toBe(false);
      expect(await page.locator('.map-legend-hint').isVisible(), lang).toBe(false);
      await page.emulateMedia({ media: 'screen' });
      expect(await page.locator('.map-legend-hint').isVisible(), `${lang} on screen`).toBe(true);
      await context.close();
    }
  });

  it('the language switch keeps the page', async () => {
    const { page, context } = await openPage(site, '/de/sources/');
    await page.click('a.lang-switch');
    await page.waitForURL(/\/en\/sources\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await context.close();
  });

  it('the root address forwards to the German home page', async () => {
    const { page, context } = await openPage(site, '/');
    await page.waitForURL(/\/de\/$/);
    expect(await page.locator('h1').innerText()).toContain('Bergkarabach');
    await context.close();
  });

  it('an unknown address gets the bilingual 404 page with status 404', async () => {
    const response = await fetch(`${site.origin}/no-such-page/`);
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('Seite nicht gefunden');
    expect(html).toContain('Page not found');
  });
});
