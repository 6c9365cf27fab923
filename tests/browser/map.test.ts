import { describe, expect, it } from 'vitest';
import { axeViolations, loadAt, viewReady, withPage } from './harness';

const live = '.map-live.leaflet-container';

describe('map page', () => {
  for (const lang of ['de', 'en']) {
    it(`/${lang}/map/ draws the live map with no request to any host but 127.0.0.1 and no error`, async () => {
      await withPage(`/${lang}/map/`, {}, async ({ page, log }) => {
        await page.waitForSelector(`${live} .map-marker--place`);
        expect(await page.locator(`${live} path.map-country`).count()).toBe(6);
        expect(await page.locator(`${live} path.map-karabakh`).count()).toBe(1);
        expect(await page.locator('.static-map').isVisible()).toBe(false);
        expect(await page.locator('.leaflet-control-attribution').innerText()).toBe('Natural Earth, world-atlas');
        expect(await page.locator('.leaflet-control-attribution a').count()).toBe(0);
        expect(log.foreignRequests).toEqual([]);
        expect(log.failedRequests).toEqual([]);
        expect(log.consoleErrors).toEqual([]);
        expect(log.pageErrors).toEqual([]);
        // The regional geodata loads once, fetched by the live map's script.
        const geodata = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('region.topo')).map((e) => (e as PerformanceResourceTiming).initiatorType));
        expect(geodata).toEqual(['fetch']);
      });
    });

    it(`/${lang}/map/ has no axe-core violation in the static map that readers without JavaScript get (all rules in light, contrast in dark)`, async () => {
      // The live map in light and dark is checked with every page's (site.test.ts).
      await withPage(`/${lang}/map/`, {}, async ({ page }) => {
        await viewReady(page, 'karabakh-map');
        // axe needs script, so show what readers without JavaScript get: the static map.
        await page.evaluate(() => {
          document.querySelector('karabakh-map')?.classList.remove('is-live');
          (document.querySelector('.map-live') as HTMLElement).hidden = true;
        });
        expect(await page.locator('.static-map').isVisible()).toBe(true);
        expect(await axeViolations(page), 'light').toEqual([]);
        await page.emulateMedia({ colorScheme: 'dark' });
        expect(await axeViolations(page, { only: 'contrast' }), 'dark').toEqual([]);
      });
    });
  }

  it('without JavaScript the static SVG map shows, and unticking a layer hides it', async () => {
    await withPage('/en/map/', { javaScriptEnabled: false }, async ({ page }) => {
      expect(await page.locator('.static-map__region').isVisible()).toBe(true);
      expect(await page.locator('.static-map__region [data-layer="places"]').isVisible()).toBe(true);
      await page.locator('.map-legend input[value="places"]').uncheck();
      expect(await page.locator('.static-map__region [data-layer="places"]').isVisible()).toBe(false);
      expect(await page.locator('.map-figures li').count()).toBe(3);
    });
  });

  it('without JavaScript on a phone the static map keeps legible labels, scrolls sideways on its own and opens on the exodus route', async () => {
    for (const path of ['/en/map/', '/embed/de/map/']) {
      await withPage(path, { javaScriptEnabled: false, width: 375, height: 740 }, async ({ page }) => {
        const seen = await page.evaluate(() => {
          const scroller = document.querySelector<HTMLElement>('.static-map')!;
          const frame = scroller.getBoundingClientRect();
          const dot = (id: string) => document.querySelector(`.static-map__region .map-place[data-id="${id}"] circle`)!.getBoundingClientRect();
          const label = document.querySelector('.static-map__region .map-place-label')!.getBoundingClientRect();
          const inView = (r: DOMRect) => r.left >= frame.left && r.right <= frame.right;
          return {
            pageWidth: document.documentElement.scrollWidth,
            scrolls: scroller.scrollWidth > scroller.clientWidth,
            scrolledTo: scroller.scrollLeft,
            labelHeight: label.height,
            ends: [inView(dot('yerevan')), inView(dot('khankendi-stepanakert'))],
          };
        });
        expect(seen.pageWidth, path).toBeLessThanOrEqual(375);
        expect(seen.scrolls, path).toBe(true);
        expect(seen.scrolledTo, path).toBeGreaterThan(0);
        expect(seen.labelHeight, path).toBeGreaterThanOrEqual(8);
        expect(seen.ends, path).toEqual([true, true]);
        // The keyboard scrolls it too, once it has focus.
        await page.locator('.static-map').focus();
        await page.keyboard.press('ArrowRight');
        await expect.poll(() => page.locator('.static-map').evaluate((el) => el.scrollLeft), { timeout: 2000 }).toBeGreaterThan(seen.scrolledTo);
      });
    }
  });

  it('event markers are reachable by Tab, Enter opens the right card and Escape closes it', async () => {
    await withPage('/en/map/', {}, async ({ page }) => {
      await page.waitForSelector(`${live} .map-marker--event`);
      // Tab order: the map container, then its markers (in the marker pane), then the zoom buttons.
      await page.locator('.map-live').focus();
      let found: string | null = null;
      for (let i = 0; i < 60 && found !== 'exodus'; i++) {
        await page.keyboard.press('Tab');
        found = await page.evaluate(() => (document.activeElement?.classList.contains('map-marker--event') ? (document.activeElement as HTMLElement).dataset.id ?? null : null));
      }
      expect(found).toBe('exodus');
      await page.keyboard.press('Enter');
      const popup = page.locator('.leaflet-popup .map-card');
      await popup.waitFor();
      expect(await popup.getAttribute('data-id')).toBe('exodus');
      expect(await popup.innerText()).toContain('Entry in the sources');
      expect(await popup.locator('a[href="/en/sources/#event-exodus"]').count()).toBe(1);
      expect(await popup.locator('a[href="/en/timeline/?event=exodus"]').count()).toBe(1);
      await page.waitForFunction(() => new URL(location.href).searchParams.get('event') === 'exodus');
      await page.keyboard.press('Escape');
      await page.waitForSelector('.leaflet-popup', { state: 'detached' });
      expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.id)).toBe('exodus');
      expect(new URL(page.url()).searchParams.get('event')).toBeNull();
    });
  });

  it('place markers open their card; Kornidzor\'s says it is in Armenia', async () => {
    await withPage('/en/map/', {}, async ({ page }) => {
      await page.waitForSelector(`${live} .map-marker--place[data-id="kornidzor"]`);
      await page.locator('.map-marker--place[data-id="kornidzor"]').focus();
      await page.keyboard.press('Enter');
      const popup = page.locator('.leaflet-popup .map-card');
      await popup.waitFor();
      expect(await popup.getAttribute('data-id')).toBe('kornidzor');
      expect(await popup.innerText()).toMatch(/Armenia/);
    });
  });

  it('layer toggles remove and restore the layer and write the layers to the URL', async () => {
    await withPage('/en/map/', {}, async ({ page }) => {
      await page.waitForSelector(`${live} .map-marker--event`);
      await page.locator('.map-legend input[value="events"]').uncheck();
      expect(await page.locator(`${live} .map-marker--event`).count()).toBe(0);
      expect(new URL(page.url()).searchParams.get('layers')).toBe('borders,exodus,karabakh,places,relations');
      await page.locator('.map-legend input[value="exodus"]').uncheck();
      expect(await page.locator(`${live} path.map-route`).count()).toBe(0);
      await page.locator('.map-legend input[value="events"]').check();
      await page.locator('.map-legend input[value="exodus"]').check();
      expect(await page.locator(`${live} .map-marker--event`).count()).toBeGreaterThan(5);
      expect(new URL(page.url()).searchParams.get('layers')).toBeNull();
    });
  });

  it('the view state round-trips through the URL: centre, zoom, layers and the selected event', async () => {
    await withPage('/en/map/?event=victory-day-parade&layers=events,places&center=39.8,46.7&zoom=9', {}, async ({ page }) => {
      await page.waitForSelector('.leaflet-popup .map-card[data-id="victory-day-parade"]');
      expect(await page.locator('.map-legend input[value="borders"]').isChecked()).toBe(false);
      expect(await page.locator(`${live} path.map-border`).count()).toBe(0);
      const url = new URL(page.url());
      expect(url.searchParams.get('zoom')).toBe('9');
      expect(url.searchParams.get('layers')).toBe('events,places');
      expect(url.searchParams.get('event')).toBe('victory-day-parade');
      // Leaflet may pan a little to show the popup; the centre stays near the requested one.
      const [lat, lon] = url.searchParams.get('center')!.split(',').map(Number);
      expect(Math.abs(lat! - 39.8)).toBeLessThan(0.3);
      expect(Math.abs(lon! - 46.7)).toBeLessThan(0.3);
      // Reloading the written URL gives the same view.
      await withPage(`${url.pathname}${url.search}`, {}, async (again) => {
        await again.page.waitForSelector('.leaflet-popup .map-card[data-id="victory-day-parade"]');
        expect(new URL(again.page.url()).searchParams.get('zoom')).toBe('9');
      });
    });
  });

  it('the default view writes nothing to the URL, and zooming out to the four capitals shows the relations', async () => {
    await withPage('/en/map/', {}, async ({ page }) => {
      await page.waitForSelector(`${live} .map-marker--place`);
      expect(new URL(page.url()).search).toBe('');
      expect(await page.locator(`${live} path.map-relation`).count()).toBe(0);
      await page.locator('[data-action="world"]').click();
      await page.waitForFunction(() => document.querySelectorAll('.map-live path.map-relation').length > 0);
      expect(new URL(page.url()).searchParams.get('zoom')).not.toBeNull();
      await page.locator('[data-action="region"]').click();
      await page.waitForFunction(() => location.search === '');
    });
  });

  it('names the date of the relations it shows: the default from the HTML, another from the address', async () => {
    const headings = (path: string) =>
      withPage(path, {}, async ({ page }) => {
        await viewReady(page, 'karabakh-map');
        const texts = await page.locator('karabakh-map [data-map-relations-on]').allTextContents();
        return [...new Set(texts.map((t) => t.replace(/\.$/, '')))];
      });
    const byDefault = await headings('/en/map/');
    expect(byDefault).toHaveLength(1);
    expect(byDefault[0]).toMatch(/^Relations on \d{1,2} [A-Z][a-z]+ 20\d\d$/);
    expect(await headings('/en/map/?date=2023-09-20')).toEqual(['Relations on 20 September 2023']);
  });

  it('a bad parameter falls back to the default view with no error', async () => {
    await withPage('/en/map/?zoom=99&center=abc&layers=nope&event=%3Cscript%3E&place=atlantis', {}, async ({ page, log }) => {
      await page.waitForSelector(`${live} .map-marker--place`);
      expect(await page.locator('.leaflet-popup').count()).toBe(0);
      for (const layer of ['borders', 'karabakh', 'places', 'exodus', 'events', 'relations']) {
        expect(await page.locator(`.map-legend input[value="${layer}"]`).isChecked()).toBe(true);
      }
      expect(await page.evaluate(() => document.body.innerHTML.includes('<script>'))).toBe(false);
      expect(log.pageErrors).toEqual([]);
      expect(log.consoleErrors).toEqual([]);
    });
  });

  it('the opening view\'s labels cover no marker, control or other label, the map\'s edge cuts none, and the controls keep apart', async () => {
    // Per width, the places whose labels the opening view must show.
    const named: Record<number, string[]> = {
      // A phone opens on the exodus route and Baku: the places close together along the route form a cluster, with their labels where there is room.
      // At 320 px Khankendi's name and its row of events take the room Baku's would need.
      320: ['yerevan'],
      375: ['yerevan', 'baku', 'khankendi-stepanakert', 'nakhchivan'],
      640: ['yerevan', 'baku', 'khankendi-stepanakert', 'lachin-berdzor', 'goris', 'karabakh'],
      768: ['yerevan', 'baku', 'khankendi-stepanakert', 'shusha-shushi', 'lachin-berdzor', 'goris', 'kornidzor', 'nakhchivan', 'exodus-route', 'karabakh'],
      1280: ['yerevan', 'baku', 'khankendi-stepanakert', 'shusha-shushi', 'lachin-berdzor', 'goris', 'kornidzor', 'nakhchivan', 'exodus-route', 'karabakh'],
    };
    for (const lang of ['de', 'en']) {
      await withPage(null, {}, async ({ page }) => {
        for (const width of [320, 375, 640, 768, 1280]) {
          await loadAt(page, `/${lang}/map/`, { width, height: width < 600 ? 740 : 900 });
          await viewReady(page, 'karabakh-map');
          const seen = await page.evaluate(() => {
            const stage = document.querySelector('.map-live')!.getBoundingClientRect();
            const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).opacity !== '0' && getComputedStyle(el).visibility !== 'hidden';
            const boxOf = (el: Element) => (el.classList.contains('mk-label') || !el.firstElementChild ? el : el.firstElementChild).getBoundingClientRect();
            const labels = [...document.querySelectorAll('.map-live .mk-label, .map-live .map-route-label-live, .map-live .map-karabakh-label-live, .map-live .map-country-label-live')]
              .filter(shown)
              .map((el) => ({ name: el.closest('[data-id]')?.getAttribute('data-id') ?? el.textContent ?? '', box: boxOf(el) }));
            const obstacles = [...document.querySelectorAll('.map-live .map-marker--event > span, .map-live .mk-dot, .map-live .leaflet-control')]
              .filter(shown)
              .map((el) => ({ name: el.closest('[data-id]')?.getAttribute('data-id') ?? el.className, box: el.getBoundingClientRect() }));
            const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
            const clashes: string[] = [];
            labels.forEach((label, i) => {
              for (const other of [...labels.slice(i + 1), ...obstacles]) if (other.name !== label.name && overlap(label.box, other.box)) clashes.push(`${label.name} × ${other.name}`);
              const b = label.box;
              if (b.left < stage.left - 1 || b.right > stage.right + 1 || b.top < stage.top - 1 || b.bottom > stage.bottom + 1) clashes.push(`${label.name} cut by the edge`);
            });
            // A control's box with any text that overflows it (the scale's label can outgrow its line).
            const controls = [...document.querySelectorAll('.map-live .leaflet-control')].map((el) => {
              const range = document.createRange();
              range.selectNodeContents(el);
              const [a, b] = [el.getBoundingClientRect(), range.getBoundingClientRect()];
              return new DOMRect(Math.min(a.left, b.left), Math.min(a.top, b.top), Math.max(a.right, b.right) - Math.min(a.left, b.left), Math.max(a.bottom, b.bottom) - Math.min(a.top, b.top));
            });
            controls.forEach((a, i) => controls.slice(i + 1).forEach((b) => overlap(a, b) && clashes.push('two controls overlap')));
            return { clashes, places: labels.map((l) => l.name) };
          });
          expect(seen.clashes, `${lang} ${width}`).toEqual([]);
          // The map and the page fit the window: nothing sticks out sideways.
          expect(await page.locator('.map-live').evaluate((el) => el.getBoundingClientRect().width), `${lang} ${width}`).toBeLessThanOrEqual(width);
          expect(await page.evaluate(() => document.documentElement.scrollWidth), `${lang} ${width}`).toBeLessThanOrEqual(width);
          for (const id of named[width]!) expect(seen.places, `${lang} ${width}: ${seen.places.join(', ')}`).toContain(id);
        }
      });
    }
  });

  it('on a phone, an address that selects an event off the opening view brings its marker and whole card into view, below the zoom buttons, and leaves the address as it was', async () => {
    await withPage('/en/map/?event=obrien-visits-baku', { width: 375, height: 740 }, async ({ page }) => {
      await page.waitForSelector('.leaflet-popup .map-card[data-id="obrien-visits-baku"]');
      const seen = await page.evaluate(() => {
        const rect = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
        const frame = rect('.map-live');
        const inside = (r: DOMRect) => r.left >= frame.left && r.right <= frame.right && r.top >= frame.top && r.bottom <= frame.bottom;
        const popup = rect('.leaflet-popup');
        const zoom = rect('.leaflet-control-zoom');
        const clear = popup.top >= zoom.bottom || popup.left >= zoom.right;
        return { marker: inside(rect('.map-marker--event[data-id="obrien-visits-baku"] > span')), popup: inside(popup), clear };
      });
      expect(seen).toEqual({ marker: true, popup: true, clear: true });
      expect(new URL(page.url()).search).toBe('?event=obrien-visits-baku');
    });
  });

  it('on a phone, Tab onto a marker outside the view pans the map to it, and the map\'s box itself never scrolls', async () => {
    await withPage('/en/map/', { width: 375, height: 740 }, async ({ page }) => {
      await viewReady(page, 'karabakh-map');
      const focused = () => page.evaluate(() => {
        const map = document.querySelector('.map-live')!;
        const el = document.activeElement as HTMLElement;
        if (!map.contains(el) || !el.classList.contains('leaflet-marker-icon')) return null;
        const f = map.getBoundingClientRect();
        const r = (el.querySelector(':scope > span') ?? el).getBoundingClientRect();
        return { id: el.dataset.id ?? '', inView: r.left >= f.left - 1 && r.right <= f.right + 1 && r.top >= f.top - 1 && r.bottom <= f.bottom + 1, scrolled: map.scrollLeft !== 0 || map.scrollTop !== 0 };
      });
      await page.locator('.map-live .leaflet-marker-icon[tabindex="0"]').first().focus();
      const visited: string[] = [];
      for (let step = 0; step < 40; step++) {
        const now = await focused();
        if (!now) break;
        visited.push(now.id);
        expect(now.scrolled, now.id).toBe(false);
        await expect.poll(async () => (await focused())?.inView, { message: now.id, timeout: 3000 }).toBe(true);
        await page.keyboard.press('Tab');
      }
      // Every event marker was reached, Baku's among them; Washington and Moscow wait for the zoomed-out view.
      expect(visited).toEqual(expect.arrayContaining(['baku', 'obrien-visits-baku', 'exodus']));
      expect(visited).not.toContain('washington');
    });
  });

  it('a label that gave way shows while its marker has focus', async () => {
    await withPage('/en/map/', { width: 375, height: 740 }, async ({ page }) => {
      await viewReady(page, 'karabakh-map');
      // The exodus route's label gives way to the event markers at a phone's opening zoom; Tab still reaches it.
      const route = page.locator('.map-live .map-route-label-live');
      expect(await route.evaluate((el) => el.classList.contains('is-crowded') && getComputedStyle(el).opacity)).toBe('0');
      for (let i = 0; i < 40 && !(await route.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
      expect(await route.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await route.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.leaflet-popup');
    });
  });

  it('a place marker too close to another target for a finger takes no pointer, keeps its Tab stop, and takes the pointer again zoomed in', async () => {
    /** The place markers that take the pointer and lie closer than 24 px (WCAG 2.5.8's spacing) to another pointer target. */
    const tooClose = (page: import('playwright-core').Page) =>
      page.evaluate(() => {
        const centres = (selector: string) =>
          [...document.querySelectorAll<HTMLElement>(`.map-live ${selector}`)]
            .filter((el) => getComputedStyle(el).pointerEvents !== 'none')
            .map((el) => {
              const box = el.getBoundingClientRect();
              return { id: el.dataset.id ?? '', x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 };
            });
        const places = centres('.map-marker--place');
        const others = [...places, ...centres('.map-marker--event')];
        return places.filter((p) => others.some((o) => o.id !== p.id && Math.hypot(o.x - p.x, o.y - p.y) < 24)).map((p) => p.id);
      });
    const stepsBack = (page: import('playwright-core').Page) =>
      page.$$eval('.map-live .map-marker--place.is-crowded-target', (els) => els.map((el) => ({ id: el.getAttribute('data-id'), tabindex: el.getAttribute('tabindex'), pointer: getComputedStyle(el).pointerEvents })));
    await withPage(null, {}, async ({ page }) => {
      for (const width of [320, 375, 412, 768, 1280]) {
        await loadAt(page, '/de/map/', { width, height: 800 });
        await viewReady(page, 'karabakh-map');
        expect(await tooClose(page), `${width} px`).toEqual([]);
        // Khankendi and Shusha lie 8 px apart or less at every opening zoom: Shusha steps back.
        const back = await stepsBack(page);
        expect(back.map((b) => b.id), `${width} px`).toContain('shusha-shushi');
        for (const target of back) expect(target, `${width} px`).toMatchObject({ tabindex: '0', pointer: 'none' });
      }
    });
    // Zoomed in on the places of the exodus route, each takes the pointer again.
    await withPage('/de/map/?center=39.7,46.55&zoom=9.5', { width: 375, height: 740 }, async ({ page }) => {
      await viewReady(page, 'karabakh-map');
      for (const id of ['khankendi-stepanakert', 'shusha-shushi', 'lachin-berdzor', 'kornidzor', 'goris']) expect(await page.locator(`.map-live .map-marker--place[data-id="${id}"]`).isVisible(), id).toBe(true);
      expect(await stepsBack(page)).toEqual([]);
      expect(await tooClose(page)).toEqual([]);
    });
  });
});
