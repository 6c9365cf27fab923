/**
 * The checks of every built page of one language, its embeds included, each page loaded once with
 * its scripts (console, requests, the views' readiness, axe-core, the lede on screen and on paper)
 * and once without. Called by one test file per language, so the two run in parallel.
 *
 * Chromium reports every Content-Security-Policy violation as a console error, so the check that
 * the console stays clean is also the check that no page breaks the policy (shown in
 * `harness.test.ts`).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtPages } from '../built/built-site';
import { axeViolations, enhanceAllViews, viewReady, withPage } from './harness';

/** Pages about the site itself rather than the report: their text need not name its actors. */
const aboutTheSite = /\/(licences|about)\/$/;

/** Waits until every view on the page says it is ready, the story's steps too; worksheets draw theirs for paper only, with no script. */
async function viewsReady(page: Page, path: string): Promise<void> {
  if (path.includes('/worksheet/')) return;
  await enhanceAllViews(page);
  if ((await page.locator('story-steps').count()) > 0) await viewReady(page, 'story-steps');
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

/** Registers the tests of every page in `lang`, its embeds included. */
export function testEveryPage(lang: 'de' | 'en'): void {
  describe(`every page in ${lang === 'de' ? 'German' : 'English'}`, () => {
    const pages = [...builtPages().keys()].filter((path) => path.startsWith(`/${lang}/`) || path.startsWith(`/embed/${lang}/`)).sort();
    it('finds the pages and embeds', () => expect(pages.length).toBeGreaterThanOrEqual(15));
    for (const path of pages) {
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
          const text = await page.locator('main').innerText();
          if (aboutTheSite.test(path)) expect(text.length).toBeGreaterThan(200);
          else expect(text).toMatch(/Aliyev|Baku|Armeni/);
          if (lede) {
            const withoutScripts = await page.locator(lede.lede ?? 'main .lede').innerText();
            expect(withoutScripts).toContain(lede.staticText);
            expect(withoutScripts).not.toContain(lede.interactive);
          }
        });
      });
    }
  });
}
