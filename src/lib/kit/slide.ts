/**
 * The composition of a view's image for a slide: the title, the date or range shown, the drawing,
 * its legend (or the key to the map's numbers) and the source line with the site's address, laid
 * out for one slide size. Pure: the text is measured by the function passed in (a canvas in the
 * browser, an estimate in tests), so the same layout runs anywhere and nothing is read from a page.
 */

/** The light palette's text, muted text and rule (`global.css`), in which every slide and preview is drawn. */
export const slideInk = { fg: '#1a1a1a', muted: '#555555', rule: '#d6d6d2' } as const;

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

/** Places the legend's entries in `slots` in turn, each slot a column filled from its top; `fits` is false where they run out. */
function placeInSlots(items: readonly SlideLegendItem[], slots: readonly Box[], size: number, measure: MeasureText, short: boolean) {
  const markHeight = Math.round(size * 0.9);
  const placed: PlacedLegendItem[] = [];
  let slot = 0;
  let y = 0;
  for (const item of items) {
    const swatchWidth = item.swatch ? Math.min(size * 3, Math.round((markHeight * item.swatch.width) / item.swatch.height)) : 0;
    const indent = item.swatch ? swatchWidth + Math.round(size * 0.45) : 0;
    const label = short ? (item.short ?? item.label) : item.label;
    let lines: string[] = [];
    while (slot < slots.length) {
      lines = wrapText(label, slots[slot]!.width - indent, size, 400, measure);
      if (y + lines.length * size * leading <= slots[slot]!.height) break;
      [slot, y] = [slot + 1, 0];
    }
    const box = slots[slot];
    if (!box) return { placed, fits: false };
    const top = box.y + y;
    placed.push({
      ...(item.swatch ? { swatch: { x: box.x, y: Math.round(top + (size * leading - markHeight) / 2), width: swatchWidth, height: markHeight } } : {}),
      text: { size, weight: 400, lines: lines.map((t, i) => ({ text: t, x: box.x + indent, y: Math.round(top + size * (0.95 + i * leading)) })) },
    });
    y += lines.length * size * leading + size * 0.3;
  }
  return { placed, fits: true };
}

/**
 * The drawing and the legend: the drawing as large as the legend leaves it, at the top, and the
 * legend beside it (in as many columns as its room holds, each at least 360 px wide on a 1080 px
 * slide) and below it in two columns. At each height of the drawing, from the largest down, the
 * longer words and the larger type win. (A search by the legend's share of a band below the drawing
 * gave a long legend, as the map's key to its numbers, the square's whole width, and the map a
 * strip a third as wide.)
 */
function aroundDrawing(content: SlideContent, at: { margin: number; inner: number; top: number; room: number; gap: number; k: number }, measure: MeasureText): { legend: PlacedLegendItem[]; drawing: Box; fits: boolean } {
  const aspect = content.drawing.width / content.drawing.height;
  const columns = (x: number, y: number, width: number, height: number, n: number): Box[] => {
    const w = Math.floor((width - (n - 1) * at.gap) / n);
    return Array.from({ length: n }, (_, i) => ({ x: x + i * (w + at.gap), y, width: w, height }));
  };
  const slotsFor = (w: number, h: number): Box[] => {
    const beside = at.inner - w - at.gap;
    const below = at.room - h - at.gap;
    return [
      ...(beside >= 240 * at.k ? columns(at.margin + w + at.gap, at.top, beside, h, Math.max(1, Math.floor((beside + at.gap) / (360 * at.k + at.gap)))) : []),
      ...(below > 0 ? columns(at.margin, at.top + h + at.gap, at.inner, below, 2) : []),
    ];
  };
  const step = Math.max(4, Math.round(8 * at.k));
  for (let h = Math.min(at.room, Math.floor(at.inner / aspect)); h >= step; h -= step) {
    const w = Math.round(h * aspect);
    for (const short of [false, true]) {
      for (const s of type.legend) {
        const tried = placeInSlots(content.legend, slotsFor(w, h), Math.round(s * at.k), measure, short);
        if (!tried.fits) continue;
        // With nothing beside it, the drawing sits in the middle of its row.
        const besideUsed = tried.placed.some((p) => p.text.lines[0]!.x > at.margin + w);
        return { legend: tried.placed, drawing: { x: besideUsed ? at.margin : Math.round(at.margin + (at.inner - w) / 2), y: at.top, width: w, height: h }, fits: true };
      }
    }
  }
  const smallest = Math.round(type.legend.at(-1)! * at.k);
  return { legend: placeInSlots(content.legend, slotsFor(0, 0), smallest, measure, true).placed, drawing: { x: at.margin, y: at.top, width: 0, height: 0 }, fits: false };
}

/**
 * Lays out a slide of `size` for `content`: the title and the date at the top, the source and the
 * address at the foot, and between them the drawing, kept in its proportions, with its legend
 * beside it where it leaves room and below it (`aroundDrawing`). Without a legend (a link
 * preview), the drawing takes all the room between the title and the source.
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
  return { width, height, title: title.block, ...(when ? { when: when.block } : {}), footer, rule: Math.round(footerTop - gap / 2), ...aroundDrawing(content, { margin, inner, top, room, gap, k }, measure) };
}
