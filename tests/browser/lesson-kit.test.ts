import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseCsv } from '../support/csv';
import { viewReady, withPage } from './harness';
import { printWidth } from '../../src/lib/site/frame-widths';

/** Clicks a download button and returns the file's name and bytes. */
async function download(page: Page, kind: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-kit-download="${kind}"]`)]);
  // Read through the connection: the shared browser keeps the file on its side.
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

describe('the lesson kit', () => {
  it('downloads the graph at its date as a valid SVG with the attribution drawn in, and a PNG of its size', async () => {
    await withPage('/en/relations/?date=2023-11-27', { width: 1280 }, async ({ page }) => {
      await page.click('lesson-kit summary >> nth=1');
      const svg = await download(page, 'svg');
      expect(svg.name).toBe('nagorno-karabakh-2023-relations-16x9.svg');
      const markup = svg.bytes.toString('utf8');
      expect(markup.startsWith('<?xml')).toBe(true);
      expect(markup).toContain('Source: Reuters, 28 Nov 2023');
      // The date the drawing shows, not the day of the download.
      expect(markup).toContain('As of 27 November 2023');
      expect(markup).not.toContain(new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date()));
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        const root = doc.documentElement;
        return { error: doc.querySelector('parsererror') !== null, name: root.nodeName, width: Number(root.getAttribute('width')), height: Number(root.getAttribute('height')) };
      }, markup);
      expect(parsed.error).toBe(false);
      expect(parsed.name).toBe('svg');
      const png = await download(page, 'png');
      expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(png.bytes.readUInt32BE(16)).toBe(parsed.width);
      expect(png.bytes.readUInt32BE(20)).toBe(parsed.height);
    });
  });

  it('exports the relations of the date as CSV, with a byte order mark and the page\'s column headers, that parses back to the JSON rows', async () => {
    await withPage('/en/relations/?date=2023-11-27', {}, async ({ page }) => {
      await page.click('lesson-kit summary >> nth=1');
      const bytes = (await download(page, 'csv')).bytes;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csv = parseCsv(bytes.toString('utf8'));
      const json = JSON.parse((await download(page, 'json')).bytes.toString('utf8')) as Record<string, unknown>[];
      const [header, ...rows] = csv;
      expect(header!.slice(0, 2)).toEqual(['ID', 'Title']);
      expect(rows.length).toBe(json.length);
      expect(rows.length).toBeGreaterThan(0);
      const ids = rows.map((r) => r[header!.indexOf('ID')]);
      expect(ids).toEqual(json.map((r) => r.id));
      expect(ids).toContain('usa-azerbaijan-strained');
      expect(ids).not.toContain('usa-azerbaijan-friendly');
      rows.forEach((r, i) => expect(r[header!.indexOf('Title')]).toBe(json[i]!.title));
      const strained = rows.find((r) => r[header!.indexOf('ID')] === 'usa-azerbaijan-strained')!;
      expect(Number(strained[header!.indexOf('Tone (−2 to +2)')])).toBe(json.find((r) => r.id === 'usa-azerbaijan-strained')!.tone);
    });
  });

  it('exports the map\'s rows for a spreadsheet set to German: semicolons, decimal commas, German headers, a byte order mark', async () => {
    await withPage('/de/map/', {}, async ({ page }) => {
      await page.click('lesson-kit summary >> nth=1');
      const file = await download(page, 'csv-semicolon');
      expect(file.name).toMatch(/-excel\.csv$/);
      expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const [header, ...rows] = parseCsv(file.bytes.toString('utf8'), ';');
      expect(header!.slice(0, 3)).toEqual(['Kennung', 'Typ', 'Titel']);
      const json = JSON.parse((await download(page, 'json')).bytes.toString('utf8')) as { id: string; lat: number }[];
      expect(rows.map((r) => r[0])).toEqual(json.map((r) => r.id));
      const goris = rows.find((r) => r[0] === 'goris')!;
      expect(goris[header!.indexOf('Breite')]).toBe(String(json.find((r) => r.id === 'goris')!.lat).replace('.', ','));
    });
  });

  it('keeps in the exported image the gradient of the timeline\'s approximate dates, each stop in the colour the page draws it', async () => {
    await withPage('/en/timeline/', { width: 1280 }, async ({ page }) => {
      await viewReady(page, 'timeline-view');
      await page.click('lesson-kit summary >> nth=1');
      const svg = (await download(page, 'svg')).bytes.toString('utf8');
      const { exported, onPage } = await page.evaluate((markup) => {
        const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
        const colour = (stop: Element) => getComputedStyle(stop).getPropertyValue('stop-color');
        const read = (root: ParentNode, get: (stop: Element) => string) => [...root.querySelectorAll('linearGradient[id^="tl-fuzzy"] stop')].map((stop) => `${stop.closest('linearGradient')!.id} ${stop.getAttribute('offset')} ${get(stop)}`);
        return { exported: read(doc, (stop) => /stop-color:\s*([^;]+)/.exec(stop.getAttribute('style') ?? '')?.[1]?.trim() ?? 'none'), onPage: read(document.querySelector('.tl-svg')!, colour) };
      }, svg);
      expect(exported.length).toBeGreaterThan(0);
      expect(exported).toEqual(onPage);
    });
  });

  it('makes the image, the CSV and the alt text of one state: the timeline\'s drawn marks, no more', async () => {
    await withPage('/en/timeline/', { width: 1280 }, async ({ page }) => {
      await viewReady(page, 'timeline-view');
      await page.click('lesson-kit summary >> nth=1');
      const svg = (await download(page, 'svg')).bytes.toString('utf8');
      const drawn = await page.evaluate((markup) => {
        const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
        return [...doc.querySelectorAll('[data-id]')].filter((el) => !el.closest('[display="none"]') && !/display:\s*none/.test(el.getAttribute('style') ?? '')).map((el) => el.getAttribute('data-id'));
      }, svg);
      const [header, ...rows] = parseCsv((await download(page, 'csv')).bytes.toString('utf8'));
      expect(rows.map((r) => r[header!.indexOf('ID')]).sort()).toEqual([...new Set(drawn)].sort());
      const alt = await page.inputValue('[data-kit-alt]');
      expect(alt).toContain(`with ${rows.length} events`);
      expect(alt).not.toContain('First Nagorno-Karabakh War');
    });
  });

  it('makes the CSV and the alt text of the graph from the records it draws on its date, open ends included', async () => {
    await withPage('/en/relations/?date=2023-12-06', {}, async ({ page }) => {
      await viewReady(page, 'relation-graph');
      await page.click('lesson-kit summary >> nth=1');
      const [header, ...rows] = parseCsv((await download(page, 'csv')).bytes.toString('utf8'));
      const ids = rows.map((r) => r[header!.indexOf('ID')]);
      // Open ends the graph still draws on 6 December, past their last evidence.
      for (const id of ['armenia-russia-ally', 'armenia-west-rapprochement']) expect(ids).toContain(id);
      expect(await page.inputValue('[data-kit-alt]')).toContain(`: ${rows.length} relations.`);
    });
  });

  it('gives a citation with today as the access date and alt text for the state shown', async () => {
    await withPage('/de/relations/?date=2023-11-27', {}, async ({ page }) => {
      await page.click('lesson-kit summary >> nth=1');
      const today = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date());
      await expect.poll(() => page.inputValue('[data-kit-citation]')).not.toBe('');
      const citation = await page.inputValue('[data-kit-citation]');
      expect(citation).toContain(`Abgerufen am ${today}`);
      expect(citation).toContain('/de/relations/?date=2023-11-27');
      const alt = await page.inputValue('[data-kit-alt]');
      expect(alt).toContain('am 27. November 2023');
      expect(alt).toContain('Quelle: Reuters');
    });
  });

  it('puts the current state into the iframe snippet', async () => {
    await withPage('/en/timeline/?event=phone-call', {}, async ({ page }) => {
      await page.click('lesson-kit summary >> nth=0');
      // The kit's actions load when the panel first opens; the snippet follows the state then.
      await expect.poll(() => page.inputValue('[data-kit-snippet]')).toContain('?event=phone-call');
      const snippet = await page.inputValue('[data-kit-snippet]');
      expect(snippet).toMatch(/^<div style="container-type:inline-size;[^"]*"><iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/en\/timeline\/\?event=phone-call" title="Timeline: Nagorno-Karabakh 2023"/);
    });
  });

  it('printed, each view\'s chart fits on the first page (its figure may break after the drawing, which ends within one A4 page), the interactive controls hide and the text alternative shows', async () => {
    // A4 less the 15 mm top and bottom margins, at 96 px per inch; the width is the printed width.
    const pageHeight = Math.floor(((297 - 30) / 25.4) * 96);
    const views = [['/en/timeline/', '.tl-frame svg', 'timeline-view'], ['/de/relations/', '.rg-drawing svg', 'relation-graph'], ['/en/relations/', '.rg-drawing svg', 'relation-graph'], ['/en/map/', '.static-map svg', 'karabakh-map']] as const;
    for (const [path, drawing, view] of views) {
      await withPage(path, { width: printWidth, height: pageHeight }, async ({ page }) => {
        await viewReady(page, view);
        await page.emulateMedia({ media: 'print' });
        const seen = await page.locator(drawing).first().evaluate((svg) => {
          const figure = svg.closest('figure')!;
          return { bottom: svg.getBoundingClientRect().bottom + scrollY, figure: getComputedStyle(figure).breakInside, drawing: getComputedStyle(svg).breakInside };
        });
        expect(seen.figure, path).not.toBe('avoid');
        expect(seen.drawing, path).toBe('avoid');
        expect(seen.bottom, path).toBeLessThanOrEqual(pageHeight);
        expect(await page.locator('lesson-kit').isVisible(), path).toBe(false);
        expect(await page.locator('.site-nav').isVisible(), path).toBe(false);
        expect(await page.locator('main').innerText(), path).toContain('Aliyev');
        expect(await page.locator('.print-only').isVisible(), path).toBe(true);
      });
    }
  });
});
