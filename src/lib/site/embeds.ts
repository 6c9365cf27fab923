import { escapeMarkup } from '../text/escape';
import type { Locale } from '../locale';

/** A view that can be embedded in an iframe, with the size its embed is designed for. */
export interface EmbeddableView {
  key: 'timeline' | 'relations' | 'map' | 'story';
  /** Path of the full view below the language folder. */
  path: string;
  /** Width and height (CSS px) the embed is laid out for when a host fixes the iframe's height. */
  width: number;
  height: number;
  /**
   * Extra height (CSS px) per CSS px that the host's viewport is narrower than `width`: on a phone
   * the embed's text wraps onto more lines. Measured on the built embeds, with 16 px of the host's
   * own margin on each side, from 320 px to 800 px.
   */
  narrowGrowth: number;
}

/** The embeddable views. */
export const embeddableViews: EmbeddableView[] = [
  { key: 'timeline', path: 'timeline/', width: 800, height: 1390, narrowGrowth: 1.25 },
  { key: 'relations', path: 'relations/', width: 800, height: 1560, narrowGrowth: 0.65 },
  { key: 'map', path: 'map/', width: 800, height: 1160, narrowGrowth: 1.65 },
  { key: 'story', path: 'story/', width: 800, height: 4800, narrowGrowth: 3.7 },
];

/** The message an embed posts to its parent whenever its height changes. */
export const resizeMessageType = 'nk-explainer:resize';

/**
 * Site-relative path of a view's embed page: `/embed/de/timeline/`. Embeds live under their own
 * top-level folder so that hosts can allow framing for `/embed/*` alone.
 */
export function embedPath(locale: Locale, key: EmbeddableView['key']): string {
  return `/embed/${locale}/${key}/`;
}

/** Site-relative path of a view's static oEmbed document: `/oembed/de/timeline.json`. */
export function oembedPath(locale: Locale, key: EmbeddableView['key']): string {
  return `/oembed/${locale}/${key}.json`;
}

/**
 * The iframe snippet a teacher pastes: the width and height that the embed is designed for, a
 * title for screen readers, lazy loading, and no extra permissions. Its style lets the height grow
 * on a viewport narrower than that width, where the embed's text takes more lines; a platform
 * that drops the style keeps the `height` attribute.
 */
export function iframeSnippet(src: string, view: Pick<EmbeddableView, 'width' | 'height' | 'narrowGrowth'>, title: string): string {
  const height = view.narrowGrowth > 0 ? `height:max(${view.height}px, calc(${view.height}px + (${view.width}px - 100vw) * ${view.narrowGrowth}));` : '';
  return `<iframe src="${escapeMarkup(src)}" title="${escapeMarkup(title)}" width="${view.width}" height="${view.height}" style="width:100%;max-width:${view.width}px;${height}border:0" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
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
