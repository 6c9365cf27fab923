import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import type { Locale } from '../format/dates';
import { estimateTextWidth } from './text-width';
import type { Tick, TimeDomain } from './types';

const DAY = 86_400_000;
const intlLocale: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

type Unit = 'day' | 'month' | 'year';
interface Candidate {
  interval: TimeInterval;
  approx: number;
  unit: Unit;
}

const every = (interval: CountableTimeInterval, n: number): TimeInterval => (n === 1 ? interval : (interval.every(n) as TimeInterval));

/** Tick steps from fine to coarse; the first whose labels fit is used. */
const candidates: Candidate[] = [
  { interval: utcDay, approx: DAY, unit: 'day' },
  { interval: every(utcDay, 2), approx: 2 * DAY, unit: 'day' },
  { interval: utcMonday, approx: 7 * DAY, unit: 'day' },
  { interval: every(utcMonth, 1), approx: 30 * DAY, unit: 'month' },
  { interval: every(utcMonth, 3), approx: 91 * DAY, unit: 'month' },
  { interval: every(utcMonth, 6), approx: 182 * DAY, unit: 'month' },
  { interval: utcYear, approx: 365 * DAY, unit: 'year' },
  { interval: every(utcYear, 2), approx: 730 * DAY, unit: 'year' },
  { interval: every(utcYear, 5), approx: 1826 * DAY, unit: 'year' },
  { interval: every(utcYear, 10), approx: 3652 * DAY, unit: 'year' },
];

/** The font size of tick labels, which the renderer uses too. */
export const TICK_FONT_SIZE = 12;

const formatters = new Map<string, Intl.DateTimeFormat>();
function format(time: number, locale: Locale, options: Intl.DateTimeFormatOptions): string {
  const key = `${locale}:${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale[locale], { ...options, timeZone: 'UTC' });
    formatters.set(key, f);
  }
  return f.format(new Date(time));
}

/**
 * A tick's label in the page's language: "27 Sept" / "27. Sept." for days and weeks,
 * "Oct" / "Okt." for months (with the year on the first tick and on January), "2020" for years.
 */
export function formatTick(time: number, unit: Unit, locale: Locale, first: boolean): string {
  if (unit === 'year') return format(time, locale, { year: 'numeric' });
  if (unit === 'month') {
    const january = new Date(time).getUTCMonth() === 0;
    return format(time, locale, first || january ? { month: 'short', year: 'numeric' } : { month: 'short' });
  }
  return format(time, locale, { day: 'numeric', month: 'short' });
}

/**
 * Axis ticks for a domain drawn between `left` and `right` px: the finest step whose labels,
 * starting just right of their ticks, keep 6 px apart and inside the frame.
 */
export function timeTicks(domain: TimeDomain, left: number, right: number, locale: Locale): Tick[] {
  const span = domain.end - domain.start;
  const pxPerMs = (right - left) / span;
  const toX = (t: number) => left + (t - domain.start) * pxPerMs;
  for (const candidate of candidates) {
    if (candidate.approx * pxPerMs < 24) continue;
    const times = candidate.interval.range(new Date(domain.start), new Date(domain.end + 1)).map((d) => d.getTime());
    const ticks: (Tick & { w: number })[] = [];
    times.forEach((time) => {
      const label = formatTick(time, candidate.unit, locale, ticks.length === 0);
      const w = estimateTextWidth(label, TICK_FONT_SIZE);
      const x = toX(time);
      const labelX = x + 3;
      if (x < left || labelX + w > right) return;
      const d = new Date(time);
      const major = candidate.unit === 'year' ? d.getUTCFullYear() % 10 === 0 : d.getUTCMonth() === 0 && d.getUTCDate() === 1;
      ticks.push({ time, x, labelX, label, major, w });
    });
    const fits = ticks.every((t, i) => i === 0 || t.labelX >= ticks[i - 1]!.labelX + ticks[i - 1]!.w + 6);
    if (fits) return ticks.map(({ w: _w, ...tick }) => tick);
  }
  return [];
}
