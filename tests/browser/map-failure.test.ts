import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type Site } from './harness';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

/** Opens the English map with every request for `file` (region or world geodata) failing; counts them. */
async function mapWithFailing(file: 'region' | 'world') {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  let attempts = 0;
  await context.route(new RegExp(`/_astro/${file}\\.topo\\.[^/]*\\.json$`), (route) => {
    attempts += 1;
    return route.abort('connectionreset');
  });
  const page = await context.newPage();
  await page.goto(`${site.origin}/en/map/`, { waitUntil: 'load' });
  return { page, context, attempts: () => attempts };
}

describe('when the map\'s geodata does not load', () => {
  it('tries the region once more, then says so and keeps the static map', async () => {
    const { page, context, attempts } = await mapWithFailing('region');
    const status = page.locator('[data-map-status="geodataFailed"]');
    await status.waitFor();
    expect(await status.textContent()).toBe('The map data could not be loaded. The map is shown without zooming and panning.');
    expect(await status.getAttribute('role')).toBe('status');
    expect(attempts()).toBe(2);
    expect(await page.locator('.static-map svg').first().isVisible()).toBe(true);
    await context.close();
  });

  it('tries the world outline once more, then says so', async () => {
    const { page, context, attempts } = await mapWithFailing('world');
    await page.waitForSelector('karabakh-map[data-ready]');
    await page.click('[data-action="world"]');
    const status = page.locator('[data-map-status="worldFailed"]');
    await status.waitFor();
    expect(await status.textContent()).toBe('The outline of the world beyond the region could not be loaded.');
    expect(attempts()).toBe(2);
    await context.close();
  });
});
