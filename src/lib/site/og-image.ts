import type { Locale } from '../locale';

/**
 * The link previews (`og:image`): which picture each page names, where it lies and its size. The
 * pictures are drawn after the build from the built pages (`scripts/og-images.ts`); a page of a
 * view (its full page, its embed, its worksheet) names that view's, every other page the home
 * picture (the map and the graph side by side).
 */

/** The pictures, one per language each. */
export const ogImageKeys = ['home', 'timeline', 'relations', 'map'] as const;

/** One of the pictures. */
export type OgImageKey = (typeof ogImageKeys)[number];

/** 1200 × 630, the size the large link cards of social sites and messengers ask for (PNG: they take no SVG). */
export const ogImageSize = { width: 1200, height: 630 } as const;

/** The site-relative path of a picture: `/og/en/map.png`. */
export function ogImagePath(locale: Locale, key: OgImageKey): string {
  return `/og/${locale}/${key}.png`;
}

/**
 * The picture a page names, from its path below the language folder (`map/`,
 * `worksheet/map/answers/`) or an embed's view (`map`, `story`): a view's own, else the home one.
 */
export function ogImageFor(pathOrView: string): OgImageKey {
  const view = /^(?:worksheet\/)?(timeline|relations|map)(?:\/|$)/.exec(pathOrView)?.[1];
  return (view as OgImageKey | undefined) ?? 'home';
}
