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
  { key: 'timeline', path: 'timeline/', width: 800, height: 1390, narrowGrowth: 2.25 },
  { key: 'relations', path: 'relations/', width: 800, height: 1560, narrowGrowth: 0.65 },
  { key: 'map', path: 'map/', width: 800, height: 1160, narrowGrowth: 1.65 },
  { key: 'story', path: 'story/', width: 800, height: 4800, narrowGrowth: 4.7 },
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
