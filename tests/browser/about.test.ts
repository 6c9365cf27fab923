import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withPage } from './harness';

const widths = [375, 768, 1280] as const;
const inputs = ['mouse', 'touch', 'keyboard'] as const;

/** Follows the footer's link to the about page as a reader with `input` would. */
async function followAboutLink(page: Page, input: (typeof inputs)[number]): Promise<void> {
  const link = page.locator('footer a[data-about-link]');
  await link.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  if (input === 'mouse') await link.click();
  else if (input === 'touch') await link.tap();
  else {
    await link.focus();
    await page.keyboard.press('Enter');
  }
  await page.waitForURL(/\/about\/$/);
}

/** What sticks out of the window sideways: the page itself, or any table, link or box of the about page's text. */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width) out.push(`page ${document.documentElement.scrollWidth} > ${width}`);
    for (const el of document.querySelectorAll('main table, main a, main [data-article-facts], main blockquote')) {
      // A table may scroll inside its own frame; its frame must fit.
      const frame = el.closest('.table-scroll') ?? el;
      const box = frame.getBoundingClientRect();
      if (box.right > width + 0.5 || box.left < -0.5) out.push(`${el.tagName.toLowerCase()} ${Math.round(box.left)}–${Math.round(box.right)}`);
    }
    return out;
  });
}

describe('the about page, as a visitor finds it', () => {
  for (const width of widths) {
    for (const input of inputs) {
      it(`at ${width} px with ${input}: the footer of the timeline page leads to the about page, which fits the window and names the original article`, async () => {
        const lang = input === 'touch' ? 'en' : 'de';
        await withPage(`/${lang}/timeline/`, { width, height: 800, touch: input === 'touch' }, async ({ page, log }) => {
          await followAboutLink(page, input);
          expect(await page.locator('h1').innerText()).toBe(lang === 'de' ? 'Über diese Seite' : 'About this site');
          expect(await overflow(page)).toEqual([]);
          const facts = page.locator('[data-article-facts]');
          expect(await facts.locator('[data-article-link="german"]').getAttribute('href')).toMatch(/^https:\/\//);
          expect(await page.locator('[data-tone-rules="kinds"] tr[data-kind]').count()).toBe(8);
          expect(log.consoleErrors).toEqual([]);
        });
      });
    }
  }

  it('the sources page names the addresses of the article\'s copies without running out of a 375 px window', async () => {
    await withPage('/en/sources/', { width: 375, height: 800, touch: true }, async ({ page }) => {
      expect(await page.locator('[data-article-facts] [data-article-link]').count()).toBe(2);
      expect(await overflow(page)).toEqual([]);
    });
  });

  it('the home page shows the original article before its first view, at 375 px', async () => {
    await withPage('/de/', { width: 375, height: 800, touch: true }, async ({ page }) => {
      const facts = await page.locator('[data-article-facts]').boundingBox();
      const timeline = await page.locator('timeline-view').boundingBox();
      expect(facts).not.toBeNull();
      expect(facts!.y + facts!.height).toBeLessThan(timeline!.y);
      expect(await overflow(page)).toEqual([]);
    });
  });
});
