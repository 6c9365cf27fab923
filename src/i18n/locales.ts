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
