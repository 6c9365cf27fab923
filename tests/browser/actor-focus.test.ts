import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { enhanceAllViews, withPage } from './harness';

const widths = [375, 768, 1280] as const;
const inputs = ['mouse', 'touch', 'keyboard'] as const;

/** The events of the data that name Russia, a person or office counting for the state it speaks for. */
const events = JSON.parse(readFileSync('src/generated/data/events.json', 'utf8')) as { id: string; actors: string[] }[];
const actors = JSON.parse(readFileSync('src/generated/data/actors.json', 'utf8')) as { id: string; speaksFor?: string }[];
const speaksFor = new Map(actors.flatMap((a) => (a.speaksFor ? [[a.id, a.speaksFor] as const] : [])));
const namingRussia = events.filter((e) => e.actors.some((id) => (speaksFor.get(id) ?? id) === 'russia')).map((e) => e.id).sort();

/** Selects Russia in the graph as a reader with `input` would. */
async function selectRussia(page: Page, input: (typeof inputs)[number]): Promise<void> {
  const node = page.locator('relation-graph .rg-node[data-id="russia"]');
  await node.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  if (input === 'mouse') await node.click();
  else if (input === 'touch') await node.tap();
  else {
    await node.focus();
    await page.keyboard.press('Enter');
  }
  await page.waitForURL(/focus=russia/);
}

/** The timeline's events drawn highlighted (the thick outline of a focused actor), and those drawn plain. */
async function highlighted(page: Page): Promise<{ on: string[]; off: string[] }> {
  return page.$$eval('timeline-view .tl-event', (els) => {
    const on: string[] = [];
    const off: string[] = [];
    for (const el of els) (getComputedStyle(el.querySelector('.tl-shape')!).strokeWidth === '2.5px' ? on : off).push(el.getAttribute('data-id')!);
    return { on: on.sort(), off };
  });
}

describe('a selected actor highlights every record that names it', () => {
  it('the data has events naming Russia in other actors\' lanes, so the check can fail', () => {
    const html = readFileSync('dist/en/timeline/index.html', 'utf8');
    const inOtherLanes = namingRussia.filter((id) => !new RegExp(`class="[^"]*tl-actor-russia[^"]*" data-id="${id}"`).test(html));
    expect(inOtherLanes.length).toBeGreaterThan(2);
  });

  for (const width of widths) {
    for (const input of inputs) {
      it(`at ${width} px with ${input}: Russia selected in the graph lights every timeline event naming Russia and every line to Russia, and nothing else`, async () => {
        await withPage('/en/', { width, height: 800, touch: input === 'touch' }, async ({ page }) => {
          await enhanceAllViews(page);
          await selectRussia(page, input);
          const { on, off } = await highlighted(page);
          expect(on).toEqual(namingRussia);
          expect(off.length).toBeGreaterThan(0);
          const lines = await page.$$eval('relation-graph .rg-edge.is-on', (els) => els.map((el) => ({ id: el.getAttribute('data-id')!, related: el.classList.contains('is-related') })));
          expect(lines.filter((l) => l.id.split('--').includes('russia')).every((l) => l.related)).toBe(true);
          expect(lines.filter((l) => !l.id.split('--').includes('russia')).some((l) => l.related)).toBe(false);
        });
      });
    }
  }

  it('the ICC ratification lies in Armenia\'s lane, the actor who acts, as the legend says', async () => {
    await withPage('/en/timeline/?range=background', {}, async ({ page }) => {
      await page.waitForSelector('timeline-view[data-ready]', { state: 'attached' });
      const inLane = await page.evaluate(() => {
        const mark = document.querySelector('.tl-event[data-id="icc-ratification"] .tl-shape')!.getBoundingClientRect();
        const y = mark.top + mark.height / 2;
        return [...document.querySelectorAll('.tl-lane')].find((lane) => {
          const r = lane.querySelector('.tl-lane-bg')!.getBoundingClientRect();
          return y >= r.top && y <= r.bottom;
        })?.getAttribute('data-lane');
      });
      expect(inLane).toBe('armenia');
      expect(await page.locator('.tl-legend-note').innerText()).toContain('the actor who acts');
    });
  });
});
