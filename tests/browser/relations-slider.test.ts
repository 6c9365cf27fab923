import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { viewReady, withPage } from './harness';

const widths = [375, 768, 1280] as const;

/** The date the graph shows, as its slider announces it. */
const asOf = (page: Page) => page.locator('[data-rg="slider"]').getAttribute('aria-valuetext');

/** The slider's stops: each snap date with its position on the track. */
async function stops(page: Page): Promise<Map<string, number>> {
  const options = await page.$$eval('relation-graph datalist option', (els) => els.map((o) => [o.getAttribute('label')!, Number(o.getAttribute('value'))] as const));
  return new Map(options);
}

/** Presses on the slider's track at a fraction of its width, by mouse or by touch. */
async function pressTrack(page: Page, fraction: number, touch: boolean): Promise<void> {
  const box = (await page.locator('[data-rg="slider"]').boundingBox())!;
  const x = box.x + box.width * fraction;
  const y = box.y + box.height / 2;
  if (touch) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
}

describe('the relations slider places its dates in time', () => {
  it('the track is placed in time: one day between stops is an eighth of eight days, and the report\'s year takes most of the track', async () => {
    await withPage('/en/relations/', {}, async ({ page }) => {
      await viewReady(page, 'relation-graph');
      const at = await stops(page);
      const oneDay = at.get('2023-11-28')! - at.get('2023-11-27')!;
      const eightDays = at.get('2023-12-06')! - at.get('2023-11-28')!;
      expect(eightDays / oneDay).toBeGreaterThan(5);
      expect(eightDays / oneDay).toBeLessThan(11);
      // The teaching page's exercise moves the slider between two of its stops.
      expect(at.has('2023-08-28') && at.has('2023-12-06')).toBe(true);
      expect(at.get('2023-01-01')! / at.get('2024-01-01')!).toBeLessThan(0.3);
    });
  });

  for (const width of widths) {
    for (const input of ['mouse', 'touch'] as const) {
      it(`at ${width} px with ${input}: a press on the track shows the date nearest in time to that point`, async () => {
        await withPage('/en/relations/', { width, height: 800, touch: input === 'touch' }, async ({ page }) => {
          await viewReady(page, 'relation-graph');
          await page.locator('[data-rg="slider"]').evaluate((el) => el.scrollIntoView({ block: 'center' }));
          // Three fifths of the track lie in June 2023, in time; the nearest date with a stop is 28 August.
          await pressTrack(page, 0.6, input === 'touch');
          expect(await asOf(page)).toBe('as of 28 August 2023');
          // A fifth lies in 2018, nearest to the start of the 2020 war.
          await pressTrack(page, 0.2, input === 'touch');
          expect(await asOf(page)).toBe('as of 27 September 2020');
          await page.waitForURL((url) => url.searchParams.get('date') === '2020-09-27');
        });
      });
    }

    it(`at ${width} px with the keyboard: the arrows step from date to date, Home and End go to the first and the last`, async () => {
      await withPage('/en/relations/?date=2023-11-27', { width, height: 800 }, async ({ page }) => {
        await viewReady(page, 'relation-graph');
        await page.focus('[data-rg="slider"]');
        await page.keyboard.press('ArrowRight');
        expect(await asOf(page)).toBe('as of 28 November 2023');
        await page.waitForURL((url) => url.searchParams.get('date') === '2023-11-28');
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('ArrowLeft');
        expect(await asOf(page)).toBe('as of 23 November 2023');
        await page.keyboard.press('End');
        expect(await asOf(page)).toBe('as of 1 January 2024');
        await page.keyboard.press('Home');
        expect(await asOf(page)).toBe('as of 20 February 1988');
      });
    });
  }
});
