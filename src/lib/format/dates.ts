import type { Locale } from '../locale';

/** The language tag each locale formats with (British English: day before month). */
export const intlLocale: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

/** True for `YYYY-MM-DD` naming a day that exists in the calendar (not 2023-02-30). */
export function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

type DateStyle = 'day' | 'dayShort' | 'month' | 'weekday';
const dateStyles: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  dayShort: { day: 'numeric', month: 'short', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  weekday: { weekday: 'long' },
};
const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** One formatter per language and style, made on first use: making one costs far more than using it. */
function dateFormat(locale: Locale, style: DateStyle): Intl.DateTimeFormat {
  const key = `${locale}:${style}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(intlLocale[locale], { ...dateStyles[style], timeZone: 'UTC' })));
  return format;
}
const numberFormats = new Map<Locale, Intl.NumberFormat>();

function toDate(iso: string): Date {
  return new Date(`${iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`);
}

/** "27 November 2023" / "27. November 2023", always in UTC so no reader's zone shifts a day. */
export function formatDay(iso: string, locale: Locale): string {
  return dateFormat(locale, 'day').format(toDate(iso));
}

/** "27 Nov 2023" / "27. Nov. 2023". */
export function formatDayShort(iso: string, locale: Locale): string {
  return dateFormat(locale, 'dayShort').format(toDate(iso));
}

/** "September 2023". */
export function formatMonth(iso: string, locale: Locale): string {
  return dateFormat(locale, 'month').format(toDate(iso));
}

/** The weekday name: "Monday" / "Montag". */
export function formatWeekday(iso: string, locale: Locale): string {
  return dateFormat(locale, 'weekday').format(toDate(iso));
}

/** A day range, shortened where the parts repeat: "19–20 September 2023". */
export function formatDayRange(start: string, end: string, locale: Locale): string {
  if (start === end) return formatDay(start, locale);
  return dateFormat(locale, 'day').formatRange(toDate(start), toDate(end));
}

/** Formats a number with the locale's grouping: "120,000" / "120.000". */
export function formatNumber(value: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(intlLocale[locale])));
  return format.format(value);
}
