/**
 * The link previews (`og:image`): one 1200 × 630 PNG per view and language, and one for the pages
 * that are not a view, drawn after the build from the built pages themselves. Each takes the SVG
 * its view's page draws without scripts, styles it with that page's own stylesheets in the light
 * scheme (`src/lib/kit/css-cascade.ts`), sets it under the view's title and above the source and
 * the address (`layoutSlide`), and rasterises it with resvg in DejaVu Sans, the font the
 * `dejavu-fonts-ttf` package ships, so every build draws the same bytes on any machine.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { Resvg } from '@resvg/resvg-js';
import { compile } from 'css-select';
import { compareRules, expandFont, parseDeclarations, parseStylesheet, resolveValue, type StyleRule } from '../src/lib/kit/css-cascade';
import { layoutSlide, slideInk, type TextBlock } from '../src/lib/kit/slide';
import { ogImageKeys, ogImagePath, ogImageSize, type OgImageKey } from '../src/lib/site/og-image';
import { pageUrl } from '../src/lib/site/pages';
import { packageDir } from '../src/lib/site/licence-texts';
import { formatDay } from '../src/lib/format/dates';
import { escapeMarkup } from '../src/lib/text/escape';
import type { Locale } from '../src/lib/locale';

const ns = 'http://www.w3.org/2000/svg';
const fontFamily = 'DejaVu Sans';
/** The properties copied onto each mark, as the slide export copies them in the browser. */
const drawn = ['stop-color', 'stop-opacity', 'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'stroke-linejoin', 'stroke-linecap', 'paint-order', 'opacity', 'font-size', 'font-weight', 'font-style', 'letter-spacing', 'text-anchor', 'dominant-baseline', 'visibility', 'display'];
const inherited = new Set(['fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'stroke-linejoin', 'stroke-linecap', 'paint-order', 'font-size', 'font-weight', 'font-style', 'letter-spacing', 'text-anchor', 'dominant-baseline', 'visibility']);
/** DejaVu Sans is wide: a generous estimate of its advance (em per character), so no line runs out of the image. */
const measure = (text: string, size: number, weight: number) => text.length * size * (weight >= 600 ? 0.68 : 0.62);

/** The font files, or a build that stops and says what is missing. */
function fontFiles(): string[] {
  let dir: string;
  try {
    dir = join(packageDir('dejavu-fonts-ttf'), 'ttf');
  } catch {
    throw new Error('og images: the font package dejavu-fonts-ttf is not installed (run `npm ci`); the link previews are drawn in DejaVu Sans.');
  }
  const files = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => join(dir, f));
  for (const f of files) if (!existsSync(f)) throw new Error(`og images: the font file ${f} is missing (run \`npm ci\`).`);
  return files;
}

/** Every stylesheet of a built page, in document order: its style blocks and the files it links. */
function pageStyles($: CheerioAPI, root: string): StyleRule[] {
  const sheets = $('style, link[rel="stylesheet"]').toArray().map((el) => (el.tagName === 'style' ? $(el).text() : readFileSync(join(root, $(el).attr('href') ?? ''), 'utf8')));
  const rules: StyleRule[] = [];
  for (const css of sheets) rules.push(...parseStylesheet(css, { width: 1280, scheme: 'light', scripting: false }, rules.length));
  return rules;
}

/** The classes and tag the last compound of a selector needs, to skip rules that cannot match. */
function needs(selector: string): { tag?: string; classes: string[] } | undefined {
  const last = selector.split(/\s*[\s>+~]\s*(?![^[(]*[\])])/).pop() ?? '';
  if (/[:(]/.test(last)) return undefined;
  return { tag: /^[a-zA-Z][\w-]*/.exec(last)?.[0]?.toLowerCase(), classes: [...last.matchAll(/\.([\w-]+)/g)].map((m) => m[1]!) };
}

interface Computed {
  custom: Map<string, string>;
  color?: string;
  values: Map<string, string>;
}

/** Writes the page's computed styles onto `svg` and its marks as `style` attributes, and returns its markup. */
function styledSvg($: CheerioAPI, svg: Element, rules: StyleRule[]): string {
  const skip = /::|:hover|:focus|:active|:visited|:target|:checked|:has\(/;
  const styles: [Element, string][] = [];
  // Each selector compiled once (one that css-select cannot read never matches).
  const candidates = rules.filter((r) => !skip.test(r.selector)).flatMap((rule) => {
    try {
      return [{ rule, needs: needs(rule.selector), test: compile<AnyNode, Element>(rule.selector) }];
    } catch {
      return [];
    }
  });
  const computeFor = (el: Element, parent: Computed, root: boolean, record = true): Computed => {
    const classes = new Set(($(el).attr('class') ?? '').split(/\s+/));
    const matched = candidates.filter(({ needs: n, test }) => !(n && ((n.tag && n.tag !== el.tagName.toLowerCase()) || n.classes.some((c) => !classes.has(c)))) && test(el)).map((c) => c.rule);
    const inline = { selector: '', specificity: [1000, 0, 0] as [number, number, number], order: Infinity, declarations: parseDeclarations($(el).attr('style') ?? '') };
    const own = new Map<string, { value: string; important: boolean; rule: StyleRule }>();
    for (const rule of [...matched, inline]) {
      for (const d of rule.declarations) {
        for (const [name, value] of Object.entries(d.name === 'font' ? expandFont(d.value) : { [d.name]: d.value })) {
          const seen = own.get(name);
          if (!seen || (d.important && !seen.important) || (d.important === seen.important && compareRules(seen.rule, rule) <= 0)) own.set(name, { value, important: d.important, rule });
        }
      }
    }
    const custom = new Map(parent.custom);
    for (const [name, d] of own) if (name.startsWith('--')) custom.set(name, d.value);
    const colour = own.get('color') ? resolveValue(own.get('color')!.value, custom, parent.color) : parent.color;
    const values = new Map<string, string>();
    for (const prop of drawn) {
      const d = own.get(prop);
      let value = d && !/^(inherit|initial|unset|revert)$/.test(d.value) ? resolveValue(d.value, custom, colour) : undefined;
      if (value === undefined && inherited.has(prop)) value = parent.values.get(prop);
      if (value !== undefined) values.set(prop, value.replace(/([\d.]+)rem\b/g, (_m, n: string) => `${Number(n) * 16}px`));
    }
    const written = [...values].filter(([prop]) => root || own.has(prop)).map(([prop, value]) => `${prop}:${value}`);
    if (record) styles.push([el, [...written, ...(root ? [`font-family:${fontFamily}`] : [])].join(';')]);
    return { custom, ...(colour ? { color: colour } : {}), values };
  };
  // The page's root and the drawing's ancestors carry the custom properties and inherited values.
  let context: Computed = { custom: new Map(), values: new Map() };
  for (const ancestor of $(svg).parents().toArray().reverse()) context = inheritOnly(computeFor(ancestor, context, false, false));
  const walk = (el: Element, parent: Computed, root: boolean) => {
    const computed = computeFor(el, parent, root);
    for (const child of $(el).children().toArray()) walk(child, computed, false);
  };
  walk(svg, context, true);
  // Words for screen readers only (the scale bar's "(Scale)") are not drawn on the page either.
  $(svg).find('title, desc, .visually-hidden').remove();
  // Written once every mark is computed: its selectors read the classes of its ancestors.
  for (const [el, style] of styles) {
    $(el).removeAttr('class').removeAttr('font-family');
    if (style) $(el).attr('style', style);
    else $(el).removeAttr('style');
  }
  // Placed by the caller, which sets its box.
  $(svg).attr('xmlns', ns).removeAttr('width').removeAttr('height').removeAttr('x').removeAttr('y');
  return $.xml(svg);
}

/** Keeps what an ancestor outside the drawing passes on: custom properties, its colour and inherited values. */
function inheritOnly(computed: Computed): Computed {
  return { ...computed, values: new Map([...computed.values].filter(([prop]) => inherited.has(prop))) };
}

function textMarkup(block: TextBlock, colour: string): string {
  return block.lines.map((l) => `<text x="${l.x}" y="${l.y}" font-family="${fontFamily}" font-size="${block.size}" font-weight="${block.weight}" fill="${colour}">${escapeMarkup(l.text)}</text>`).join('');
}

const drawings = new Map<string, ReturnType<typeof drawView>>();

/** One view's drawing from its built page, with its title and the dates it shows (drawn once per build). */
function viewDrawing(root: string, locale: Locale, view: Exclude<OgImageKey, 'home'>) {
  const key = `${root}|${locale}|${view}`;
  if (!drawings.has(key)) drawings.set(key, drawView(root, locale, view));
  return drawings.get(key)!;
}

function drawView(root: string, locale: Locale, view: Exclude<OgImageKey, 'home'>) {
  const $ = load(readFileSync(join(root, locale, view, 'index.html'), 'utf8'));
  const visual = $(`[data-kit-visual="${view}"]`);
  const svg = visual.find(`svg${visual.attr('data-kit-svg') ?? ''}`).first().get(0);
  const kit = $('lesson-kit').first();
  if (!svg || kit.length === 0) throw new Error(`og images: /${locale}/${view}/ has no drawing or lesson kit to draw from`);
  const [, , width, height] = ($(svg).attr('viewBox') ?? '').split(/[\s,]+/).map(Number);
  if (!width || !height) throw new Error(`og images: the drawing of /${locale}/${view}/ has no viewBox`);
  // What the drawing shows in time, as the slide export says it: the graph's date, or the span of the events drawn.
  let when: string | undefined;
  const date = visual.attr('data-kit-date');
  if (view === 'relations' && date) when = kit.attr('data-image-date')?.replace('{date}', formatDay(date, locale));
  else {
    // The marks the drawing shows: the timeline carries the other period's, with display="none".
    const ids = new Set($(svg).find('[data-id]').toArray().filter((el) => $(el).closest('[display="none"]').length === 0).map((el) => $(el).attr('data-id')));
    const rows = (JSON.parse($('script[data-kit-data]').first().text()) as { rows: { id: string; type?: string; start?: string; end?: string }[] }).rows.filter((r) => ids.has(r.id) && (view === 'timeline' || r.type === 'event'));
    const starts = rows.map((r) => r.start).filter((d): d is string => !!d).sort();
    const ends = rows.map((r) => r.end ?? r.start).filter((d): d is string => !!d).sort();
    if (starts[0] && ends.at(-1)) when = kit.attr('data-image-span')?.replace('{from}', formatDay(starts[0], locale)).replace('{to}', formatDay(ends.at(-1)!, locale));
  }
  const markup = styledSvg($, svg, pageStyles($, root));
  return { markup, width, height, title: kit.attr('data-title') ?? '', siteName: kit.attr('data-site-name') ?? '', source: kit.attr('data-image-source') ?? '', when };
}

/** The preview's SVG document for one image. */
export function ogImageSvg(root: string, site: string, locale: Locale, key: OgImageKey): string {
  const { width, height } = ogImageSize;
  let drawing: { markup: string; width: number; height: number };
  let words: { title: string; when?: string; source: string; siteName: string };
  if (key === 'home') {
    // The pages that are not a view: the map and the graph side by side, under the site's name.
    const map = viewDrawing(root, locale, 'map');
    const graph = viewDrawing(root, locale, 'relations');
    const graphWidth = Math.round((graph.width * map.height) / graph.height);
    const place = (m: string, x: number, w: number) => m.replace(/^<svg /, `<svg x="${x}" y="0" width="${w}" height="${map.height}" `);
    drawing = { markup: `<svg xmlns="${ns}" viewBox="0 0 ${map.width + 40 + graphWidth} ${map.height}">${place(map.markup, 0, map.width)}${place(graph.markup, map.width + 40, graphWidth)}</svg>`, width: map.width + 40 + graphWidth, height: map.height };
    words = { title: map.siteName, source: map.source, siteName: map.siteName };
  } else {
    const view = viewDrawing(root, locale, key);
    drawing = view;
    words = view;
  }
  const address = new URL(pageUrl(locale, key === 'home' ? '' : `${key}/`), site).href;
  const layout = layoutSlide({ width, height }, { title: words.title, ...(words.when ? { when: words.when } : {}), legend: [], source: words.source, address: `${words.siteName} · ${address}`, drawing }, measure);
  const placed = drawing.markup.replace(/^<svg /, `<svg x="${layout.drawing.x}" y="${layout.drawing.y}" width="${layout.drawing.width}" height="${layout.drawing.height}" `);
  const parts = [
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    textMarkup(layout.title, slideInk.fg),
    layout.when ? textMarkup(layout.when, slideInk.fg) : '',
    placed,
    `<line x1="${layout.footer.lines[0]!.x}" x2="${width - layout.footer.lines[0]!.x}" y1="${layout.rule}" y2="${layout.rule}" stroke="${slideInk.rule}" stroke-width="1"/>`,
    textMarkup(layout.footer, slideInk.muted),
  ];
  return `<svg xmlns="${ns}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
}

/** Rasterises a preview's SVG in the shipped font; the same SVG gives the same bytes. */
export function rasterise(svg: string, fonts: string[] = fontFiles()): Buffer {
  const resvg = new Resvg(svg, { fitTo: { mode: 'original' }, background: '#ffffff', font: { loadSystemFonts: false, fontFiles: fonts, defaultFontFamily: fontFamily } });
  return resvg.render().asPng();
}

/** Draws every preview into the built site at `root`; returns the files written, site-relative. */
export function writeOgImages(root: string, site: string): string[] {
  const fonts = fontFiles();
  const written: string[] = [];
  for (const locale of ['de', 'en'] as const) {
    for (const key of ogImageKeys) {
      const path = ogImagePath(locale, key);
      const file = join(root, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, rasterise(ogImageSvg(root, site, locale, key), fonts));
      written.push(path);
    }
  }
  return written;
}
