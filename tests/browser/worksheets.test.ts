import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { withPage } from './harness';
import { printWidth } from '../../src/lib/site/frame-widths';

const langs = ['de', 'en'] as const;

/** The page printed to PDF on A4 with the site's own margins, and the number of pages it took. */
async function printedPages(page: Page): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  return pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
}

describe('worksheets on paper', () => {
  it('print no text twice: no label of a drawing keeps its halo, which a PDF stores as a second copy of the text', async () => {
    for (const lang of langs) {
      for (const view of ['timeline', 'relations', 'map']) {
        await withPage(`/${lang}/worksheet/${view}/`, { width: printWidth }, async ({ page }) => {
          await page.emulateMedia({ media: 'print' });
          const stroked = await page.locator('svg text').evaluateAll((texts) =>
            texts.filter((t) => getComputedStyle(t).display !== 'none' && getComputedStyle(t).stroke !== 'none').map((t) => t.textContent),
          );
          expect(stroked, `${lang} ${view}`).toEqual([]);
        });
      }
    }
  });

  it('never spend a page on the footer alone: without it, each sheet takes as many A4 pages', async () => {
    for (const lang of langs) {
      for (const view of ['timeline', 'relations', 'map']) {
        await withPage(`/${lang}/worksheet/${view}/`, { width: printWidth }, async ({ page }) => {
          const pages = await printedPages(page);
          await page.locator('.site-footer').evaluate((footer: HTMLElement) => (footer.style.display = 'none'));
          expect(pages, `${lang} ${view}`).toBe(await printedPages(page));
        });
      }
    }
  });

  it('the relations sheet prints its comparison graph as large as the first', async () => {
    for (const lang of langs) {
      await withPage(`/${lang}/worksheet/relations/`, { width: printWidth }, async ({ page }) => {
        await page.emulateMedia({ media: 'print' });
        const first = await page.locator('.rg-figure .rg-svg').first().boundingBox();
        const later = await page.locator('.rg-snapshot .rg-svg').boundingBox();
        expect(later!.width, lang).toBeCloseTo(first!.width, 0);
        expect(later!.height, lang).toBeCloseTo(first!.height, 0);
      });
    }
  });

  it('the map sheet prints the key to every number on the map: each number with its event', async () => {
    for (const lang of langs) {
      await withPage(`/${lang}/worksheet/map/`, { width: printWidth }, async ({ page }) => {
        await page.emulateMedia({ media: 'print' });
        const numbers = await page.locator('.static-map__region .map-event-number').allTextContents();
        expect(numbers.length, lang).toBeGreaterThan(0);
        for (const n of numbers) {
          const item = page.locator(`.map-event-list > li[value="${n}"]`);
          expect(await item.isVisible(), `${lang} number ${n}`).toBe(true);
          expect((await item.innerText()).length, `${lang} number ${n}`).toBeGreaterThan(10);
        }
      });
    }
  });
});

describe('the relations sheet in black and white', () => {
  it('carries the tone by a mark on every line as well as by colour: one form per tone step, and the key shows them', async () => {
    for (const lang of langs) {
      await withPage(`/${lang}/worksheet/relations/`, { width: printWidth }, async ({ page }) => {
        await page.emulateMedia({ media: 'print' });
        const lines = await page.locator('.rg-edge.is-on').evaluateAll((edges) =>
          edges.map((edge) => {
            const tone = [...edge.classList].find((c) => c.startsWith('tone-'))!;
            const mark = edge.querySelector('.rg-tm');
            const circle = mark?.querySelector('circle');
            const shows = (el: Element | null | undefined) => Boolean(el) && getComputedStyle(el!).display !== 'none' && ((el as SVGGraphicsElement).getBBox().width > 0 || (el as SVGGraphicsElement).getBBox().height > 0);
            // The form alone, as a black-and-white printer keeps it: filled or empty, minus, plus.
            const form = circle && shows(mark) ? [getComputedStyle(circle).fill === getComputedStyle(edge).color ? 'filled' : 'empty', shows(mark!.querySelector('.rg-tm-m')) ? '−' : '', shows(mark!.querySelector('.rg-tm-p')) ? '+' : ''].join('') : 'none';
            return { id: edge.getAttribute('data-id'), tone, form };
          }),
        );
        expect(lines.length, lang).toBeGreaterThan(0);
        expect(lines.filter((l) => l.form === 'none'), lang).toEqual([]);
        const formOf = new Map<string, string>();
        for (const { tone, form } of lines) {
          expect(formOf.get(tone) ?? form, `${lang} ${tone}`).toBe(form);
          formOf.set(tone, form);
        }
        expect(new Set(formOf.values()).size, lang).toBe(formOf.size);
        const key = page.locator('.rg-figure .rg-legend-marks');
        expect(await key.isVisible(), lang).toBe(true);
        expect(await key.locator('.rg-tm').count(), lang).toBe(5);
      });
    }
  });
});
