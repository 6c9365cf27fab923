import type { Locale } from '../locale';

/** The pages in the main navigation; their names are in `src/i18n/site.ts`. */
export type NavKey = 'home' | 'story' | 'timeline' | 'relations' | 'map' | 'sources' | 'teach';

/** A page of the site in the main navigation, by its path below the language folder. */
export interface NavPage {
  key: NavKey;
  /** Path below `/de/` or `/en/`, with a trailing slash, or '' for the home page. */
  path: string;
}

/** The pages in the main navigation, in order. Only pages that exist are listed. */
export const navPages: NavPage[] = [
  { key: 'home', path: '' },
  { key: 'story', path: 'story/' },
  { key: 'timeline', path: 'timeline/' },
  { key: 'relations', path: 'relations/' },
  { key: 'map', path: 'map/' },
  { key: 'sources', path: 'sources/' },
  { key: 'teach', path: 'teach/' },
];

/** The site-relative URL of a page in a language: `/en/sources/`. */
export function pageUrl(locale: Locale, path: string): string {
  return `/${locale}/${path}`;
}
