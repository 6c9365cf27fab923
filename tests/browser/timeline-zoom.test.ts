import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { layoutTimeline } from '../../src/lib/timeline/layout';
import { eventTransform, round } from '../../src/lib/timeline/render-svg';
import type { TimelineEvent } from '../../src/lib/timeline/types';
import { labelBoxes, overlaps } from '../lib/timeline/helpers';
import { timelineSettled, viewReady, withPage, type OpenPage } from './harness';

const ticks = (page: Page) => page.locator('.tl-frame .tl-tick text').allTextContents();

/** The screen centre of an event's shape. */
async function markX(page: Page, id: string): Promise<number> {
  return page.$eval(`.tl-event[data-id="${id}"] .tl-shape`, (el) => {
    const r = el.getBoundingClientRect();
    return r.left + r.width / 2;
  });
}

/** The screen box of the timeline's SVG. */
const svgBox = (page: Page) => page.$eval('.tl-frame svg', (el) => el.getBoundingClientRect().toJSON() as DOMRect);

/** Waits until the gesture has settled and the view is laid out again. */
const settled = (page: Page) => timelineSettled(page);

/** Opens the timeline at `path`, 1280 px wide, and runs `use` once the view is ready. */
function onTimeline(path: string, use: (opened: OpenPage) => Promise<void>): Promise<void> {
  return withPage(path, {}, async (opened) => {
    await viewReady(opened.page, 'timeline-view');
    await use(opened);
  });
}

describe('zooming and panning the timeline', () => {
  it('the mouse wheel with Ctrl held zooms in about the pointer: ticks get finer and the event under the pointer stays put', async () => {
    await onTimeline('/en/timeline/', async ({ page, log }) => {
      const before = await ticks(page);
      const x0 = await markX(page, 'phone-call');
      const box = await svgBox(page);
      await page.mouse.move(x0, box.top + box.height / 2);
      await page.keyboard.down('Control');
      for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200);
      await settled(page);
      const after = await ticks(page);
      expect(after).not.toEqual(before);
      expect(after.some((t) => /^\d{1,2} (Sept|Oct|Nov|Dec)$|^(Sept|Oct|Nov|Dec) \d{1,2}$/.test(t)), after.join(' | ')).toBe(true);
      expect(Math.abs((await markX(page, 'phone-call')) - x0)).toBeLessThan(3);
      // Turning the wheel the other way zooms back out to the ticks of the whole range.
      for (let i = 0; i < 5; i++) await page.mouse.wheel(0, 200);
      await page.keyboard.up('Control');
      await settled(page);
      expect(await ticks(page)).toEqual(before);
      expect(log.pageErrors).toEqual([]);
    });
  });

  it('mid-wheel the view only moves its last layout; once it settles, marks and labels are where the layout of the new domain puts them, with no overlaps', async () => {
    await onTimeline('/en/timeline/', async ({ page, log }) => {
      const box = await svgBox(page);
      await page.mouse.move(box.left + box.width * 0.4, box.top + box.height / 2);
      // Records, as it happens, whether the preview showed while the gesture moved (however fast it settles).
      await page.evaluate(() => {
        const view = document.querySelector<HTMLElement>('timeline-view')!;
        (window as unknown as { previewSeen: boolean }).previewSeen = false;
        new MutationObserver(() => {
          const canvas = view.querySelector('.tl-frame canvas.tl-preview');
          if (view.hasAttribute('data-moving') && canvas && canvas.getClientRects().length > 0 && getComputedStyle(canvas).visibility !== 'hidden') (window as unknown as { previewSeen: boolean }).previewSeen = true;
        }).observe(view, { attributes: true, attributeFilter: ['data-moving'] });
      });
      await page.keyboard.down('Control');
      for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -150);
      await page.keyboard.up('Control');
      await settled(page);
      expect(await page.evaluate(() => (window as unknown as { previewSeen: boolean }).previewSeen)).toBe(true);
      expect(await page.locator('.tl-frame canvas.tl-preview').isVisible()).toBe(false);
      const view = await page.evaluate(() => {
        const el = document.querySelector<HTMLElement>('timeline-view')!;
        const config = JSON.parse(el.querySelector('.tl-config')!.textContent!) as { events: unknown[] };
        return { domain: el.dataset.domain!, width: Number(el.querySelector('.tl-frame svg')!.getAttribute('width')), events: config.events };
      });
      const [start, end] = view.domain.split(',').map(Number) as [number, number];
      // Zoomed in, about the pointer.
      expect(end - start).toBeLessThan(Date.UTC(2024, 0, 1) - Date.UTC(2023, 8, 1));
      const layout = layoutTimeline(view.events as TimelineEvent[], { width: view.width, height: 360, range: { start, end }, lanes: 'actor', locale: 'en' });
      expect(overlaps(labelBoxes(layout))).toEqual([]);
      const drawn = await page.$$eval('.tl-frame .tl-event', (els) =>
        els.map((g) => {
          const label = g.querySelector('.tl-label')!;
          return { id: g.getAttribute('data-id')!, visible: !g.hasAttribute('display'), x: g.getAttribute('transform')!.replace(/,.*/, ''), label: label.hasAttribute('display') ? undefined : { x: label.getAttribute('x'), text: label.textContent } };
        }),
      );
      const expected = layout.events.map((e) => ({
        id: e.id,
        visible: e.visible,
        x: eventTransform(e).replace(/,.*/, ''),
        label: e.label ? { x: round(e.label.x - e.x0), text: e.label.text } : undefined,
      }));
      const byId = new Map(drawn.map((d) => [d.id, d]));
      for (const e of expected) {
        const d = byId.get(e.id)!;
        expect(d.visible, e.id).toBe(e.visible);
        if (e.visible) expect(d, e.id).toEqual(e);
      }
      expect(expected.some((e) => e.label)).toBe(true);
      // And as drawn on screen, no two labels or badges overlap.
      const boxes = await page.$$eval('.tl-frame .tl-event:not([display]) .tl-label:not([display]), .tl-frame .tl-cluster', (els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
      const hits = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5));
      expect(hits).toEqual([]);
      expect(log.pageErrors).toEqual([]);
    });
  });

  it('at the widest scale the wheel scrolls the page instead of zooming', async () => {
    await onTimeline('/en/timeline/?range=background', async ({ page }) => {
      const box = await svgBox(page);
      await page.mouse.move(box.left + box.width / 2, box.top + box.height / 2);
      const before = await ticks(page);
      const scrollBefore = await page.evaluate(() => scrollY);
      await page.mouse.wheel(0, 300);
      await page.waitForFunction((y) => scrollY !== y, scrollBefore, { timeout: 2000 });
      expect(await ticks(page)).toEqual(before);
    });
  });

  it('dragging pans the view, and a drag that starts on an event does not open its card', async () => {
    await onTimeline('/en/timeline/', async ({ page }) => {
      const box = await svgBox(page);
      const x0 = await markX(page, 'phone-call');
      const y = await page.$eval('.tl-event[data-id="phone-call"] .tl-shape', (el) => {
        const r = el.getBoundingClientRect();
        return r.top + r.height / 2;
      });
      const dx = Math.min(200, box.right - x0 - 20);
      await page.mouse.move(x0, y);
      await page.mouse.down();
      for (let i = 1; i <= 10; i++) await page.mouse.move(x0 + (dx * i) / 10, y);
      await page.mouse.up();
      await settled(page);
      expect((await markX(page, 'phone-call')) - x0).toBeCloseTo(dx, 0);
      expect(await page.locator('.tl-card-panel').isHidden()).toBe(true);
      expect(page.url()).not.toContain('event=');
      // A plain click still opens the card.
      await page.click('.tl-event[data-id="phone-call"] .tl-label');
      expect(await page.locator('.tl-card-slot .event-card').getAttribute('data-id')).toBe('phone-call');
    });
  });

  it('plus and minus zoom about the focused event, Page Up and Page Down pan, from the keyboard', async () => {
    await onTimeline('/en/timeline/', async ({ page }) => {
      const before = await ticks(page);
      await page.focus('.tl-event[data-id="phone-call"]');
      const x = await markX(page, 'phone-call');
      await page.keyboard.press('+');
      await page.keyboard.press('+');
      await settled(page);
      const zoomed = await ticks(page);
      expect(zoomed).not.toEqual(before);
      expect(zoomed.some((t) => /\d/.test(t)), zoomed.join(' | ')).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe('phone-call');
      expect(Math.abs((await markX(page, 'phone-call')) - x)).toBeLessThan(3);
      // An event in the left half (not one clipped at the edge) stays in view when the content moves right by 30 % of the frame.
      const box = await svgBox(page);
      const leftmost = await page.$$eval(
        '.tl-frame .tl-event:not([display]) .tl-shape',
        (els, minX) => els.map((e) => ({ id: e.closest('[data-id]')!.getAttribute('data-id')!, x: e.getBoundingClientRect().left })).filter((e) => e.x > minX).sort((a, b) => a.x - b.x)[0]!.id,
        box.left + 40,
      );
      await page.focus(`.tl-event[data-id="${leftmost}"]`);
      const x0 = await markX(page, leftmost);
      await page.keyboard.press('PageUp');
      await settled(page);
      expect((await markX(page, leftmost)) - x0).toBeCloseTo(box.width * 0.3, -1);
      await page.keyboard.press('PageDown');
      await settled(page);
      expect(Math.abs((await markX(page, leftmost)) - x0)).toBeLessThan(2);
      await page.keyboard.press('-');
      await page.keyboard.press('-');
      await settled(page);
      // Back at the article range's scale (about as many ticks as at first, though panned).
      const out = await ticks(page);
      expect(Math.abs(out.length - before.length), `${before.join(' | ')} / ${out.join(' | ')}`).toBeLessThanOrEqual(1);
      expect(out.length).toBeGreaterThan(zoomed.length);
    });
  });

  it('the range buttons still set the view after zooming, and zooming out stops at the whole period', async () => {
    await onTimeline('/en/timeline/', async ({ page }) => {
      const article = await ticks(page);
      await page.click('button[data-zoom="in"]');
      await settled(page);
      await page.click('button[data-range="background"]');
      const background = await ticks(page);
      expect(background.some((t) => /^(19|20)\d\d$/.test(t)), background.join(' | ')).toBe(true);
      for (let i = 0; i < 4; i++) await page.click('button[data-zoom="out"]');
      await settled(page);
      expect(await ticks(page)).toEqual(background);
      await page.click('button[data-range="article"]');
      expect(await ticks(page)).toEqual(article);
    });
  });

  it('a two-finger pinch (touch, through the DevTools protocol) zooms in', async () => {
    await withPage('/en/timeline/', { width: 375, height: 800, touch: true }, async ({ page, context }) => {
      await viewReady(page, 'timeline-view');
      await page.locator('.tl-frame').scrollIntoViewIfNeeded();
      const before = await ticks(page);
      const box = await svgBox(page);
      const cx = box.left + box.width / 2;
      const cy = box.top + box.height / 2;
      const cdp = await context.newCDPSession(page);
      const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) =>
        cdp.send('Input.dispatchTouchEvent', {
          type,
          touchPoints: type === 'touchEnd' ? [] : [{ x: cx - spread, y: cy, id: 1 }, { x: cx + spread, y: cy, id: 2 }],
        });
      await touch('touchStart', 30);
      for (let spread = 35; spread <= 150; spread += 5) await touch('touchMove', spread);
      await touch('touchEnd', 0);
      await settled(page);
      // Zoomed in (not only panned): the month ticks of the narrow frame give way to days.
      const days = (labels: string[]) => labels.some((t) => /^\d{1,2} [A-Z]/.test(t));
      expect(days(before), before.join(' | ')).toBe(false);
      const after = await ticks(page);
      expect(days(after), after.join(' | ')).toBe(true);
    });
  });
});
