/** The site's languages, German first (the source's language). */
export const locales = ['de', 'en'] as const;

/** A language of the site. */
export type Locale = (typeof locales)[number];

/** The language a page falls back to: the article's own. */
export const defaultLocale: Locale = 'de';

/** Narrows a language tag (a route parameter, `<html lang>`) to a locale, else the default. */
export function asLocale(value: string | undefined): Locale {
  return locales.find((locale) => locale === value) ?? defaultLocale;
}
