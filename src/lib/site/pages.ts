import type { Locale } from '../locale';

/** A page of the site in the main navigation, by its path below the language folder. */
export interface NavPage {
  key: string;
  /** Path below `/de/` or `/en/`, with a trailing slash, or '' for the home page. */
  path: string;
  label: Record<Locale, string>;
}

/** The pages in the main navigation, in order. Only pages that exist are listed. */
export const navPages: NavPage[] = [
  { key: 'home', path: '', label: { de: 'Überblick', en: 'Overview' } },
  { key: 'story', path: 'story/', label: { de: 'Schritt für Schritt', en: 'Step by step' } },
  { key: 'timeline', path: 'timeline/', label: { de: 'Zeitleiste', en: 'Timeline' } },
  { key: 'relations', path: 'relations/', label: { de: 'Beziehungen', en: 'Relations' } },
  { key: 'map', path: 'map/', label: { de: 'Karte', en: 'Map' } },
  { key: 'sources', path: 'sources/', label: { de: 'Quellen', en: 'Sources' } },
  { key: 'teach', path: 'teach/', label: { de: 'Für den Unterricht', en: 'For teachers' } },
];

/** The site-relative URL of a page in a language: `/en/sources/`. */
export function pageUrl(locale: Locale, path: string): string {
  return `/${locale}/${path}`;
}
