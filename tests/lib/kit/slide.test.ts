import { describe, expect, it } from 'vitest';
import { estimateTextWidth, layoutSlide, slideSizes, wrapText, type Box, type SlideContent, type SlideLayout } from '../../../src/lib/kit/slide';

const keyOf12: SlideContent = {
  title: 'Map: Nagorno-Karabakh 2023',
  when: 'Events from 19 September 2023 to 1 January 2024',
  legend: [
    ...['Borders', 'Nagorno-Karabakh (approximate)', 'Places', 'Exodus route (schematic)'].map((label) => ({ label, swatch: { width: 30, height: 18 } })),
    // The key to twelve numbers: each event's title with its date, or its title alone where room is short.
    ...Array.from({ length: 12 }, (_, i) => ({ label: `Event ${i + 1}, a title as long as the report's — 19–20 September 2023`, short: `Event ${i + 1}, a title as long as the report's`, swatch: { width: 18, height: 18 } })),
  ],
  source: 'Source: Reuters, 28 Nov 2023; background: cited sources',
  address: 'Nagorno-Karabakh 2023, explained · https://explainer.example.org/en/map/?layers=places,exodus,events&event=exodus',
  drawing: { width: 800, height: 560 },
};

/** Every text line's box, from its baseline and the estimate of its width. */
function textBoxes(layout: SlideLayout): Box[] {
  const blocks = [layout.title, layout.when, layout.footer, ...layout.legend.map((l) => l.text)].filter((b) => b !== undefined);
  return blocks.flatMap((b) => b.lines.map((l) => ({ x: l.x, y: l.y - b.size * 0.95, width: estimateTextWidth(l.text, b.size, b.weight), height: b.size * 1.2 })));
}

const inside = (b: Box, w: number, h: number) => b.x >= 0 && b.y >= 0 && b.x + b.width <= w && b.y + b.height <= h;
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutSlide(size, content)', () => {
  for (const [format, size] of Object.entries(slideSizes)) {
    it(`keeps every line, mark and the drawing inside the ${format} slide, none over another`, () => {
      const layout = layoutSlide(size, keyOf12);
      expect(layout.fits).toBe(true);
      expect(layout).toMatchObject(size);
      const boxes = [...textBoxes(layout), ...layout.legend.flatMap((l) => (l.swatch ? [l.swatch] : [])), layout.drawing];
      for (const box of boxes) expect(inside(box, size.width, size.height), JSON.stringify(box)).toBe(true);
      for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(overlap(a, b), `${JSON.stringify(a)} ${JSON.stringify(b)}`).toBe(false);
    });

    it(`sets every text of the ${format} slide at 22 px or more (2 % of its height), the title the largest`, () => {
      const layout = layoutSlide(size, keyOf12);
      const sizes = [layout.when!, layout.footer, ...layout.legend.map((l) => l.text)].map((b) => b.size);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(22);
      expect(layout.title.size).toBeGreaterThan(Math.max(...sizes));
    });
  }

  it('keeps the drawing in its proportions, and gives the wide slide\'s legend a column at its right, the square\'s a place below it or at its right', () => {
    const wide = layoutSlide(slideSizes.wide, keyOf12);
    const square = layoutSlide(slideSizes.square, keyOf12);
    for (const l of [wide, square]) expect(Math.abs(l.drawing.width / l.drawing.height - 800 / 560)).toBeLessThan(0.01);
    expect(Math.min(...wide.legend.map((l) => l.text.lines[0]!.x))).toBeGreaterThan(wide.drawing.x + wide.drawing.width);
    for (const l of square.legend) {
      const below = l.text.lines[0]!.y > square.drawing.y + square.drawing.height;
      const beside = l.text.lines[0]!.x > square.drawing.x + square.drawing.width;
      expect(below || beside, JSON.stringify(l.text.lines[0])).toBe(true);
    }
  });

  it('gives the square\'s drawing a fifth of the slide beside a long key, and the drawing without a legend all the room', () => {
    const square = layoutSlide(slideSizes.square, keyOf12);
    expect((square.drawing.width * square.drawing.height) / (1080 * 1080)).toBeGreaterThanOrEqual(0.2);
    const bare = layoutSlide({ width: 1200, height: 630 }, { ...keyOf12, legend: [] });
    expect(bare.legend).toEqual([]);
    expect(Math.max(bare.drawing.width / (1200 - 2 * 33), bare.drawing.height / (bare.rule - bare.drawing.y))).toBeGreaterThan(0.97);
  });

  it('puts the title and the date above the drawing and the source and address last, in that order', () => {
    const layout = layoutSlide(slideSizes.square, keyOf12);
    expect(layout.title.lines[0]!.y).toBeLessThan(layout.when!.lines[0]!.y);
    expect(layout.when!.lines.at(-1)!.y).toBeLessThan(layout.drawing.y);
    expect(layout.footer.lines.map((l) => l.text).join(' ')).toContain('Source: Reuters');
    expect(layout.footer.lines.map((l) => l.text).join('')).toContain('https://explainer.example.org/en/map/');
    expect(layout.rule).toBeGreaterThan(Math.max(...layout.legend.map((l) => l.text.lines.at(-1)!.y)));
    expect(layout.rule).toBeLessThan(layout.footer.lines[0]!.y - layout.footer.size);
  });

  it('says when the legend cannot fit', () => {
    const many = { ...keyOf12, legend: Array.from({ length: 200 }, (_, i) => ({ label: `Entry ${i}` })) };
    expect(layoutSlide(slideSizes.square, many).fits).toBe(false);
  });
});

describe('wrapText(text, max, size, weight, measure)', () => {
  it('breaks at spaces, and an address too long for one line after a slash, a question mark or an ampersand', () => {
    const address = 'https://explainer.example.org/en/map/?layers=places,exodus&event=exodus';
    const lines = wrapText(`See ${address} now`, 500, 24, 400, estimateTextWidth);
    for (const line of lines) expect(estimateTextWidth(line, 24, 400)).toBeLessThanOrEqual(500);
    expect(lines[0]).toBe('See');
    expect(lines.join('')).toBe(`See${address}now`);
    expect(lines.slice(1, -2).every((l) => /[/?&]$/.test(l))).toBe(true);
  });
});
