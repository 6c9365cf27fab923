/**
 * The composition of a view's image for a slide: the title, the date or range shown, the drawing,
 * its legend (or the key to the map's numbers) and the source line with the site's address, laid
 * out for one slide size. Pure: the text is measured by the function passed in (a canvas in the
 * browser, an estimate in tests), so the same layout runs anywhere and nothing is read from a page.
 */

/** A rectangle in the slide's pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The slide sizes a teacher can choose: 16:9 for a projector, a square for a handout or a post. */
export const slideSizes = {
  wide: { width: 1920, height: 1080 },
  square: { width: 1080, height: 1080 },
} as const;

/** One of the slide sizes. */
export type SlideFormat = keyof typeof slideSizes;

/** Reads a slide format from a control's value; anything else gives the 16:9 slide. */
export function asSlideFormat(value: string | null | undefined): SlideFormat {
  return value === 'square' ? 'square' : 'wide';
}

/**
 * One entry of the legend: its words (and shorter words where the long ones leave too little room,
 * as the map's key gives an event's title without its date) and, where it has one, the size (any
 * unit) of its sample mark.
 */
export interface SlideLegendItem {
  label: string;
  short?: string;
  swatch?: { width: number; height: number };
}

/** What the slide shows, in the page's language. */
export interface SlideContent {
  title: string;
  /** The date or the range the drawing shows. */
  when?: string;
  legend: readonly SlideLegendItem[];
  source: string;
  /** The address of the view (and so of the site). */
  address: string;
  /** The drawing's own width and height (its viewBox), for its proportions. */
  drawing: { width: number; height: number };
}

/** Measures `text` set in the slide's font at `size` px and `weight`; returns its width in px. */
export type MeasureText = (text: string, size: number, weight: number) => number;

/** Lines of text in one size and weight; each line's `y` is its baseline. */
export interface TextBlock {
  size: number;
  weight: number;
  lines: { text: string; x: number; y: number }[];
}

/** A legend entry in its place: its sample mark's box (if it has one) and its lines. */
export interface PlacedLegendItem {
  swatch?: Box;
  text: TextBlock;
}

/** Where everything goes on the slide. `fits` is false where the legend had to overflow its room. */
export interface SlideLayout {
  width: number;
  height: number;
  title: TextBlock;
  when?: TextBlock;
  drawing: Box;
  legend: PlacedLegendItem[];
  footer: TextBlock;
  /** The y of the rule between the content and the footer. */
  rule: number;
  fits: boolean;
}

/**
 * A width estimate for the system sans-serif (about 0.56 em a character, 0.6 em bold): for tests
 * and for a browser without a canvas. Generous, so text measured with it never runs wider.
 */
export const estimateTextWidth: MeasureText = (text, size, weight) => text.length * size * (weight >= 600 ? 0.6 : 0.56);

/** Type sizes at a slide 1080 px on its shorter side; 22 px there, the smallest, is 2 % of its height, legible on a projected slide. */
const type = { title: 58, when: 36, legend: [30, 27, 24, 22], footer: 22 } as const;
const leading = 1.25;

/**
 * Breaks `text` into lines no wider than `max`: at spaces, and where one word is still too wide
 * (an address), after a `/`, `?`, `&` or `-`, or else anywhere.
 */
export function wrapText(text: string, max: number, size: number, weight: number, measure: MeasureText): string[] {
  const fitsIn = (s: string) => measure(s, size, weight) <= max;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const tried = line ? `${line} ${word}` : word;
    if (fitsIn(tried)) {
      line = tried;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (!fitsIn(line)) {
      let cut = line.length - 1;
      while (cut > 1 && !fitsIn(line.slice(0, cut))) cut--;
      const soft = Math.max(...['/', '?', '&', '-'].map((c) => line.lastIndexOf(c, cut - 1) + 1));
      const at = soft > cut / 2 ? soft : cut;
      lines.push(line.slice(0, at));
      line = line.slice(at);
    }
  }
  if (line) lines.push(line);
  return lines;
}

function block(text: string, x: number, top: number, max: number, size: number, weight: number, measure: MeasureText): { block: TextBlock; bottom: number } {
  const lines = wrapText(text, max, size, weight, measure).map((t, i) => ({ text: t, x, y: Math.round(top + size * (0.95 + i * leading)) }));
  return { block: { size, weight, lines }, bottom: top + lines.length * size * leading };
}

/** Places the legend in columns of `area`'s width; returns where each entry goes and the height used. */
function placeLegend(items: readonly SlideLegendItem[], area: { x: number; y: number; width: number }, size: number, columns: number, maxHeight: number, measure: MeasureText, short = false) {
  const gap = Math.round(size * 1.2);
  const columnWidth = (area.width - gap * (columns - 1)) / columns;
  const markHeight = Math.round(size * 0.9);
  const sized = items.map((item) => {
    const swatchWidth = item.swatch ? Math.min(size * 3, Math.round((markHeight * item.swatch.width) / item.swatch.height)) : 0;
    const indent = item.swatch ? swatchWidth + Math.round(size * 0.45) : 0;
    const lines = wrapText(short ? (item.short ?? item.label) : item.label, columnWidth - indent, size, 400, measure);
    return { item, swatchWidth, indent, lines, height: lines.length * size * leading + size * 0.3 };
  });
  const placed: PlacedLegendItem[] = [];
  let column = 0;
  let y = 0;
  let used = 0;
  for (const s of sized) {
    if (y > 0 && y + s.height > maxHeight && column < columns - 1) {
      column++;
      y = 0;
    }
    const x = area.x + column * (columnWidth + gap);
    const top = area.y + y;
    placed.push({
      ...(s.item.swatch ? { swatch: { x, y: Math.round(top + (size * leading - markHeight) / 2), width: s.swatchWidth, height: markHeight } } : {}),
      text: { size, weight: 400, lines: s.lines.map((t, i) => ({ text: t, x: x + s.indent, y: Math.round(top + size * (0.95 + i * leading)) })) },
    });
    y += s.height;
    used = Math.max(used, y);
  }
  return { placed, height: used, fits: used <= maxHeight };
}

/**
 * Lays out a slide of `size` for `content`: the title and the date at the top, the source and the
 * address at the foot, and between them the drawing, kept in its proportions, with its legend in
 * a column at its right on a wide slide and below it on a square one. The legend takes the smallest
 * share of the slide in which it fits, and there its longer words, the largest type and the fewest
 * columns with which it fits; the drawing, the room that is left.
 */
export function layoutSlide(size: { width: number; height: number }, content: SlideContent, measure: MeasureText = estimateTextWidth): SlideLayout {
  const { width, height } = size;
  const k = Math.min(width, height) / 1080;
  const margin = Math.round(56 * k);
  const inner = width - 2 * margin;
  const title = block(content.title, margin, margin, inner, Math.round(type.title * k), 700, measure);
  const when = content.when ? block(content.when, margin, title.bottom + 6 * k, inner, Math.round(type.when * k), 400, measure) : undefined;
  const footerSize = Math.round(type.footer * k);
  const footerLines = [content.source, content.address].flatMap((t) => wrapText(t, inner, footerSize, 400, measure));
  const footerTop = height - margin - footerLines.length * footerSize * leading;
  const footer: TextBlock = { size: footerSize, weight: 400, lines: footerLines.map((t, i) => ({ text: t, x: margin, y: Math.round(footerTop + footerSize * (0.95 + i * leading)) })) };
  const gap = Math.round(32 * k);
  const top = Math.round((when ?? title).bottom + gap);
  const bottom = Math.round(footerTop - gap);
  const room = bottom - top;
  const wide = width / height >= 1.3;

  // The legend's room grows (a wider column, a taller band) only where its smallest type does not fit.
  const shares = wide ? [0.32, 0.4, 0.48] : [0.45, 0.55, 0.65, 0.72];
  const areaFor = (share: number) => (wide ? { x: width - margin - Math.round(inner * share), y: top, width: Math.round(inner * share) } : { x: margin, y: bottom, width: inner });
  const heightFor = (share: number) => (wide ? room : Math.round(room * share));
  const smallest = Math.round(type.legend[type.legend.length - 1]! * k);
  let legend = placeLegend(content.legend, areaFor(shares.at(-1)!), smallest, wide ? 2 : 3, heightFor(shares.at(-1)!), measure, true);
  let legendArea = areaFor(shares.at(-1)!);
  let maxLegendHeight = heightFor(shares.at(-1)!);
  // The drawing's size comes first: shorter words before a larger share of the slide.
  search: for (const share of shares) {
    for (const short of [false, true]) {
      for (const s of type.legend) {
        for (const columns of wide ? [1, 2] : [1, 2, 3]) {
          const tried = placeLegend(content.legend, areaFor(share), Math.round(s * k), columns, heightFor(share), measure, short);
          if (tried.fits) {
            [legend, legendArea, maxLegendHeight] = [tried, areaFor(share), heightFor(share)];
            break search;
          }
        }
      }
    }
  }
  if (!wide) {
    // Below the drawing: move the legend up to sit on the footer's rule.
    const shift = Math.min(legend.height, maxLegendHeight);
    legend.placed = legend.placed.map((p) => ({
      ...(p.swatch ? { swatch: { ...p.swatch, y: p.swatch.y - shift } } : {}),
      text: { ...p.text, lines: p.text.lines.map((l) => ({ ...l, y: l.y - shift })) },
    }));
  }
  const area: Box = wide ? { x: margin, y: top, width: legendArea.x - gap - margin, height: room } : { x: margin, y: top, width: inner, height: room - Math.min(legend.height, maxLegendHeight) - gap };
  const scale = Math.min(area.width / content.drawing.width, area.height / content.drawing.height);
  const w = Math.round(content.drawing.width * scale);
  const h = Math.round(content.drawing.height * scale);
  const drawing = { x: Math.round(area.x + (area.width - w) / 2), y: Math.round(area.y + (area.height - h) / 2), width: w, height: h };
  return { width, height, title: title.block, ...(when ? { when: when.block } : {}), drawing, legend: legend.placed, footer, rule: Math.round(footerTop - gap / 2), fits: legend.fits };
}
