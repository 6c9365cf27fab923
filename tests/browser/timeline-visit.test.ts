import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadAt, origin, timelineSettled, viewReady, withPage } from './harness';

const DAY = 86_400_000;

/** The domain the timeline has laid out (`data-domain`), in ms. */
async function domainOf(page: Page): Promise<[number, number]> {
  const text = await page.locator('timeline-view').getAttribute('data-domain');
  return text!.split(',').map(Number) as [number, number];
}

/** The address's `span` parameter, or null. */
const spanOf = (page: Page) => new URL(page.url()).searchParams.get('span');

describe('a visitor\'s first minutes with the timeline', () => {
  it('on a 375 px phone every label shows its whole title, on several lines where needed, inside the frame and clear of every other label', async () => {
    await withPage('/de/timeline/', { width: 375, height: 800 }, async ({ page, log }) => {
      await viewReady(page, 'timeline-view');
      const { labels, frame, titles } = await page.evaluate(() => {
        const view = document.querySelector('timeline-view')!;
        const config = JSON.parse(view.querySelector('.tl-config')!.textContent!) as { events: { id: string; title: string }[] };
        const shown = [...view.querySelectorAll<SVGTextElement>('.tl-frame .tl-event:not([display]) .tl-label:not([display])')];
        return {
          frame: view.querySelector('.tl-frame svg')!.getBoundingClientRect().toJSON() as DOMRect,
          titles: Object.fromEntries(config.events.map((e) => [e.id, e.title])),
          labels: shown.map((label) => {
            const lines = [...label.querySelectorAll('tspan')].map((t) => t.textContent);
            return { id: label.closest<SVGGElement>('.tl-event')!.dataset.id!, text: lines.length > 0 ? lines.join(' ') : label.textContent, box: label.getBoundingClientRect().toJSON() as DOMRect };
          }),
        };
      });
      expect(labels.length).toBeGreaterThan(12);
      for (const { id, text, box } of labels) {
        expect(text, id).toBe(titles[id]);
        expect(box.left, id).toBeGreaterThanOrEqual(frame.left);
        expect(box.right, id).toBeLessThanOrEqual(frame.right);
        expect(box.top, id).toBeGreaterThanOrEqual(frame.top);
        expect(box.bottom, id).toBeLessThanOrEqual(frame.bottom);
      }
      const hits = labels.flatMap((a, i) => labels.slice(i + 1).filter((b) => a.box.left < b.box.right - 0.5 && b.box.left < a.box.right - 0.5 && a.box.top < b.box.bottom - 0.5 && b.box.top < a.box.bottom - 0.5).map((b) => `${a.id} × ${b.id}`));
      expect(hits).toEqual([]);
      expect(log.pageErrors).toEqual([]);
    });
  });

  it('a zoomed view writes its span into the address once it settles, and the page and the embed reload to the same span; a broken span falls back to the default view', async () => {
    await withPage('/en/timeline/', {}, async ({ page, log }) => {
      await viewReady(page, 'timeline-view');
      const article = await domainOf(page);
      const entries = await page.evaluate(() => history.length);
      const box = await page.locator('.tl-frame svg').boundingBox();
      await page.mouse.move(box!.x + box!.width * 0.3, box!.y + box!.height / 2);
      await page.keyboard.down('Control');
      for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -200);
      await page.keyboard.up('Control');
      await timelineSettled(page);
      await page.waitForURL(/[?&]span=/);
      const span = spanOf(page)!;
      expect(span).toMatch(/^2023-\d\d-\d\d,2023-\d\d-\d\d$/);
      const zoomed = await domainOf(page);
      expect(zoomed[1] - zoomed[0]).toBeLessThan((article[1] - article[0]) / 2);
      // The wheel's ticks replaced one history entry instead of adding one each.
      expect(await page.evaluate(() => history.length)).toBe(entries);

      for (const path of [`/en/timeline/?span=${span}`, `/embed/en/timeline/?span=${span}`]) {
        await loadAt(page, path, { width: 1280, height: 900 });
        await viewReady(page, 'timeline-view');
        const [start, end] = await domainOf(page);
        // Within half a day of each end: the address writes whole days.
        expect(Math.abs(start - zoomed[0]), path).toBeLessThanOrEqual(DAY / 2);
        expect(Math.abs(end - zoomed[1]), path).toBeLessThanOrEqual(DAY / 2);
        expect(spanOf(page), path).toBe(span);
      }

      for (const broken of ['2023-10-03,2023-09-19', '2023-09-19,2031-01-01', '2023-02-30,2023-03-20', 'soon']) {
        await loadAt(page, `/en/timeline/?span=${broken}`, { width: 1280, height: 900 });
        await viewReady(page, 'timeline-view');
        expect(await domainOf(page), broken).toEqual(article);
      }
      expect(log.pageErrors).toEqual([]);
      expect(page.url().startsWith(origin)).toBe(true);
    });
  });

  it('over 1988–2024 the report\'s months get a focus band on a broken axis: dates sit where the data says, labels stay clear of the breaks, and zoom and pan work across them', async () => {
    await withPage('/en/timeline/?range=background', {}, async ({ page, log }) => {
      await viewReady(page, 'timeline-view');
      const drawing = () =>
        page.evaluate(() => {
          const svg = document.querySelector('.tl-frame svg')!;
          const ticks = [...svg.querySelectorAll('.tl-ticks .tl-tick')].map((g) => ({ label: g.querySelector('text')!.textContent!, x: Number(g.querySelector('line')!.getAttribute('x1')), box: g.querySelector('text')!.getBoundingClientRect().toJSON() as DOMRect }));
          const breaks = [...svg.querySelectorAll('.tl-ticks .tl-break')].map((b) => b.getBoundingClientRect().toJSON() as DOMRect);
          const marks = Object.fromEntries(
            [...svg.querySelectorAll<SVGGElement>('.tl-event:not([display])')].map((g) => {
              const shape = g.querySelector('.tl-shape')!.getBoundingClientRect();
              return [g.dataset.id!, { x: Number(/translate\(([-\d.]+)/.exec(g.getAttribute('transform')!)![1]), day: g.classList.contains('tl-precision-day'), screenX: shape.left + shape.width / 2 }];
            }),
          );
          return { ticks, breaks, marks };
        });
      const clear = (d: Awaited<ReturnType<typeof drawing>>) => {
        const boxes = [...d.ticks.map((t) => t.box), ...d.breaks];
        return boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5));
      };
      const before = await drawing();
      expect(before.breaks.length).toBe(2);
      expect(clear(before)).toEqual([]);
      const tick = (label: string) => before.ticks.find((t) => t.label === label)!.x;
      // Between two ticks the scale is linear: a mark lies as far between them as its date does.
      const expectAt = (id: string, from: [string, string], to: [string, string]) => {
        const mark = before.marks[id]!;
        const [t0, t1] = [Date.parse(`${from[1]}T00:00:00Z`), Date.parse(`${to[1]}T00:00:00Z`)];
        const day = Date.parse(`${({ 'bishkek-protocol': '1994-05-05', 'lachin-blockade': '2022-12-12', offensive: '2023-09-19', 'victory-day-parade': '2023-11-08' } as Record<string, string>)[id]}T00:00:00Z`) + (mark.day ? DAY / 2 : 0);
        expect(mark.x, id).toBeCloseTo(tick(from[0]) + ((day - t0) / (t1 - t0)) * (tick(to[0]) - tick(from[0])), 0);
      };
      expectAt('bishkek-protocol', ['1990', '1990-01-01'], ['1995', '1995-01-01']);
      expectAt('offensive', ['Sept 2023', '2023-09-01'], ['Oct', '2023-10-01']);
      expectAt('victory-day-parade', ['Nov', '2023-11-01'], ['Dec', '2023-12-01']);
      // The band is far wider than the years: September takes more room than five years.
      expect(tick('Oct') - tick('Sept 2023')).toBeGreaterThan(tick('1995') - tick('1990'));

      // Zooming about the first break keeps the moment under the pointer in place.
      const box = (await page.locator('.tl-frame svg').boundingBox())!;
      const breakX = (before.breaks[0]!.left + before.breaks[0]!.right) / 2;
      // A row of the first lane, on the first screen (the drawing runs below the window).
      const y = box.y + 120;
      const whole = await domainOf(page);
      await page.mouse.move(before.marks.offensive!.screenX, y);
      await page.keyboard.down('Control');
      for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -200);
      await page.keyboard.up('Control');
      await timelineSettled(page);
      const zoomed = await drawing();
      const [start, end] = await domainOf(page);
      expect(end - start).toBeLessThan((whole[1] - whole[0]) / 2);
      expect(start < Date.UTC(2023, 8, 1) && end > Date.UTC(2023, 8, 1)).toBe(true);
      expect(Math.abs(zoomed.marks.offensive!.screenX - before.marks.offensive!.screenX)).toBeLessThan(3);
      expect(zoomed.breaks.length).toBeGreaterThan(0);
      expect(clear(zoomed)).toEqual([]);
      expect(breakX).toBeLessThan(zoomed.marks.offensive!.screenX);

      // A drag moves both sides of the break by the same pixels.
      await page.mouse.move(box.x + box.width * 0.5, y);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.5 + 100, y, { steps: 5 });
      await page.mouse.move(box.x + box.width * 0.5 + 200, y, { steps: 5 });
      await page.mouse.up();
      await timelineSettled(page);
      const panned = await drawing();
      for (const id of ['lachin-blockade', 'offensive']) {
        if (!zoomed.marks[id] || !panned.marks[id]) continue;
        expect(panned.marks[id].screenX - zoomed.marks[id].screenX, id).toBeCloseTo(200, -1);
      }
      expect(panned.marks.offensive && zoomed.marks.offensive).toBeTruthy();
      expect(clear(panned)).toEqual([]);
      expect(log.pageErrors).toEqual([]);
    });
  });
});
