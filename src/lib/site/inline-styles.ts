/**
 * Puts a built page's own stylesheets into the page, so its first frame needs no request but
 * the HTML: each `<link rel="stylesheet" href="/_astro/….css">` becomes a `<style>` with that
 * file's text. Used after the build on every page for which `keepsStylesheetLinks` is false.
 */

/**
 * Whether a built page (its path in the output, `de/index.html`) keeps its stylesheets as links:
 * the home pages and the story (page and embed) hold all three views and the worksheets all the
 * material of one; their CSS inline would make their HTML heavier still. A worksheet is printed,
 * not raced.
 */
export function keepsStylesheetLinks(outputPath: string): boolean {
  return /^(de|en)\/index\.html$/.test(outputPath) || /^(de|en)\/worksheet\//.test(outputPath) || /^(embed\/)?(de|en)\/story\//.test(outputPath);
}

const stylesheetLink = /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"\s*\/?>/g;

/**
 * Returns `html` with every built stylesheet link replaced by the stylesheet's text, read with
 * `readStylesheet(href)`. Throws if a stylesheet could close the `<style>` element early.
 */
export function inlineStylesheetLinks(html: string, readStylesheet: (href: string) => string): string {
  return html.replace(stylesheetLink, (_link, href: string) => {
    const css = readStylesheet(href);
    if (/<\/style/i.test(css)) throw new Error(`${href}: the stylesheet contains "</style" and cannot be inlined`);
    return `<style>${css.trim()}</style>`;
  });
}
