/**
 * The code a teacher pastes to embed a view: the iframe (in a box whose width its height follows,
 * or alone), the line that loads the resize helper, and the embed's address for the page a reader
 * is on. Apart from `embeds.ts`, so the embeds themselves, which need only its constants, never load it.
 */
import { escapeMarkup } from '../text/escape';
import type { EmbeddableView } from './embeds';

/**
 * The iframe snippet a teacher pastes: the width and height that the embed is designed for, a
 * title for screen readers, lazy loading, and no extra permissions. Where the frame is narrower
 * than that width, the embed's text takes more lines, and the style lets the height grow with it.
 * `responsive` (the default) wraps the frame in a box whose width the height follows (`cqw`, the
 * frame's own width, whatever the column it sits in); without it, the frame alone follows the
 * window's width, for platforms that strip the box. Where a platform drops the style, or a browser
 * knows no container units, the `height` attribute stays.
 */
export function iframeSnippet(src: string, view: Pick<EmbeddableView, 'width' | 'height' | 'narrowGrowth'>, title: string, { responsive = true }: { responsive?: boolean } = {}): string {
  const height = (unit: string) => (view.narrowGrowth > 0 ? `height:max(${view.height}px, calc(${view.height}px + (${view.width}px - 100${unit}) * ${view.narrowGrowth}));` : '');
  const attributes = `src="${escapeMarkup(src)}" title="${escapeMarkup(title)}" width="${view.width}" height="${view.height}"`;
  const rest = 'loading="lazy" referrerpolicy="strict-origin-when-cross-origin"></iframe>';
  if (!responsive) return `<iframe ${attributes} style="width:100%;max-width:${view.width}px;${height('vw')}border:0" ${rest}`;
  return `<div style="container-type:inline-size;width:100%;max-width:${view.width}px"><iframe ${attributes} style="display:block;width:100%;${height('cqw')}border:0" ${rest}</div>`;
}

/** The host page's line that loads the resize helper from the embeds' site (`origin`). */
export function resizeHelperSnippet(origin: string): string {
  return `<script src="${escapeMarkup(origin)}/embed-resize.js" defer></script>`;
}

/**
 * The embed address for the page a reader is on: the built address's path under the page's own
 * origin, with the view's current query. A page opened from disk (`file:`, no origin of its own)
 * keeps the built address, so copied code never names the machine it was built on unless the
 * page was served from there.
 */
export function embedUrlForPage(builtSrc: string, page: { origin: string; protocol: string }, search: string): string {
  const built = new URL(builtSrc);
  const origin = (page.protocol === 'https:' || page.protocol === 'http:') && page.origin !== 'null' ? page.origin : built.origin;
  return `${origin}${built.pathname}${search}`;
}
