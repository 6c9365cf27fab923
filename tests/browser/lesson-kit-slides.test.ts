import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { viewReady, withPage, type ViewTag } from './harness';

/** Clicks a download button and returns the file's name and bytes. */
async function download(page: Page, kind: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-kit-download="${kind}"]`)]);
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

/** A PNG's width and height, from its IHDR chunk, after checking its signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The texts an SVG document draws, its size, and the fill of its background. */
async function readSvg(page: Page, markup: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror') !== null,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      background: root.querySelector(':scope > rect')?.getAttribute('fill'),
      texts: [...root.querySelectorAll(':scope > text')].map((t) => t.textContent ?? ''),
      fills: [...root.querySelectorAll(':scope > svg rect[fill]')].map((r) => r.getAttribute('fill')),
      // The view's drawing is the first image placed in the slide.
      drawing: ['width', 'height'].map((a) => Number(root.querySelector(':scope > svg')?.getAttribute(a))),
    };
  }, markup);
}

// The map's legend: the layers of its region (its relations are on the zoomed-out panel), then the key to its numbers.
// `square`: the least share of the square image the drawing covers (the map's had 5 %, above its long key).
const views: { path: string; tag: ViewTag; title: string; when: string; legend: string; extra: string[]; square: number }[] = [
  { path: '/en/timeline/', tag: 'timeline-view', title: 'Timeline: Nagorno-Karabakh 2023', when: 'Events from 28 August 2023 to 6 December 2023', legend: '.tl-legend > li', extra: [], square: 0.25 },
  { path: '/de/relations/?date=2023-11-27', tag: 'relation-graph', title: 'Beziehungsnetz: USA, Aserbaidschan, Armenien, Russland 2023', when: 'Stand: 27. November 2023', legend: '.rg-kinds > li', extra: ['Quelle: Reuters, 28. Nov. 2023'], square: 0.04 },
  { path: '/en/map/', tag: 'karabakh-map', title: 'Map: Nagorno-Karabakh and the South Caucasus, 2023', when: 'Events from 20 February 1988 to 6 December 2023', legend: '.map-legend label:not(:has([value="relations"]))', extra: ['Source: Reuters, 28 Nov 2023', 'Second Nagorno-Karabakh War'], square: 0.15 },
];

describe('the lesson kit\'s slide images', () => {
  for (const view of views) {
    it(`${view.path}: a 16:9 and a square PNG and SVG, light on a dark page, with title, dates, legend, source and address drawn in`, async () => {
      await withPage(view.path, { width: 1280, colorScheme: 'dark' }, async ({ page, log }) => {
        await viewReady(page, view.tag);
        await page.click('lesson-kit summary >> nth=1');
        const address = page.url();
        const legend = (await page.locator(view.legend).allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => t && !/^\d+$/.test(t));
        expect(legend.length).toBeGreaterThan(2);

        const wide = await download(page, 'png');
        expect(wide.name).toMatch(/-16x9\.png$/);
        expect(pngSize(wide.bytes)).toEqual({ width: 1920, height: 1080 });
        const svg = await download(page, 'svg');
        const drawn = await readSvg(page, svg.bytes.toString('utf8'));
        expect(drawn.error).toBe(false);
        expect([drawn.width, drawn.height]).toEqual([1920, 1080]);
        expect(drawn.background).toBe('#ffffff');
        const words = drawn.texts.join(' ');
        for (const expected of [view.title, view.when, ...legend, ...view.extra]) expect(words, expected).toContain(expected.replace(/^\d+ /, ''));
        expect(drawn.texts.join('')).toContain(address.replace(/ /g, ''));
        // The page draws in its dark palette; the image in the light one (the graph's colour ramp starts with the light scheme's red).
        if (view.tag === 'relation-graph') expect(drawn.fills).toContain('rgb(178, 24, 43)');
        expect(svg.bytes.toString('utf8')).not.toMatch(/rgb\(20, 20, 20\)|#141414|rgb\(236, 236, 236\)/);

        await page.check('[data-kit-format][value="square"]');
        const square = await download(page, 'png');
        expect(square.name).toMatch(/-square\.png$/);
        expect(pngSize(square.bytes)).toEqual({ width: 1080, height: 1080 });
        const [w, h] = (await readSvg(page, (await download(page, 'svg')).bytes.toString('utf8'))).drawing;
        expect((w! * h!) / (1080 * 1080)).toBeGreaterThanOrEqual(view.square);
        expect(log.pageErrors).toEqual([]);
      });
    });
  }
});
