import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, nextFrames, viewReady, withPage } from './harness';

/** The date the graph shows, as its slider announces it (the chart's title says it too). */
const asOf = (page: Page) => page.locator('[data-rg="slider"]').getAttribute('aria-valuetext');
const drawnEdges = (page: Page) => page.$$eval('.rg-edge.is-on', (els) => els.map((el) => el.getAttribute('data-id')).sort());
const edgeClass = (page: Page, id: string) => page.getAttribute(`.rg-edge[data-id="${id}"]`, 'class');

describe('relations page', () => {
  it('the slider by keyboard moves to the previous snap date and changes the title\'s date (not repeated by the controls) and the drawing', async () => {
    await withPage('/en/relations/?date=2023-11-27', {}, async ({ page, log }) => {
      await viewReady(page, 'relation-graph');
      expect(await asOf(page)).toBe('as of 27 November 2023');
      const before = await edgeClass(page, 'usa--azerbaijan');
      await page.focus('[data-rg="slider"]');
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
      expect(await asOf(page)).toBe('as of 3 October 2023');
      expect(await page.locator('[data-rg="title"]').innerText()).toMatch(/, as of 3 October 2023$/);
      expect(await page.locator('[data-rg="controls"]').innerText()).not.toContain('as of');
      expect(await edgeClass(page, 'usa--azerbaijan')).not.toBe(before);
      await page.keyboard.press('End');
      expect(await asOf(page)).toBe('as of 1 January 2024');
      expect(log.consoleErrors).toEqual([]);
    });
  });

  it('the slider by mouse jumps to the start of the period and shows the first war', async () => {
    await withPage('/en/relations/', {}, async ({ page }) => {
      await viewReady(page, 'relation-graph');
      const box = (await page.locator('[data-rg="slider"]').boundingBox())!;
      await page.mouse.click(box.x + 3, box.y + box.height / 2);
      expect(await asOf(page)).toBe('as of 20 February 1988');
      expect(await drawnEdges(page)).toContain('azerbaijan--armenia');
      expect(await edgeClass(page, 'azerbaijan--armenia')).toContain('kind-armed-conflict');
      expect(new URL(page.url()).searchParams.get('date')).toBe('1988-02-20');
    });
  });

  it('selecting a node shows its relations and events at the date', async () => {
    await withPage('/en/relations/?date=2023-11-27', {}, async ({ page }) => {
      await viewReady(page, 'relation-graph');
      await page.click('.rg-node[data-id="russia"]');
      expect(await page.locator('[data-rg="details-title"]').innerText()).toBe('Russia, as of 27 November 2023');
      const shown = await page.$$eval('.rg-details [data-id]:not([hidden])', (els) => els.map((el) => el.getAttribute('data-id')).sort());
      expect(shown).toEqual(['event:armenia-distances-from-moscow', 'event:csto-summit-absence', 'relation:armenia-russia-ally', 'relation:armenia-russia-distancing']);
      expect(new URL(page.url()).searchParams.get('focus')).toBe('russia');
      await page.keyboard.press('Escape');
      expect(await page.locator('[data-rg="details-body"]').isHidden()).toBe(true);
    });
  });

  it('selecting an edge by keyboard shows its quotes with translations and its tone chart', async () => {
    await withPage('/en/relations/?date=2023-11-27', {}, async ({ page }) => {
      await viewReady(page, 'relation-graph');
      await page.focus('.rg-edge[data-id="usa--azerbaijan"]');
      await page.keyboard.press('Enter');
      const details = page.locator('.rg-details [data-id="relation:usa-azerbaijan-damaged"]');
      expect(await details.isVisible()).toBe(true);
      expect(await details.innerText()).toContain('the latest statements and actions taken by the U.S. have seriously damaged Azerbaijan-U.S. relations');
      expect(await page.locator('.rg-details [data-id="relation:usa-azerbaijan-strained"]').isVisible()).toBe(true);
      expect(await details.locator('blockquote[lang="de"]').innerText()).toContain('ernsthaft beschädigt');
      expect(await page.locator('[data-id="chart:usa--azerbaijan"]').isVisible()).toBe(true);
      expect(await page.locator('[data-id="event:phone-call"]').isVisible()).toBe(true);
      expect(await page.locator('[data-id="relation:usa-supports-armenia"]').isHidden()).toBe(true);
    });
  });

  it('arrow keys move focus from a node to the nearest linked neighbour in that direction', async () => {
    await withPage('/en/relations/?date=2023-11-27', {}, async ({ page }) => {
      await viewReady(page, 'relation-graph');
      await page.focus('.rg-node[data-id="usa"]');
      const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-id'));
      await page.keyboard.press('ArrowRight');
      expect(await focused()).toBe('armenia');
      await page.keyboard.press('ArrowRight');
      expect(await focused()).toBe('russia');
      await page.keyboard.press('ArrowLeft');
      expect(await focused()).toBe('armenia');
      await page.keyboard.press('ArrowDown');
      expect(await focused()).toBe('west');
    });
  });

  it('?date=2023-11-27&focus=usa restores the view, and moving the slider adds a history entry', async () => {
    await withPage('/en/relations/?date=2023-11-27&focus=usa', {}, async ({ page }) => {
      await viewReady(page, 'relation-graph');
      expect(await asOf(page)).toBe('as of 27 November 2023');
      expect(await page.getAttribute('.rg-node[data-id="usa"]', 'aria-pressed')).toBe('true');
      expect(await page.locator('[data-rg="details-title"]').innerText()).toBe('United States, as of 27 November 2023');
      await page.focus('[data-rg="slider"]');
      await page.keyboard.press('ArrowRight');
      await page.waitForURL(/date=2023-11-28/);
      expect(new URL(page.url()).searchParams.get('focus')).toBe('usa');
      await page.goBack();
      await page.waitForURL(/date=2023-11-27/);
      expect(await asOf(page)).toBe('as of 27 November 2023');
    });
  });

  it('a malformed parameter falls back to the publication date without a console error', async () => {
    for (const query of ['?date=2023-13-45&focus=nobody', '?date=%3Cscript%3E', '?date=1900-01-01']) {
      await withPage(`/de/relations/${query}`, {}, async ({ page, log }) => {
        await viewReady(page, 'relation-graph');
        expect(await asOf(page)).toBe('Stand: 28. November 2023');
        expect(await page.locator('.rg-node.is-selected').count()).toBe(0);
        expect(log.consoleErrors).toEqual([]);
        expect(log.pageErrors).toEqual([]);
      });
    }
  });

  it('the table and the summary match the drawing at every date', async () => {
    await withPage('/en/relations/', {}, async ({ page }) => {
      await viewReady(page, 'relation-graph');
      // The slider's stops: one position on its track per snap date.
      const stops = await page.$$eval('relation-graph datalist option', (options) => options.map((o) => Number((o as HTMLOptionElement).value)));
      expect(stops.length).toBeGreaterThan(10);
      for (let i = 0; i < stops.length; i++) {
        await page.$eval('[data-rg="slider"]', (el, v) => {
          (el as HTMLInputElement).value = String(v);
          el.dispatchEvent(new Event('input', { bubbles: true }));
        }, stops[i]);
        const drawn = await drawnEdges(page);
        const inTable = await page.$$eval('td[data-pair]', (cells) => [...new Set(cells.filter((c) => c.textContent!.trim() !== '').map((c) => c.getAttribute('data-pair')))].sort());
        const inSummary = await page.$$eval('.rg-summary li:not([hidden])', (els) => els.map((el) => el.getAttribute('data-id')).sort());
        expect(inTable, `index ${i}`).toEqual(drawn);
        expect(inSummary, `index ${i}`).toEqual(drawn);
      }
    });
  });

  it('works with JavaScript off: the drawing and the text alternative are there', async () => {
    await withPage('/en/relations/', { javaScriptEnabled: false }, async ({ page }) => {
      expect(await page.getAttribute('.rg-svg', 'role')).toBe('img');
      expect((await drawnEdges(page)).length).toBeGreaterThan(0);
      expect(await page.locator('.rg-summary').innerText()).toContain('strained');
      expect(await page.locator('[data-rg="controls"]').isHidden()).toBe(true);
      // The details panel only asks the reader to select something, which needs the script.
      expect(await page.locator('.rg-details').isHidden()).toBe(true);
    });
  });

  it('has no axe-core violation with an edge selected (all rules in light, contrast in dark)', async () => {
    await withPage('/en/relations/?date=2023-11-27', {}, async ({ page }) => {
      await viewReady(page, 'relation-graph');
      await page.click('.rg-edge[data-id="usa--azerbaijan"] .rg-hit', { force: true });
      expect(await page.locator('.rg-details [data-id="relation:usa-azerbaijan-strained"]').isVisible()).toBe(true);
      expect(await axeViolations(page), 'light').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(page, { only: 'contrast' }), 'dark').toEqual([]);
    });
  });

  for (const width of [375, 1280]) {
    it(`at ${width} px the actors' labels keep apart and inside the drawing, and the page does not scroll sideways`, async () => {
      await withPage('/de/relations/?date=2023-11-27&focus=usa', { width }, async ({ page }) => {
        await viewReady(page, 'relation-graph');
        await nextFrames(page);
        const seen = await page.evaluate(() => {
          const svg = document.querySelector('.rg-drawing .rg-svg')!;
          const frame = svg.getBoundingClientRect();
          const labels = [...svg.querySelectorAll('.rg-label')].map((el) => ({ id: el.closest('[data-id]')?.getAttribute('data-id') ?? '', r: el.getBoundingClientRect() }));
          const clashes: string[] = [];
          labels.forEach((a, i) => {
            if (a.r.left < frame.left - 0.5 || a.r.right > frame.right + 0.5 || a.r.top < frame.top - 0.5 || a.r.bottom > frame.bottom + 0.5) clashes.push(`${a.id} outside`);
            for (const b of labels.slice(i + 1)) if (a.r.left < b.r.right - 0.5 && b.r.left < a.r.right - 0.5 && a.r.top < b.r.bottom - 0.5 && b.r.top < a.r.bottom - 0.5) clashes.push(`${a.id} × ${b.id}`);
          });
          return { count: labels.filter((l) => l.r.width > 0).length, clashes, pageWidth: document.documentElement.scrollWidth };
        });
        expect(seen.count).toBe(6);
        expect(seen.clashes).toEqual([]);
        expect(seen.pageWidth).toBeLessThanOrEqual(width);
      });
    });
  }
});
