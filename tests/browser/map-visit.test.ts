import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextFrames, origin, viewReady, withPage } from './harness';

const widths = [375, 768, 1280] as const;
const heightAt = (width: number) => (width < 600 ? 740 : 900);
const capitals = ['washington', 'moscow', 'baku', 'yerevan'];

/**
 * For each mark of the map that lies inside its frame: what a pointer at the mark's centre
 * reaches, as the mark's own id, `cluster:<ids>` for a cluster control (with the ids of what its
 * list offers), or what else lies there.
 */
function reachable(view: Page | Frame, kind: 'live' | 'static'): Promise<{ id: string; reaches: string }[]> {
  return view.evaluate((kind) => {
    const frame = document.querySelector(kind === 'live' ? '.map-live' : '.static-map')!.getBoundingClientRect();
    const marks = kind === 'live'
      ? [...document.querySelectorAll<HTMLElement>('.map-live .map-marker--place, .map-live .map-marker--event')].map((el) => ({ el, dot: el.querySelector('.mk-dot') ?? el }))
      : [...document.querySelectorAll<SVGElement>('.static-map__region a[data-id]')].map((el) => ({ el, dot: el.querySelector('circle, rect')! }));
    const shown = marks.filter(({ el }) => el.getClientRects().length > 0 && getComputedStyle(el).display !== 'none');
    return shown.flatMap(({ el, dot }) => {
      const box = dot.getBoundingClientRect();
      const [x, y] = [(box.left + box.right) / 2, (box.top + box.bottom) / 2];
      if (x < frame.left || x > frame.right || y < frame.top || y > frame.bottom) return [];
      const top = document.elementFromPoint(x, y);
      const cluster = top?.closest<HTMLElement>('.map-cluster');
      const mark = top?.closest<HTMLElement | SVGElement>('[data-id]');
      const reaches = cluster ? `cluster:${cluster.dataset.members ?? ''}` : mark === el ? el.dataset.id! : (mark?.dataset.id ?? top?.className.toString() ?? 'nothing');
      return [{ id: el.dataset.id!, reaches }];
    });
  }, kind);
}

/** Whether every mark reaches itself or a cluster control that lists it. */
function unreachable(seen: { id: string; reaches: string }[]): string[] {
  return seen.filter(({ id, reaches }) => reaches !== id && !(reaches.startsWith('cluster:') && reaches.slice(8).split(' ').includes(id))).map(({ id, reaches }) => `${id} → ${reaches}`);
}

/** The box of a live marker's label, whether it is shown, and whether it lies inside the map's frame. */
function labelOf(page: Page, id: string): Promise<{ shown: boolean; inside: boolean; dotInside: boolean }> {
  return page.evaluate((id) => {
    const frame = document.querySelector('.map-live')!.getBoundingClientRect();
    const marker = document.querySelector(`.map-live .map-marker--place[data-id="${id}"]`)!;
    const label = marker.querySelector('.mk-label')!;
    const inside = (r: DOMRect) => r.left >= frame.left - 1 && r.right <= frame.right + 1 && r.top >= frame.top - 1 && r.bottom <= frame.bottom + 1;
    return { shown: label.getClientRects().length > 0 && getComputedStyle(label).opacity !== '0', inside: inside(label.getBoundingClientRect()), dotInside: inside(marker.querySelector('.mk-dot')!.getBoundingClientRect()) };
  }, id);
}

/** Waits until the live map has stopped moving (it marks a move with `data-moving`) and the frame after is drawn. */
async function mapSettled(view: Page | Frame): Promise<void> {
  await view.waitForSelector('karabakh-map:not([data-moving])', { state: 'attached' });
  await nextFrames(view);
}

/** Brings the map back to its opening view with its button, and waits until it is there (the address is bare again). */
async function backToRegion(page: Page): Promise<void> {
  await page.locator('[data-action="region"]').click();
  await page.waitForFunction(() => location.search === '');
  await nextFrames(page);
}

/** The map's zoom as the address says it (undefined at the default view). */
const zoomInUrl = (page: Page) => new URL(page.url()).searchParams.get('zoom');

/** Puts the mouse over the map, clear of its marks, in the middle of its lower part. */
async function pointAtMap(page: Page, view: Page | Frame = page): Promise<void> {
  const box = (await view.locator('.map-live').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.85, box.y + box.height * 0.85);
}

/** Turns the wheel once over the map and waits until the page (or the embed in it, `frame`) has scrolled, or fails when neither does. */
async function wheelScrollsPage(page: Page, frame?: Frame): Promise<void> {
  const scrolled = async () => (await page.evaluate(() => scrollY)) + (frame ? await frame.evaluate(() => scrollY) : 0);
  const before = await scrolled();
  await page.mouse.wheel(0, 240);
  await expect.poll(scrolled, { timeout: 5000 }).toBeGreaterThan(before);
}

/** A host page on a second origin: some text, the map's embed, and more text, so the page scrolls. */
let host: Server;
let hostUrl: string;
beforeAll(async () => {
  const html = `<!doctype html><html lang="de"><head><title>Host</title></head><body style="margin:0"><p style="height:300px">Vorher</p><iframe src="${origin}/embed/de/map/" title="Karte" style="width:100%;height:1100px;border:0"></iframe><p style="height:1500px">Nachher</p></body></html>`;
  host = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await new Promise((resolve) => host?.close(resolve));
});

describe('a map a visitor can use at every width', () => {
  for (const width of widths) {
    it(`at ${width} px the live map: every mark takes the pointer (or its cluster's list does), Baku is named, the zoom buttons speak German, the wheel scrolls the page, and zoomed out every capital and its name fit`, async () => {
      await withPage('/de/map/', { width, height: heightAt(width) }, async ({ page }) => {
        await viewReady(page, 'karabakh-map');
        await page.locator('.map-live').evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await nextFrames(page);

        // The zoom buttons' names.
        expect(await page.locator('.leaflet-control-zoom-in').getAttribute('title')).toBe('Vergrößern');
        expect(await page.locator('.leaflet-control-zoom-out').getAttribute('title')).toBe('Verkleinern');

        // Baku, the capital the report is datelined from, and its name, at every opening view.
        expect(await labelOf(page, 'baku'), 'Baku').toEqual({ shown: true, inside: true, dotInside: true });

        // Every mark in the frame takes the pointer at its centre, itself or through a cluster control.
        const seen = await reachable(page, 'live');
        expect(seen.length).toBeGreaterThan(15);
        expect(unreachable(seen)).toEqual([]);
        // Kornidzor and Shusha, close to Lachin and Khankendi, open their own cards from their cluster's list.
        for (const id of ['kornidzor', 'shusha-shushi']) {
          const cluster = (await reachable(page, 'live')).find((s) => s.id === id)!.reaches;
          if (cluster === id) await page.locator(`.map-live .map-marker--place[data-id="${id}"]`).click();
          else {
            await page.locator(`.map-live .map-cluster[data-members="${cluster.slice(8)}"]`).click();
            await mapSettled(page);
            await page.locator(`.map-cluster-list button[data-id="${id}"]`).click();
          }
          await page.waitForSelector(`.leaflet-popup .map-card[data-id="${id}"]`);
          await page.keyboard.press('Escape');
          await page.waitForSelector('.leaflet-popup', { state: 'detached' });
          // Back to the opening view, which the card may have moved.
          await backToRegion(page);
        }

        if (width === 375) {
          // On a phone a card opened near the corner of the zoom buttons opens below them, whole.
          await page.locator('.map-live .map-marker--event[data-id="us-officials-in-yerevan"]').click();
          await page.waitForSelector('.leaflet-popup .map-card[data-id="us-officials-in-yerevan"]');
          await mapSettled(page);
          const clear = await page.evaluate(() => {
            const popup = document.querySelector('.leaflet-popup-content-wrapper')!.getBoundingClientRect();
            const zoom = document.querySelector('.leaflet-control-zoom')!.getBoundingClientRect();
            return popup.top >= zoom.bottom || popup.left >= zoom.right;
          });
          expect(clear, 'the zoom buttons leave the card\'s top clear').toBe(true);
          await page.keyboard.press('Escape');
          await page.waitForSelector('.leaflet-popup', { state: 'detached' });
        }

        // A plain wheel over the map scrolls the page and says once how to zoom; the map stays.
        // (The mouse comes from outside the map: the presses above let the wheel zoom until it leaves.)
        const before = page.url();
        await page.mouse.move(2, 2);
        await pointAtMap(page);
        await wheelScrollsPage(page);
        expect(await page.locator('.map-wheel-hint').isVisible(), 'the hint says how to zoom').toBe(true);
        expect(await page.locator('.map-wheel-hint').innerText()).toContain('Strg');
        expect(page.url(), 'a plain wheel does not zoom').toBe(before);
        // Ctrl + wheel zooms the map, and the page stays where it is.
        await pointAtMap(page);
        const scrolled = await page.evaluate(() => scrollY);
        await page.keyboard.down('Control');
        await page.mouse.wheel(0, -200);
        await page.keyboard.up('Control');
        await page.waitForFunction(() => new URL(location.href).searchParams.has('zoom'));
        expect(await page.evaluate(() => scrollY)).toBe(scrolled);
        // After a press into the map the plain wheel zooms too, and the hint has gone.
        const zoomed = zoomInUrl(page);
        const box = (await page.locator('.map-live').boundingBox())!;
        await page.mouse.click(box.x + box.width * 0.85, box.y + box.height * 0.85);
        expect(await page.locator('.map-wheel-hint').isVisible()).toBe(false);
        await page.mouse.wheel(0, -200);
        await page.waitForFunction((z) => new URL(location.href).searchParams.get('zoom') !== z, zoomed);

        // Zoomed out: the four capitals and their names inside the frame, and a world without seams.
        await mapSettled(page);
        await page.locator('[data-action="world"]').click();
        await page.waitForFunction(() => document.querySelectorAll('.map-live path.map-relation').length > 0 && document.querySelector('.map-live path.map-land-world'));
        await mapSettled(page);
        await page.locator('.map-live').evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await nextFrames(page);
        for (const id of capitals) expect(await labelOf(page, id), id).toEqual({ shown: true, inside: true, dotInside: true });
        expect(unreachable(await reachable(page, 'live')), 'zoomed out').toEqual([]);
        // No edge of the land's outline runs a quarter of the world's width: the antimeridian's and the box's seams are gone.
        const longest = await page.evaluate(() => {
          const path = document.querySelector<SVGPathElement>('.map-live path.map-land-world')!;
          let widest = 0;
          for (const ring of (path.getAttribute('d') ?? '').split('M').filter((part) => part.trim())) {
            const xs = ring.split(/[LZz]/).filter((part) => part.trim()).map((part) => Number(part.trim().split(/[ ,]+/)[0]));
            for (let i = 1; i < xs.length; i++) widest = Math.max(widest, Math.abs(xs[i]! - xs[i - 1]!));
          }
          return widest / document.querySelector('.map-live')!.getBoundingClientRect().width;
        });
        expect(longest).toBeLessThan(0.25);
      });
    });

    it(`at ${width} px the static map: every mark takes the pointer at its centre, itself or through its cluster`, async () => {
      // The live map's script is cut off, so the static map stays.
      await withPage('/de/map/', { width, height: heightAt(width), cut: (url) => url.pathname.includes('/map-live.') }, async ({ page }) => {
        await page.waitForSelector('karabakh-map.is-placed [data-map-status="geodataFailed"]', { state: 'attached' });
        await page.locator('.static-map').evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await nextFrames(page);
        const seen = await reachable(page, 'static');
        expect(seen.length).toBeGreaterThan(15);
        expect(unreachable(seen)).toEqual([]);
        // Kornidzor opens its own card.
        const kornidzor = seen.find((s) => s.id === 'kornidzor')!.reaches;
        if (kornidzor === 'kornidzor') await page.locator('.static-map__region a[data-id="kornidzor"] circle').click();
        else {
          await page.locator(`.static-map .map-cluster[data-members="${kornidzor.slice(8)}"]`).click();
          await page.locator('.map-cluster-list button[data-id="kornidzor"]').click();
        }
        await page.waitForSelector('.map-static-card .map-card[data-id="kornidzor"]');
      });
    });
  }

  it('inside an embed on another page, a plain wheel over the map scrolls the host page and says how to zoom', async () => {
    await withPage(null, { width: 768, height: 700 }, async ({ page }) => {
      await page.goto(hostUrl, { waitUntil: 'load' });
      const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
      await viewReady(frame, 'karabakh-map');
      const map = (await frame.locator('.map-live').boundingBox())!;
      await page.evaluate((y) => scrollTo(0, y), map.y + map.height / 2 - 350);
      await pointAtMap(page, frame);
      const before = frame.url();
      await wheelScrollsPage(page, frame);
      expect(frame.url()).toBe(before);
      expect(await frame.locator('.map-wheel-hint').isVisible()).toBe(true);
    });
  });
});
