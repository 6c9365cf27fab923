import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { origin, viewReady, withPage } from './harness';

/** Opens the English map with every request for `file` (region or world geodata) failing, and counts them. */
function mapWithFailing(file: 'region' | 'world', use: (page: Page, attempts: () => number) => Promise<void>): Promise<void> {
  return withPage(null, {}, async ({ page, context }) => {
    let attempts = 0;
    await context.route(new RegExp(`/_astro/${file}\\.topo\\.[^/]*\\.json$`), (route) => {
      attempts += 1;
      return route.abort('connectionreset');
    });
    await page.goto(`${origin}/en/map/`, { waitUntil: 'load' });
    await use(page, () => attempts);
  });
}

describe('when the map\'s geodata does not load', () => {
  it('tries the region once more, then says so and keeps the static map', async () => {
    await mapWithFailing('region', async (page, attempts) => {
    const status = page.locator('[data-map-status="geodataFailed"]');
    await status.waitFor();
    expect(await status.textContent()).toBe('The map data could not be loaded. The map is shown without zooming and panning.');
    expect(await status.getAttribute('role')).toBe('status');
    expect(attempts()).toBe(2);
    expect(await page.locator('.static-map svg').first().isVisible()).toBe(true);
    });
  });

  it('tries the world outline once more, then says so', async () => {
    await mapWithFailing('world', async (page, attempts) => {
    await viewReady(page, 'karabakh-map');
    await page.click('[data-action="world"]');
    const status = page.locator('[data-map-status="worldFailed"]');
    await status.waitFor();
    expect(await status.textContent()).toBe('The outline of the world beyond the region could not be loaded.');
    expect(attempts()).toBe(2);
    });
  });
});

/** A one-pixel PNG: what the stand-in tile server answers when its tiles load. */
const tilePng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/**
 * Opens the English map as a build with `PUBLIC_TILE_URL` would serve it: the page's map config
 * names a tile server on the site's own address (which the default policy admits), and every
 * tile request either loads `tilePng` or fails.
 */
function mapWithTiles(tiles: 'load' | 'fail', use: (page: Page) => Promise<void>): Promise<void> {
  return withPage(null, {}, async ({ page, context }) => {
    await context.route(`${origin}/en/map/`, async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      if (!html.includes('"tiles":null')) throw new Error('the map config no longer says "tiles":null');
      const withTiles = html.replace('"tiles":null', `"tiles":{"url":"${origin}/test-tiles/{z}/{x}/{y}.png","attribution":"Test tiles"}`);
      await route.fulfill({ response, body: withTiles });
    });
    await context.route(`${origin}/test-tiles/**`, (route) => (tiles === 'load' ? route.fulfill({ contentType: 'image/png', body: tilePng }) : route.abort('connectionreset')));
    await page.goto(`${origin}/en/map/`, { waitUntil: 'load' });
    await viewReady(page, 'karabakh-map');
    await page.locator('.map-live.leaflet-container').waitFor();
    await use(page);
  });
}

/** The stacking order of the map's land pane and its tile pane. */
async function paneOrder(page: Page): Promise<{ land: number; tiles: number; landPaths: number }> {
  return page.evaluate(() => {
    const z = (selector: string) => Number(getComputedStyle(document.querySelector(selector)!).zIndex);
    return { land: z('.leaflet-land-pane'), tiles: z('.leaflet-tile-pane'), landPaths: document.querySelectorAll('.leaflet-land-pane path.map-country').length };
  });
}

describe('with a tile server configured', () => {
  it('keeps its own land under the tiles once they have loaded', async () => {
    await mapWithTiles('load', async (page) => {
      await page.locator('img.leaflet-tile-loaded').first().waitFor({ state: 'attached' });
      const order = await paneOrder(page);
      expect(order.landPaths).toBeGreaterThan(0);
      expect(order.land).toBeLessThan(order.tiles);
    });
  });

  it('shows its own land where the tiles fail, and the world outline beyond the region', async () => {
    await mapWithTiles('fail', async (page) => {
      const order = await paneOrder(page);
      expect(order.landPaths).toBeGreaterThan(0);
      expect(await page.locator('.leaflet-land-pane path.map-country').first().isVisible()).toBe(true);
      await page.click('[data-action="world"]');
      await page.locator('.leaflet-land-pane path.map-land-world').waitFor({ state: 'attached' });
    });
  });
});
