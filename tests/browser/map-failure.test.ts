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
