import { describe, expect, it } from 'vitest';
import { viewReady, withPage } from './harness';

describe('target sizes (WCAG 2.2, 2.5.8)', () => {
  for (const width of [1280, 375]) {
    it(`the timeline's actor checkboxes are at least 24 × 24 px at ${width} px`, async () => {
      await withPage('/en/timeline/', { width }, async ({ page }) => {
      await viewReady(page, 'timeline-view');
      await page.evaluate(() => document.querySelectorAll('.tl-filters').forEach((d) => ((d as HTMLDetailsElement).open = true)));
      const boxes = await page.$$eval('input[data-actor]', (inputs) => inputs.map((el) => el.getBoundingClientRect()).map((r) => ({ width: r.width, height: r.height })));
      expect(boxes.length).toBeGreaterThan(3);
      for (const box of boxes) {
        expect(box.width).toBeGreaterThanOrEqual(24);
        expect(box.height).toBeGreaterThanOrEqual(24);
      }
      });
    });
  }
});
