import { escapeMarkup } from '../text/escape';
import type { Locale } from '../format/dates';

/** A view that can be embedded in an iframe, with the size its embed is designed for. */
export interface EmbeddableView {
  key: 'timeline' | 'relations' | 'map';
  /** Path of the full view below the language folder. */
  path: string;
  /** Width and height (CSS px) the embed is laid out for when a host fixes the iframe's height. */
  width: number;
  height: number;
  title: Record<Locale, string>;
}

/** The embeddable views. */
export const embeddableViews: EmbeddableView[] = [
  { key: 'timeline', path: 'timeline/', width: 800, height: 1280, title: { de: 'Zeitleiste: Bergkarabach 2023', en: 'Timeline: Nagorno-Karabakh 2023' } },
  { key: 'relations', path: 'relations/', width: 800, height: 1400, title: { de: 'Beziehungsnetz: USA, Aserbaidschan, Armenien, Russland 2023', en: 'Relations: the US, Azerbaijan, Armenia and Russia, 2023' } },
  { key: 'map', path: 'map/', width: 800, height: 1060, title: { de: 'Karte: Bergkarabach und der Südkaukasus 2023', en: 'Map: Nagorno-Karabakh and the South Caucasus, 2023' } },
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
 * The iframe snippet a teacher pastes: a fixed width and height that the embed is designed for,
 * a title for screen readers, lazy loading, and no extra permissions.
 */
export function iframeSnippet(src: string, view: Pick<EmbeddableView, 'width' | 'height'>, title: string): string {
  return `<iframe src="${escapeMarkup(src)}" title="${escapeMarkup(title)}" width="${view.width}" height="${view.height}" style="width:100%;max-width:${view.width}px;border:0" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
}
