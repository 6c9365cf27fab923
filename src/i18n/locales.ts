import type { Locale } from '../lib/format/dates';

/** The site's languages, German first (the source's language). */
export const locales: readonly Locale[] = ['de', 'en'];

/** The other language, for the language switch. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'de' ? 'en' : 'de';
}

/** `getStaticPaths` for a page that exists in both languages. */
export function localePaths() {
  return locales.map((lang) => ({ params: { lang } }));
}

/** Narrows a route parameter to a locale; pages are only generated for the two languages. */
export function asLocale(value: string | undefined): Locale {
  return value === 'en' ? 'en' : 'de';
}

/** Pick the text for a locale from a `{ en, de }` pair. */
export function pick(text: { en: string; de: string }, locale: Locale): string {
  return text[locale];
}
