/**
 * Builds the benchmark's "drawing alone" pages from a built page of ours: one chosen SVG and,
 * if asked, the page's own inline styles, and nothing else (no header, controls, list, script).
 * They show how much of a page's time to visual its drawing alone costs, which no change around
 * the drawing can win back. Pure string work, so it can be unit-tested.
 */

/** Which SVG to keep, and whether the page's inline `<style>` elements come with it. */
export interface DrawingAloneOptions {
  /** A class the wanted `<svg>` element carries, e.g. `tl-svg`. */
  svgClass: string;
  /** Keep the page's inline styles (true) or let the browser's defaults draw the SVG (false). */
  withStyles: boolean;
}

/**
 * The HTML of a page holding only the `<svg>` of `html` that has `options.svgClass`, in a `<main>`,
 * with the page's `lang` and, if asked, its inline styles. Throws when that SVG is missing or
 * holds another SVG (the extraction only cuts to the first closing tag).
 */
export function drawingAlonePage(html: string, options: DrawingAloneOptions): string {
  const opening = new RegExp(`<svg\\b[^>]*\\bclass="(?:[^"]*\\s)?${options.svgClass}(?:\\s[^"]*)?"[^>]*>`).exec(html);
  if (!opening) throw new Error(`no <svg class="${options.svgClass}"> in the page`);
  const end = html.indexOf('</svg>', opening.index);
  if (end < 0) throw new Error(`<svg class="${options.svgClass}"> is never closed`);
  const svg = html.slice(opening.index, end + '</svg>'.length);
  if (svg.slice(opening[0].length).includes('<svg')) throw new Error(`<svg class="${options.svgClass}"> holds another <svg>, which this extraction cannot cut`);
  const lang = /<html\b[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? 'en';
  const styles = options.withStyles ? (html.match(/<style\b[^>]*>[\s\S]*?<\/style>/g) ?? []).join('') : '';
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Drawing alone</title>${styles}</head>`,
    `<body><main>${svg}</main></body>`,
    '</html>',
    '',
  ].join('\n');
}
