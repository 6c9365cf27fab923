import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, enhanceAllViews, nextFrames, withPage } from './harness';

/**
 * Scrolls an element into the middle of the window at once. Unlike Playwright's own scrolling
 * this does not wait for the element to stand still, which a view that is still loading above
 * it may not do on a busy machine.
 */
async function scrollTo(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().evaluate((el) => el.scrollIntoView({ block: 'center' }));
}

/** The graph's date as its slider announces it, and the one it should show for an event (from the page's own data). */
async function graphDate(page: Page, eventId?: string): Promise<{ shown: string; forEvent: string | null }> {
  return page.evaluate((id) => {
    const data = JSON.parse(document.querySelector('script[data-rg="data"]')!.textContent!) as { s: string[]; dates: { asOf: number }[]; eventIndex: Record<string, number> };
    const index = id ? data.eventIndex[id] : undefined;
    return { shown: document.querySelector('[data-rg="slider"]')!.getAttribute('aria-valuetext') ?? '', forEvent: index === undefined ? null : data.s[data.dates[index]!.asOf]! };
  }, eventId);
}

const mapRelations = (page: Page) => page.$$eval('karabakh-map .map-relation-key li[data-relation]:not([hidden])', (lis) => lis.map((li) => li.dataset.relation).join(','));
const mapSelected = (page: Page) => page.$$eval('karabakh-map .map-marker--event.is-selected', (els) => els.map((el) => el.dataset.id).join(','));
const timelineSelected = (page: Page) => page.$$eval('timeline-view .tl-event[aria-current="true"]', (els) => els.map((el) => (el as SVGElement).dataset.id).join(','));
/** The ids of the selection bar's shown entries, by kind ("event:phone-call,actor:usa"). */
const barShown = (page: Page) => page.$$eval('[data-selection-bar] [data-kind][data-id]', (els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => `${(el as HTMLElement).dataset.kind}:${(el as HTMLElement).dataset.id}`).join(','));

describe('home page: the three views together', () => {
  for (const lang of ['de', 'en']) {
    it(`/${lang}/ links the views: a timeline event moves the graph and lights the map; the graph's date moves the map; a map event selects the timeline; the URL reproduces it`, async () => {
      const { url, relations, shown } = await withPage(`/${lang}/`, {}, async ({ page, log }) => {
        await enhanceAllViews(page);

        // Timeline → graph date and map marker.
        await scrollTo(page, 'timeline-view .tl-event[data-id="baku-statement"]');
        await page.click('timeline-view .tl-event[data-id="baku-statement"]');
        await page.waitForURL(/event=baku-statement/);
        const afterTimeline = await graphDate(page, 'baku-statement');
        expect(afterTimeline.shown).toBe(afterTimeline.forEvent);
        expect(await mapSelected(page)).toBe('baku-statement');
        expect(await barShown(page)).toBe('event:baku-statement');

        // Graph date → map relations.
        const relationsBefore = await mapRelations(page);
        await page.focus('relation-graph [data-rg="slider"]');
        await page.keyboard.press('Home');
        await page.waitForURL(/date=1988-/);
        const relationsAfter = await mapRelations(page);
        expect(relationsAfter).not.toBe(relationsBefore);
        expect(relationsAfter).toContain('azerbaijan-armenia-war-1');
        expect(page.url()).toContain('event=baku-statement');

        // Map event → timeline selection (and the graph follows to its date).
        await scrollTo(page, 'karabakh-map');
        await page.click('karabakh-map .map-marker--event[data-id="us-officials-in-yerevan"]');
        await page.waitForURL(/event=us-officials-in-yerevan/);
        expect(await timelineSelected(page)).toBe('us-officials-in-yerevan');
        expect(await barShown(page)).toBe('event:us-officials-in-yerevan');
        const markerName = (await page.getAttribute('karabakh-map .map-marker--event[data-id="us-officials-in-yerevan"]', 'aria-label')) ?? '';
        const barTitle = (await page.textContent('[data-selection-bar] [data-kind="event"][data-id="us-officials-in-yerevan"] strong')) ?? '';
        expect(barTitle.length).toBeGreaterThan(5);
        expect(markerName).toContain(barTitle);
        const afterMap = await graphDate(page, 'us-officials-in-yerevan');
        expect(afterMap.shown).toBe(afterMap.forEvent);
        expect(page.url()).not.toContain('date=');

        // The graph's focus highlights that actor's events on the timeline.
        await page.click('relation-graph .rg-node[data-id="usa"]');
        await page.waitForURL(/focus=usa/);
        expect(await page.getAttribute('timeline-view svg.tl-svg', 'data-focus')).toBe('usa');
        const weight = (sel: string) => page.$eval(sel, (el) => getComputedStyle(el).fontWeight);
        expect(await weight('timeline-view .tl-event.tl-actor-usa .tl-label')).toBe('700');
        expect(await weight('timeline-view .tl-event:not([data-actors~="usa"]) .tl-label')).not.toBe('700');
        expect(await barShown(page)).toBe('event:us-officials-in-yerevan,actor:usa');

        const url = page.url();
        const relations = await mapRelations(page);
        const shown = (await graphDate(page)).shown;
        expect(log.consoleErrors).toEqual([]);
        expect(log.pageErrors).toEqual([]);
        expect(log.foreignRequests).toEqual([]);
        return { url, relations, shown };
      });

      // Reload with the URL: the same selection in all three.
      await withPage(new URL(url).pathname + new URL(url).search, {}, async (again) => {
        await enhanceAllViews(again.page);
        expect(await timelineSelected(again.page)).toBe('us-officials-in-yerevan');
        expect(await mapSelected(again.page)).toBe('us-officials-in-yerevan');
        expect((await graphDate(again.page)).shown).toBe(shown);
        expect(await mapRelations(again.page)).toBe(relations);
        expect(await again.page.getAttribute('relation-graph .rg-node[data-id="usa"]', 'aria-pressed')).toBe('true');
        expect(await again.page.getAttribute('timeline-view svg.tl-svg', 'data-focus')).toBe('usa');
        expect(await barShown(again.page)).toBe('event:us-officials-in-yerevan,actor:usa');
        expect(again.log.consoleErrors).toEqual([]);
        expect(again.log.foreignRequests).toEqual([]);
      });
    });

    it(`/${lang}/ loads only a few KB of script at start and each view's script when it scrolls into view`, async () => {
      await withPage(`/${lang}/`, { width: 375, height: 700 }, async ({ page, log }) => {
        const scripts = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js')).map((n) => n.split('/').pop()!));
        expect((await scripts()).some((n) => n.startsWith('map.'))).toBe(false);
        await scrollTo(page, 'karabakh-map');
        await page.waitForSelector('karabakh-map.is-live');
        expect((await scripts()).some((n) => n.startsWith('map.'))).toBe(true);
        expect(log.consoleErrors).toEqual([]);
      });
    });

    it(`/${lang}/ has no axe-core violation with all three views live and an event selected (all rules in light, contrast in dark)`, async () => {
      await withPage(`/${lang}/?event=baku-statement&focus=usa`, {}, async ({ page }) => {
        await enhanceAllViews(page);
        await nextFrames(page);
        expect(await barShown(page)).toBe('event:baku-statement,actor:usa');
        expect(await axeViolations(page), 'light').toEqual([]);
        await page.emulateMedia({ colorScheme: 'dark' });
        expect(await axeViolations(page, { only: 'contrast' }), 'dark').toEqual([]);
      });
    });
  }

  it('/en/ selection bar: Escape on the timeline, the bar\'s button and a map marker by keyboard change the selection in every view', async () => {
    await withPage('/en/?event=phone-call', {}, async ({ page, log }) => {
      await enhanceAllViews(page);
      expect(await barShown(page)).toBe('event:phone-call');
      expect(await page.getAttribute('[data-selection-bar] [data-id="phone-call"] a[href*="/sources/"]', 'href')).toBe('/en/sources/#event-phone-call');

      // The bar's button clears the event everywhere.
      await page.click('[data-selection-bar] .selection-bar-clear');
      await page.waitForURL((url) => !url.search.includes('event='));
      expect(await barShown(page)).toBe('');
      expect(await timelineSelected(page)).toBe('');
      expect(await mapSelected(page)).toBe('');
      // The button hid itself; focus is on the event's mark, not lost to the page.
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id ?? document.activeElement?.tagName)).toBe('phone-call');

      // A map marker selected by keyboard (no card in the compact map) selects the event in the timeline and the bar.
      await scrollTo(page, 'karabakh-map');
      await page.focus('karabakh-map .map-marker--event[data-id="exodus"]');
      await page.keyboard.press('Enter');
      await page.waitForURL(/event=exodus/);
      expect(await timelineSelected(page)).toBe('exodus');
      expect(await barShown(page)).toBe('event:exodus');

      // Escape on the timeline clears it again.
      await scrollTo(page, 'timeline-view');
      await page.focus('timeline-view .tl-event[data-id="baku-statement"]');
      await page.keyboard.press('Enter');
      await page.waitForURL(/event=baku-statement/);
      expect(await barShown(page)).toBe('event:baku-statement');
      await page.keyboard.press('Escape');
      await page.waitForURL((url) => !url.search.includes('event='));
      expect(await barShown(page)).toBe('');
      expect(await mapSelected(page)).toBe('');
      expect(log.consoleErrors).toEqual([]);
      expect(log.pageErrors).toEqual([]);
    });
  });

  it('on a phone, an event selected in the timeline whose marker is off the map\'s view comes into it, and the address gets no map centre', async () => {
    await withPage('/en/', { width: 375, height: 740 }, async ({ page }) => {
      await enhanceAllViews(page);
      const markerInView = () => page.evaluate(() => {
        const frame = document.querySelector('karabakh-map .map-live')!.getBoundingClientRect();
        const r = document.querySelector('karabakh-map .map-marker--event[data-id="obrien-hearing-remark"] > span')!.getBoundingClientRect();
        return r.left >= frame.left && r.right <= frame.right && r.top >= frame.top && r.bottom <= frame.bottom;
      });
      // Washington lies far outside the region, on which a phone's map opens (the route and Baku).
      expect(await markerInView()).toBe(false);
      await page.locator('timeline-view .tl-event[data-id="obrien-hearing-remark"]').evaluate((el) => (el as SVGElement).dispatchEvent(new MouseEvent('click', { bubbles: true })));
      await page.waitForURL(/event=obrien-hearing-remark/);
      await expect.poll(markerInView, { timeout: 5000 }).toBe(true);
      expect(await mapSelected(page)).toBe('obrien-hearing-remark');
      expect(new URL(page.url()).searchParams.get('center')).toBeNull();
    });
  });

  for (const width of [375, 1280]) {
    it(`at ${width} px the views stack in their order and stay in the page`, async () => {
      await withPage('/en/?event=baku-statement', { width }, async ({ page }) => {
        await enhanceAllViews(page);
        await nextFrames(page);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        const views = await page.$$eval('.home-view', (els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
        expect(views).toHaveLength(3);
        // Each view starts below the end of the one before it, and none is wider than the window.
        views.forEach((view, i) => {
          if (i > 0) expect(view.top, `view ${i}`).toBeGreaterThanOrEqual(views[i - 1]!.bottom - 1);
          expect(view.right, `view ${i}`).toBeLessThanOrEqual(width);
        });
      });
    });
  }
});
