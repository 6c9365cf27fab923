import { describe, expect, it } from 'vitest';
import { withPage } from './harness';

/**
 * The buttons, inputs and selects a reader can see or reach in `main`, but the map's layer
 * checkboxes, which work without scripts (the layers follow them in CSS).
 */
const reachableControls = () =>
  [...document.querySelectorAll<HTMLElement>('main button, main input:not([name="layers"]), main select')]
    .filter((el) => {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return style.visibility === 'visible' && box.width > 0 && box.height > 0 && !el.closest('details:not([open])');
    })
    .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} ${el.textContent?.trim().slice(0, 20) ?? ''}`);

describe('when the scripts do not arrive (the network drops after the HTML)', () => {
  for (const path of ['/de/', '/de/timeline/', '/de/relations/', '/en/map/']) {
    it(`${path} shows no control that needs a script`, async () => {
      await withPage(path, { cut: (url) => url.pathname.endsWith('.js') }, async ({ page }) => {
        expect(await page.evaluate(reachableControls)).toEqual([]);
      });
    });
  }
});

describe('without JavaScript', () => {
  it('hides the lesson kit\'s download and copy buttons, which need it', async () => {
    await withPage('/en/relations/', { javaScriptEnabled: false }, async ({ page }) => {
    await page.evaluate(() => document.querySelectorAll('lesson-kit details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const shown = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('lesson-kit button')].filter((b) => b.getBoundingClientRect().width > 0).map((b) => b.textContent));
    expect(shown).toEqual([]);
    });
  });
});
