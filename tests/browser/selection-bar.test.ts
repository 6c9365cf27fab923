import { describe, expect, it } from 'vitest';
import { enhanceAllViews, withPage } from './harness';

/** The shown selection bar's height, and the window's. */
const heights = () => ({ bar: document.querySelector('[data-selection-bar]')!.getBoundingClientRect().height, window: innerHeight });

describe('the selection bar on a phone', () => {
  for (const [width, height] of [[375, 740], [320, 640], [768, 1024]] as const) {
    for (const touch of [false, true]) {
      it(`at ${width} × ${height}${touch ? ' with touch' : ''}: with an event and an actor selected it takes less than a tenth of the screen, and its links are reached by keyboard`, async () => {
        await withPage('/en/?event=baku-statement&focus=usa', { width, height, touch }, async ({ page }) => {
          await enhanceAllViews(page);
          await page.locator('timeline-view').evaluate((el) => el.scrollIntoView({ block: 'center' }));
          await page.waitForSelector('[data-selection-bar] [data-kind="actor"][data-id="usa"]:not([hidden])', { state: 'visible' });
          const at = await page.evaluate(heights);
          expect(at.bar).toBeGreaterThan(0);
          expect(at.bar, `${at.bar} of ${at.window} px`).toBeLessThan(at.window / 10);
          // The last link of the event's row, scrolled to by focus, lies on screen.
          const link = page.locator('[data-selection-bar] [data-kind="event"][data-id="baku-statement"] a').last();
          await link.focus();
          const box = (await link.boundingBox())!;
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(width + 1);
        });
      });
    }
  }
});
