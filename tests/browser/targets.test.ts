import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startSite, type Site } from './harness';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

describe('target sizes (WCAG 2.2, 2.5.8)', () => {
  for (const width of [1280, 375]) {
    it(`the timeline's actor checkboxes are at least 24 × 24 px at ${width} px`, async () => {
      const { page, context } = await openPage(site, '/en/timeline/', { width });
      await page.waitForFunction(() => customElements.get('timeline-view') !== undefined);
      await page.evaluate(() => document.querySelectorAll('.tl-filters').forEach((d) => ((d as HTMLDetailsElement).open = true)));
      const boxes = await page.$$eval('input[data-actor]', (inputs) => inputs.map((el) => el.getBoundingClientRect()).map((r) => ({ width: r.width, height: r.height })));
      expect(boxes.length).toBeGreaterThan(3);
      for (const box of boxes) {
        expect(box.width).toBeGreaterThanOrEqual(24);
        expect(box.height).toBeGreaterThanOrEqual(24);
      }
      await context.close();
    });
  }
});
