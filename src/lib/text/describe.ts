import type { ResolvedDating } from '../data/types';
import type { Citation } from '../schema/common';
import { formatDay, formatDayRange, formatMonth } from '../format/dates';
import type { Locale } from '../locale';

/** The word before a vague date; a formatting convention of each language, like Intl's data. */
const about: Record<Locale, string> = { de: 'etwa', en: 'about' };

/** Each language's quotation marks around a title. */
const quoteMarks: Record<Locale, [string, string]> = { de: ['„', '“'], en: ['“', '”'] };

/**
 * A record's date in words, with its precision: "27 November 2023", "September 2023",
 * "19–20 September 2023", "about 20–30 September 2023".
 */
export function describeDate(date: ResolvedDating, locale: Locale): string {
  switch (date.precision) {
    case 'day':
      return formatDay(date.start, locale);
    case 'month':
      return formatMonth(date.start, locale);
    case 'span':
      return formatDayRange(date.start, date.end, locale);
    case 'vague':
      return `${about[locale]} ${formatDayRange(date.start, date.end, locale)}`;
  }
}

/** A citation as one line of text: "Publisher: “Title”, 14 December 2023". */
export function describeCitation(citation: Citation, locale: Locale): string {
  const parts = [citation.publisher];
  if (citation.title) parts.push(`${quoteMarks[locale][0]}${citation.title}${quoteMarks[locale][1]}`);
  if (citation.published) parts.push(formatDay(citation.published, locale));
  return parts.join(', ');
}

/** The anchor id of a record on the sources page: `event-phone-call`. */
export function sourcesAnchor(kind: 'event' | 'relation' | 'actor' | 'place', id: string): string {
  return `${kind}-${id}`;
}
