import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { origin, withPage } from './harness';

/** The live map's chunk (Leaflet and the code that drives it). */
const liveChunk = /\/_astro\/map-live\.[^/]*\.js$/;

/**
 * Holds every request for the live map's chunk until `release()` is called, and counts them:
 * while it is held, the page has only its static map.
 */
async function holdLiveChunk(context: BrowserContext): Promise<{ release: () => void; requests: () => number }> {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  let count = 0;
  await context.route(liveChunk, async (route) => {
    count += 1;
    await gate;
    await route.continue();
  });
  return { release: open, requests: () => count };
}

/**
 * Replaces `requestIdleCallback` before the page's scripts run, so the browser is never idle
 * for them: the page keeps the callbacks in `window.idleQueue`, and `runIdle` runs them.
 */
async function neverIdle(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const queue: (() => void)[] = [];
    (window as unknown as { idleQueue: (() => void)[] }).idleQueue = queue;
    window.requestIdleCallback = (run: IdleRequestCallback) => queue.push(() => run({ didTimeout: false, timeRemaining: () => 50 })) as number;
  });
}

/** Waits until the map has asked for an idle moment (its script has run and scheduled the live map). */
const idleAsked = (page: Page) => page.waitForFunction(() => (window as unknown as { idleQueue: unknown[] }).idleQueue.length > 0);
const runIdle = (page: Page) => page.evaluate(() => (window as unknown as { idleQueue: (() => void)[] }).idleQueue.splice(0).forEach((run) => run()));

/** Centres (rounded CSS px) of the region's dots and event boxes: the static map's, or once it is live, the live map's. */
const markCentres = (page: Page) =>
  page.evaluate(() => {
    const live = document.querySelector('karabakh-map')!.classList.contains('is-live');
    const centre = (el: Element) => {
      const r = el.getBoundingClientRect();
      return [Math.round((r.left + r.right) / 2), Math.round((r.top + r.bottom) / 2)];
    };
    const out: Record<string, number[]> = {};
    if (live) {
      for (const m of document.querySelectorAll<HTMLElement>('.map-live .map-marker--place')) if (m.querySelector('.mk-dot')!.getClientRects().length) out[`place:${m.dataset.id}`] = centre(m.querySelector('.mk-dot')!);
      for (const m of document.querySelectorAll<HTMLElement>('.map-live .map-marker--event')) out[`event:${m.dataset.id}`] = centre(m.querySelector('span')!);
    } else {
      for (const a of document.querySelectorAll<SVGAElement>('.static-map__region a.map-place')) out[`place:${a.dataset.id}`] = centre(a.querySelector('circle')!);
      for (const a of document.querySelectorAll<SVGAElement>('.static-map__region a.map-event')) out[`event:${a.dataset.id}`] = centre(a.querySelector('rect')!);
    }
    return out;
  });

describe('the map before Leaflet', () => {
  it('asks for Leaflet\'s chunk neither with the page nor before the browser is idle, and then once', async () => {
    await withPage(null, {}, async ({ page }) => {
      await neverIdle(page);
      const chunks: string[] = [];
      page.on('request', (request) => {
        if (liveChunk.test(new URL(request.url()).pathname)) chunks.push(request.url());
      });
      await page.goto(`${origin}/en/map/`, { waitUntil: 'load' });
      await idleAsked(page);
      expect(chunks).toEqual([]);
      // Neither Leaflet's styles nor the geodata came with the page.
      const early = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /region\.topo|map-live/.test(n)));
      expect(early).toEqual([]);
      await Promise.all([page.waitForRequest(liveChunk), runIdle(page)]);
      await page.waitForSelector('karabakh-map[data-ready]', { state: 'attached' });
      expect(chunks).toHaveLength(1);
    });
  });

  for (const [name, act] of [
    ['a pointer on the map', (page: Page) => page.locator('.static-map').hover().then(() => page.mouse.down()).then(() => page.mouse.up())],
    ['the wheel over the map', (page: Page) => page.locator('.static-map').hover().then(() => page.mouse.wheel(0, 100))],
    ['focus on a zoom button', (page: Page) => page.locator('.map-live-controls [data-action="world"]').focus()],
  ] as const) {
    it(`asks for Leaflet's chunk on ${name}, idle or not`, async () => {
      await withPage(null, {}, async ({ page }) => {
        await neverIdle(page);
        await page.goto(`${origin}/en/map/`, { waitUntil: 'load' });
        await idleAsked(page);
        await Promise.all([page.waitForRequest(liveChunk), act(page)]);
        await page.waitForSelector('karabakh-map[data-ready]', { state: 'attached' });
      });
    });
  }

  it('opens a marker\'s card, switches a layer and keeps both in the address while Leaflet cannot load', async () => {
    await withPage(null, {}, async ({ page, context }) => {
      await context.route(liveChunk, (route) => route.abort('connectionreset'));
      await page.goto(`${origin}/en/map/`, { waitUntil: 'load' });
      await page.locator('.static-map__region a.map-event[data-id="exodus"]').click();
      const card = page.locator('.map-static-card .map-card[data-id="exodus"]');
      await card.waitFor();
      expect(await card.innerText()).toContain('Entry in the sources');
      expect(new URL(page.url()).searchParams.get('event')).toBe('exodus');
      expect(await page.locator('.static-map__region a.map-event[data-id="exodus"]').evaluate((el) => el.classList.contains('is-selected'))).toBe(true);
      // The card lies inside the map's frame.
      const inside = await page.evaluate(() => {
        const frame = document.querySelector('.static-map')!.getBoundingClientRect();
        const box = document.querySelector('.map-static-card')!.getBoundingClientRect();
        return box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= frame.bottom;
      });
      expect(inside).toBe(true);
      await page.keyboard.press('Escape');
      await page.waitForSelector('.map-static-card', { state: 'detached' });
      expect(new URL(page.url()).searchParams.get('event')).toBeNull();
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id)).toBe('exodus');
      // A place opens its card too; the legend hides a layer and writes it.
      await page.locator('.static-map__region a.map-place[data-id="kornidzor"]').click();
      expect(await page.locator('.map-static-card .map-card[data-id="kornidzor"]').innerText()).toMatch(/Armenia/);
      await page.locator('.map-legend input[value="events"]').uncheck();
      expect(await page.locator('.static-map__region [data-layer="events"]').isVisible()).toBe(false);
      expect(new URL(page.url()).searchParams.get('layers')).toBe('borders,exodus,karabakh,places,relations');
      expect(await page.locator('[data-map-status="geodataFailed"]').count()).toBe(1);
    });
  });

  it('hands over to Leaflet with every mark where it was, the frame and the page below it in place, and the open card still open', async () => {
    // A card that does not fit moves the static map as it moves the live one (the embed, the phone); a tap elsewhere opens none.
    for (const [path, width, height, card] of [['/en/map/', 1280, 900, true], ['/embed/en/map/', 800, 700, true], ['/de/map/', 375, 740, true], ['/de/map/', 375, 740, false]] as const) {
      await withPage(null, { width, height }, async ({ page, context }) => {
        const chunk = await holdLiveChunk(context);
        await page.goto(`${origin}${path}`, { waitUntil: 'load' });
        await page.waitForSelector('karabakh-map.is-placed');
        // The click is the reader's first reach for the map: it asks for Leaflet, which is held back.
        if (card) {
          await page.locator('.static-map__region a.map-place[data-id="kornidzor"]').click();
          await page.waitForSelector('.map-static-card .map-card[data-id="kornidzor"]');
        } else {
          const frame = (await page.locator('.static-map').boundingBox())!;
          await page.mouse.click(frame.x + 30, frame.y + 30);
        }
        const box = (selector: string) => page.locator(selector).evaluate((el) => [el.getBoundingClientRect().top + scrollY, el.getBoundingClientRect().left, el.getBoundingClientRect().width, el.getBoundingClientRect().height].map(Math.round));
        const before = { marks: await markCentres(page), frame: await box('.static-map'), legend: await box('.map-legend') };
        await page.evaluate(() => ((window as unknown as { shifts: number }).shifts = 0));
        await page.evaluate(() => new PerformanceObserver((list) => list.getEntries().forEach((e) => ((window as unknown as { shifts: number }).shifts += (e as unknown as { value: number }).value))).observe({ type: 'layout-shift' }));
        await page.waitForFunction(() => performance.getEntriesByName('map-live-requested').length > 0);
        chunk.release();
        await page.waitForSelector('karabakh-map[data-ready]', { state: 'attached' });
        if (card) await page.waitForSelector('.leaflet-popup .map-card[data-id="kornidzor"]');
        const after = { marks: await markCentres(page), frame: await box('.map-live'), legend: await box('.map-legend') };
        expect(after.frame, path).toEqual(before.frame);
        expect(after.legend, path).toEqual(before.legend);
        for (const [key, [x, y]] of Object.entries(before.marks)) {
          if (!after.marks[key]) continue;
          expect(Math.abs(after.marks[key]![0]! - x!), `${path} ${key}`).toBeLessThanOrEqual(2);
          expect(Math.abs(after.marks[key]![1]! - y!), `${path} ${key}`).toBeLessThanOrEqual(2);
        }
        expect(Object.keys(after.marks).filter((key) => before.marks[key]).length, path).toBeGreaterThan(10);
        expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts), path).toBe(0);
      });
    }
  });

  it('goes on with a drag that began before Leaflet: the live map pans with it', async () => {
    await withPage(null, {}, async ({ page, context }) => {
      const chunk = await holdLiveChunk(context);
      await page.goto(`${origin}/en/map/`, { waitUntil: 'load' });
      await page.waitForSelector('karabakh-map.is-placed');
      const frame = (await page.locator('.static-map').boundingBox())!;
      const start = { x: frame.x + frame.width / 2, y: frame.y + 60 };
      await page.mouse.move(start.x, start.y);
      await page.mouse.down();
      await page.mouse.move(start.x - 10, start.y, { steps: 2 });
      chunk.release();
      await page.waitForSelector('karabakh-map[data-ready]', { state: 'attached' });
      const baku = () => page.locator('.map-live .map-marker--place[data-id="baku"] .mk-dot').evaluate((el) => el.getBoundingClientRect().left);
      const taken = await baku();
      await page.mouse.move(start.x - 160, start.y, { steps: 8 });
      await page.mouse.up();
      // Everything the pointer moved after the takeover moved the map with it.
      expect(taken - (await baku())).toBeGreaterThan(140);
      await page.waitForFunction(() => new URL(location.href).searchParams.has('center'));
    });
  });
});

describe('a cluster\'s list when Leaflet takes over', () => {
  it('stays open on the live map with the same entries, and the entry that had focus keeps it', async () => {
    await withPage(null, { width: 375, height: 740 }, async ({ page, context }) => {
      const chunk = await holdLiveChunk(context);
      await page.goto(`${origin}/de/map/`, { waitUntil: 'load' });
      await page.waitForSelector('karabakh-map.is-placed .static-map .map-cluster', { state: 'attached' });
      // A finger on a cluster control asks for Leaflet, which is held back, and opens the list.
      await page.locator('.static-map .map-cluster').first().click();
      const entries = () => page.locator('.map-cluster-list button').evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.id));
      const before = await entries();
      expect(before.length).toBeGreaterThan(1);
      // Tab from the list onto its second entry.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const focusedId = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.closest('.map-cluster-list') ? (document.activeElement as HTMLElement).dataset.id : null);
      expect(await focusedId()).toBe(before[1]);
      chunk.release();
      await page.waitForSelector('karabakh-map[data-ready]', { state: 'attached' });
      await page.waitForSelector('.leaflet-popup .map-cluster-list');
      expect(await page.locator('.map-static-card').count()).toBe(0);
      expect(await entries()).toEqual(before);
      expect(await focusedId()).toBe(before[1]);
      // The list's entries work on the live map: the focused one opens its card.
      await page.keyboard.press('Enter');
      await page.waitForSelector(`.leaflet-popup .map-card[data-id="${before[1]}"]`);
    });
  });
});
