import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { viewReady, withPage } from './harness';

const widths = [375, 768, 1280] as const;
const inputs = ['mouse', 'touch', 'keyboard'] as const;

/** The events drawn and inside the chart's frame now, by id, with the centre of their shape. */
async function drawnEvents(page: Page): Promise<{ id: string; x: number; y: number }[]> {
  return page.$$eval('.tl-frame .tl-event:not([display])', (els) => {
    const frame = document.querySelector('.tl-frame')!.getBoundingClientRect();
    return els.flatMap((el) => {
      const r = el.querySelector('.tl-shape')!.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      return x > frame.left + 4 && x < frame.right - 4 ? [{ id: el.getAttribute('data-id')!, x, y }] : [];
    });
  });
}

/** Opens an event's card as a reader with `input` would: a click, a tap, or Enter on the focused event. */
async function openEvent(page: Page, id: string, input: (typeof inputs)[number]): Promise<void> {
  const shape = page.locator(`.tl-event[data-id="${id}"] .tl-shape`);
  if (input === 'mouse') await shape.click({ force: true });
  else if (input === 'touch') await shape.tap({ force: true });
  else {
    await page.focus(`.tl-event[data-id="${id}"]`);
    await page.keyboard.press('Enter');
  }
  await page.waitForSelector('.tl-card-panel:not([hidden]) .event-card');
}

/** Where the card and the event are on screen, and where focus is. */
async function whereIs(page: Page, id: string) {
  return page.evaluate((eventId) => {
    const panel = document.querySelector<HTMLElement>('.tl-card-panel')!.getBoundingClientRect();
    const frame = document.querySelector('.tl-frame')!.getBoundingClientRect();
    const mark = document.querySelector(`.tl-event[data-id="${eventId}"] .tl-shape`)!.getBoundingClientRect();
    const active = document.activeElement;
    return {
      panel: { top: panel.top, bottom: panel.bottom, left: panel.left, right: panel.right, height: panel.height },
      frame: { top: frame.top, bottom: frame.bottom, left: frame.left, right: frame.right },
      mark: { top: mark.top, bottom: mark.bottom, left: mark.left, right: mark.right },
      window: { width: innerWidth, height: innerHeight },
      focusInCard: Boolean(active?.closest('.tl-card-panel')),
      cardId: document.querySelector('.tl-card-slot .event-card')?.getAttribute('data-id'),
    };
  }, id);
}

describe('a timeline event opens its card where the reader looks', () => {
  for (const width of widths) {
    for (const input of inputs) {
      it(`at ${width} px with ${input}: the card shows on screen ${width <= 768 ? 'as a sheet at the bottom, the event still visible above it' : 'over the chart, beside the event'}, takes focus, and Escape closes it and gives focus back to the event`, async () => {
        await withPage('/en/timeline/', { width, height: width <= 768 ? 740 : 900, touch: input === 'touch' }, async ({ page }) => {
          await viewReady(page, 'timeline-view');
          // The reader has scrolled so that the chart sits low on the screen, as after reading the controls.
          await page.locator('.tl-frame').evaluate((el) => el.scrollIntoView({ block: 'end' }));
          const events = await drawnEvents(page);
          // One event on each half of the chart: the card must avoid either.
          const half = (await page.locator('.tl-frame').boundingBox())!;
          const picks = [events.find((e) => e.x < half.x + half.width / 2), events.findLast((e) => e.x > half.x + half.width / 2)].filter((e) => e !== undefined);
          expect(picks.length).toBe(2);
          for (const pick of picks) {
            await openEvent(page, pick.id, input);
            const at = await whereIs(page, pick.id);
            expect(at.cardId).toBe(pick.id);
            expect(at.focusInCard, 'focus is in the card').toBe(true);
            // The card's top (its title) is on screen.
            expect(at.panel.top).toBeGreaterThanOrEqual(0);
            expect(at.panel.top).toBeLessThan(at.window.height - 120);
            if (width <= 768) {
              expect(Math.round(at.panel.bottom)).toBe(at.window.height);
              expect(at.panel.height).toBeLessThanOrEqual(at.window.height * 0.56);
              expect(at.mark.bottom, 'the event shows above the sheet').toBeLessThanOrEqual(at.panel.top);
              expect(at.mark.top).toBeGreaterThanOrEqual(0);
            } else {
              // Over the chart: inside the chart's columns, starting at its top, not over the event.
              expect(at.panel.left).toBeGreaterThanOrEqual(at.frame.left - 1);
              expect(at.panel.right).toBeLessThanOrEqual(at.frame.right + 1);
              expect(at.panel.top).toBeLessThan(at.frame.bottom);
              const covers = at.panel.left < at.mark.right && at.mark.left < at.panel.right && at.panel.top < at.mark.bottom && at.mark.top < at.panel.bottom;
              expect(covers, 'the card covers the event').toBe(false);
            }
            await page.keyboard.press('Escape');
            expect(await page.locator('.tl-card-panel').isHidden()).toBe(true);
            expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(pick.id);
            expect(page.url()).not.toContain('event=');
          }
        });
      });
    }
  }
});
