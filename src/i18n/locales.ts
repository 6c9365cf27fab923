import { locales, type Locale } from '../lib/locale';

export { asLocale, locales } from '../lib/locale';

/** The other language, for the language switch. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'de' ? 'en' : 'de';
}

/** `getStaticPaths` for a page that exists in both languages. */
export function localePaths() {
  return locales.map((lang) => ({ params: { lang } }));
}

/** Pick the text for a locale from a `{ en, de }` pair. */
export function pick(text: { en: string; de: string }, locale: Locale): string {
  return text[locale];
}
