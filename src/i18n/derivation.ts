import { formatDay, formatDayRange, formatMonth, formatWeekday } from '../lib/format/dates';
import type { ResolvedDating } from '../lib/data/types';
import type { Locale } from '../lib/locale';

/** The facts one sentence about a derived date is made of. */
interface DerivationFacts {
  /** The article's phrase ("am Montag"). */
  phrase: string;
  /** The report's date. */
  published: string;
  start: string;
  end: string;
  /** Who gives the exact days, where the article does not. */
  publisher?: string;
  /** The other event a date is "after", with its title in the page's language. */
  anchor?: { title: string; end: string };
}

/** One sentence per rule of `relativeDateSchema`, in one language. */
interface DerivationSentences {
  reportDay(f: DerivationFacts): string;
  weekdayBefore(f: DerivationFacts): string;
  month(f: DerivationFacts): string;
  afterEvent(f: DerivationFacts): string;
  beforePublication(f: DerivationFacts): string;
}

const sentences: Record<Locale, DerivationSentences> = {
  de: {
    reportDay: (f) => `„${f.phrase}“ in einem Bericht vom ${formatWeekday(f.published, 'de')}, ${formatDay(f.published, 'de')}: der Tag des Berichts`,
    weekdayBefore: (f) => `${formatWeekday(f.start, 'de')} vor dem Bericht vom ${formatWeekday(f.published, 'de')}: ${formatDay(f.start, 'de')}`,
    month: (f) => `„${f.phrase}“ in einem Bericht vom ${formatMonth(f.published, 'de')}: ${formatMonth(f.start, 'de')}${f.publisher ? `; die genauen Tage (${formatDayRange(f.start, f.end, 'de')}) laut ${f.publisher}` : ''}`,
    afterEvent: (f) => `„${f.phrase}“: nach „${f.anchor?.title}“ (endete am ${formatDay(f.anchor?.end ?? f.start, 'de')})${f.publisher ? `; die Daten (${formatDayRange(f.start, f.end, 'de')}) laut ${f.publisher}` : ''}`,
    beforePublication: (f) => `„${f.phrase}“: vor dem Bericht vom ${formatDay(f.published, 'de')}`,
  },
  en: {
    reportDay: (f) => `“${f.phrase}” in a report of ${formatWeekday(f.published, 'en')} ${formatDay(f.published, 'en')}: the day of the report`,
    weekdayBefore: (f) => `${formatWeekday(f.start, 'en')} before the ${formatWeekday(f.published, 'en')} report: ${formatDay(f.start, 'en')}`,
    month: (f) => `“${f.phrase}” in a report of ${formatMonth(f.published, 'en')}: ${formatMonth(f.start, 'en')}${f.publisher ? `; the exact days (${formatDayRange(f.start, f.end, 'en')}) from ${f.publisher}` : ''}`,
    afterEvent: (f) => `“${f.phrase}”: after “${f.anchor?.title}” (ended ${formatDay(f.anchor?.end ?? f.start, 'en')})${f.publisher ? `; the dates (${formatDayRange(f.start, f.end, 'en')}) from ${f.publisher}` : ''}`,
    beforePublication: (f) => `“${f.phrase}”: before the report of ${formatDay(f.published, 'en')}`,
  },
};

/**
 * How a relative date was derived, in words ("Monday before the Tuesday report: 27 November
 * 2023"), from what the pipeline recorded; undefined for a date the article gives outright.
 */
export function describeDerivation(date: ResolvedDating, locale: Locale): string | undefined {
  const { relative, derivation, phrase } = date;
  if (relative === undefined || derivation === undefined || phrase === undefined) return undefined;
  const anchor = derivation.anchor ? { title: derivation.anchor.title[locale], end: derivation.anchor.end } : undefined;
  const facts: DerivationFacts = { phrase, published: derivation.published, start: date.start, end: date.end, publisher: date.citation?.publisher, anchor };
  const say = sentences[locale];
  switch (relative.rule) {
    case 'weekday':
      return date.start === derivation.published ? say.reportDay(facts) : say.weekdayBefore(facts);
    case 'month':
      return say.month(facts);
    case 'after-event':
      return say.afterEvent({ ...facts, anchor: anchor ?? { title: relative.event, end: date.start } });
    case 'before-publication':
      return say.beforePublication(facts);
  }
}
