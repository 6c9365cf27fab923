import type { ResolvedDating } from '../data/types';
import type { Citation } from '../schema/common';
import { formatDay, formatDayRange, formatMonth, type Locale } from '../format/dates';

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
      return `${locale === 'de' ? 'etwa' : 'about'} ${formatDayRange(date.start, date.end, locale)}`;
  }
}

/** A citation as one line of text: "Publisher: “Title”, 14 December 2023". */
export function describeCitation(citation: Citation, locale: Locale): string {
  const parts = [citation.publisher];
  if (citation.title) parts.push(locale === 'de' ? `„${citation.title}“` : `“${citation.title}”`);
  if (citation.published) parts.push(formatDay(citation.published, locale));
  return parts.join(', ');
}

/** The anchor id of a record on the sources page: `event-phone-call`. */
export function sourcesAnchor(kind: 'event' | 'relation' | 'actor' | 'place', id: string): string {
  return `${kind}-${id}`;
}
