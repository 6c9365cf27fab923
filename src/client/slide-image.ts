/**
 * Draws a view's image for a slide from what is on the page: the view's SVG and its legend's
 * sample marks with their light-scheme styles inlined, placed by `layoutSlide` with the title, the
 * date shown, the legend (the map: its layers and the key to its numbers), the source and the address.
 */
import { layoutSlide, slideInk as ink, slideSizes, type SlideFormat, type TextBlock } from '../lib/kit/slide';
import type { KitView } from '../lib/kit/alt-text';
import { escapeMarkup } from '../lib/text/escape';
import { forceColorScheme } from './color-scheme';

// The stops' colours too: without them a gradient (the timeline's approximate dates) comes out black.
const styleProps = ['stop-color', 'stop-opacity', 'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'stroke-linejoin', 'stroke-linecap', 'paint-order', 'opacity', 'font-size', 'font-family', 'font-weight', 'font-style', 'letter-spacing', 'text-anchor', 'dominant-baseline', 'visibility', 'display'];
const font = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';
const ns = 'http://www.w3.org/2000/svg';

/** Copies computed presentation styles onto a clone, so the SVG renders the same on its own. */
function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  // Computed paint servers come back as absolute URLs of this page; the file needs local ones.
  target.setAttribute('style', styleProps.map((p) => `${p}:${computed.getPropertyValue(p).replace(/url\("[^"#]*(#[^"]+)"\)/g, 'url($1)')}`).join(';'));
  target.removeAttribute('class');
  target.removeAttribute('tabindex');
  for (let i = 0; i < source.children.length; i++) inlineStyles(source.children[i]!, target.children[i]!);
}

/** A styled copy of `svg` (or of a mark inside one, given its view box). */
function styledCopy(source: Element, viewBox?: string): SVGSVGElement {
  const clone = source.cloneNode(true) as Element;
  inlineStyles(source, clone);
  if (clone instanceof SVGSVGElement) return clone;
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', viewBox ?? '0 0 1 1');
  svg.append(clone);
  return svg;
}

/** The words of an element, without those of its sample marks (the map's "1" of its events). */
function text(el: Element | null | undefined): string {
  const copy = el?.cloneNode(true) as Element | undefined;
  copy?.querySelectorAll('svg').forEach((svg) => svg.remove());
  return (copy?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
const shown = (el: Element) => getComputedStyle(el).display !== 'none' && !el.closest('[hidden]');

interface Entry {
  label: string;
  short?: string;
  mark?: SVGSVGElement;
}

/** The sample mark's proportions, from its view box. */
function markSize(mark: SVGSVGElement): { width: number; height: number } {
  const [, , w, h] = (mark.getAttribute('viewBox') ?? '0 0 1 1').split(/[\s,]+/).map(Number);
  return { width: w || 1, height: h || 1 };
}

/** The legend of the view as the page shows it, each entry with its mark styled as drawn. */
function legendOf(view: KitView, visual: HTMLElement, drawing: SVGSVGElement): Entry[] {
  const entries: Entry[] = [];
  if (view === 'timeline') {
    visual.querySelectorAll('.tl-legend > li').forEach((li) => entries.push({ label: text(li), mark: styledCopy(li.querySelector('svg')!) }));
    entries.push({ label: text(visual.querySelector('.tl-legend-note')) });
  } else if (view === 'relations') {
    const walk = (li: Element) => {
      if (!shown(li)) return;
      const nested = li.querySelector('ul');
      if (nested) {
        entries.push({ label: [...li.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join(' ').replace(/\s+/g, ' ').trim() });
        nested.querySelectorAll(':scope > li').forEach(walk);
        return;
      }
      const ramp = [...li.querySelectorAll('.rg-swatch')];
      const sample = li.querySelector('svg');
      let mark: SVGSVGElement | undefined = sample ? styledCopy(sample) : undefined;
      if (ramp.length > 0) {
        mark = document.createElementNS(ns, 'svg');
        mark.setAttribute('viewBox', `0 0 ${ramp.length * 10} 10`);
        mark.innerHTML = ramp.map((s, i) => `<rect x="${i * 10}" width="10" height="10" fill="${getComputedStyle(s).backgroundColor}"/>`).join('');
      }
      entries.push({ label: text(li), ...(mark ? { mark } : {}) });
    };
    visual.querySelectorAll('.rg-legend > li').forEach(walk);
  } else {
    // The layers the region's drawing shows, then the key to its numbered events.
    visual.querySelectorAll<HTMLInputElement>('.map-legend input[name="layers"]').forEach((input) => {
      const layer = drawing.querySelector(`[data-layer="${input.value}"]`);
      if (!input.checked || !layer || !shown(layer)) return;
      entries.push({ label: text(input.closest('label')), mark: styledCopy(input.closest('label')!.querySelector('svg')!) });
    });
    if (shown(drawing.querySelector('[data-layer="events"]') ?? drawing)) {
      drawing.querySelectorAll<SVGAElement>('.map-event[data-id]').forEach((marker) => {
        // The list says "title — date, place"; the key gives the title and the date, or the title alone.
        const item = visual.querySelector(`.map-event-list li[data-id="${marker.dataset.id}"]`);
        const title = text(item?.querySelector('a'));
        const rest = [...(item?.childNodes ?? [])].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').replace(/\s+/g, ' ').trim();
        const box = marker.querySelector('rect');
        const viewBox = box ? `${box.getAttribute('x')} ${box.getAttribute('y')} ${box.getAttribute('width')} ${box.getAttribute('height')}` : undefined;
        if (title) entries.push({ label: rest.includes(', ') ? `${title} ${rest.slice(0, rest.lastIndexOf(', '))}` : title, short: title, mark: styledCopy(marker, viewBox) });
      });
    }
  }
  return entries;
}

/** What the slide says besides its drawing. */
export interface SlideWords {
  title: string;
  when?: string;
  source: string;
  address: string;
}

/** A slide's SVG document: its markup and its size in pixels. */
export interface SlideSvg {
  markup: string;
  width: number;
  height: number;
}

function measureWith(context: CanvasRenderingContext2D | null) {
  return (t: string, size: number, weight: number) => {
    if (!context) return t.length * size * 0.6;
    context.font = `${weight} ${size}px ${font}`;
    return context.measureText(t).width;
  };
}

function textMarkup(block: TextBlock, colour: string): string {
  return block.lines.map((l) => `<text x="${l.x}" y="${l.y}" style="font:${block.weight} ${block.size}px ${escapeMarkup(font)};fill:${colour}">${escapeMarkup(l.text)}</text>`).join('');
}

/**
 * The view's image for a slide of `format`, in the light scheme whatever the page's: the drawing in
 * `[data-kit-visual="<view>"]` and its legend, laid out with `words`. Undefined where the page has
 * no such drawing.
 */
export function drawSlide(view: KitView, format: SlideFormat, words: SlideWords): SlideSvg | undefined {
  const visual = document.querySelector<HTMLElement>(`[data-kit-visual="${view}"]`);
  const svg = visual?.querySelector<SVGSVGElement>(`svg${visual.dataset.kitSvg ?? ''}`);
  if (!visual || !svg) return undefined;
  const restore = forceColorScheme('light');
  let drawing: SVGSVGElement;
  let legend: Entry[];
  try {
    drawing = styledCopy(svg);
    legend = legendOf(view, visual, svg);
  } finally {
    restore();
  }
  const box = svg.viewBox.baseVal;
  const rect = svg.getBoundingClientRect();
  const size = { width: box?.width || rect.width || 800, height: box?.height || rect.height || 600 };
  const slide = slideSizes[format];
  const layout = layoutSlide(slide, { ...words, drawing: size, legend: legend.map((e) => ({ label: e.label, ...(e.short ? { short: e.short } : {}), ...(e.mark ? { swatch: markSize(e.mark) } : {}) })) }, measureWith(document.createElement('canvas').getContext('2d')));
  const place = (el: SVGSVGElement, b: { x: number; y: number; width: number; height: number }) => {
    for (const [k, v] of Object.entries(b)) el.setAttribute(k, String(v));
    return new XMLSerializer().serializeToString(el);
  };
  const parts = [
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    textMarkup(layout.title, ink.fg),
    layout.when ? textMarkup(layout.when, ink.fg) : '',
    place(drawing, layout.drawing),
    ...layout.legend.map((item, i) => (item.swatch && legend[i]!.mark ? place(legend[i]!.mark!, item.swatch) : '') + textMarkup(item.text, ink.fg)),
    `<line x1="${layout.footer.lines[0]!.x}" x2="${slide.width - layout.footer.lines[0]!.x}" y1="${layout.rule}" y2="${layout.rule}" stroke="${ink.rule}" stroke-width="2"/>`,
    textMarkup(layout.footer, ink.muted),
  ];
  const markup = `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="${ns}" width="${slide.width}" height="${slide.height}" viewBox="0 0 ${slide.width} ${slide.height}">${parts.join('')}</svg>`;
  return { markup, ...slide };
}
