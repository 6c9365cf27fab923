import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import type { Locale } from '../locale';
import { estimateTextWidth } from './text-width';
import { breaksOf, timeScaleOf, type TimeScale } from './time-scale';
import type { Tick, TimeDomain } from './types';

const DAY = 86_400_000;

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

/** What follows a day's number in a date: German writes an ordinal dot ("27. Sept."). */
const dayMark: Record<Locale, string> = { de: '.', en: '' };

/** Month abbreviations as German and British English print them: one table, so the axis drawn at build time and the one the browser draws agree whatever the runtime's locale data, and no formatter has to be made in the browser. */
const monthNames: Record<Locale, readonly string[]> = {
  de: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
};

/**
 * A tick's label in the page's language: "27 Sept" / "27. Sept." for days and weeks,
 * "Oct" / "Okt." for months (with the year on the first tick and on January), "2020" for years.
 */
export function formatTick(time: number, unit: Unit, locale: Locale, first: boolean): string {
  const date = new Date(time);
  const year = String(date.getUTCFullYear());
  if (unit === 'year') return year;
  const month = monthNames[locale][date.getUTCMonth()]!;
  if (unit === 'month') return first || date.getUTCMonth() === 0 ? `${month} ${year}` : month;
  return `${date.getUTCDate()}${dayMark[locale]} ${month}`;
}

/** Space (px) kept free before a break of the scale, where its mark sits. */
const BREAK_GAP = 8;

/**
 * Axis ticks for a domain drawn between `left` and `right` px: in each stretch between the
 * scale's breaks (the focus band's ends), the finest step whose labels, starting just right of
 * their ticks, keep 6 px apart and inside the stretch, clear of the break's mark. So the years
 * beside the band get years while the band gets months or weeks, and no label runs over a break.
 */
export function timeTicks(domain: TimeDomain, left: number, right: number, locale: Locale): Tick[] {
  const toX = timeScaleOf(domain, left, right);
  const inner = breaksOf(toX).filter((t) => t > domain.start && t < domain.end);
  const ends = [domain.start, ...inner, domain.end];
  return ends.slice(1).flatMap((t1, i) => stretchTicks(toX, ends[i]!, t1, i < inner.length ? toX(t1) - BREAK_GAP : right, left, locale));
}

/** The ticks of one stretch of a scale, from `t0` to `t1` (where it is linear), with labels ending before `limit` px. */
function stretchTicks(toX: TimeScale, t0: number, t1: number, limit: number, left: number, locale: Locale): Tick[] {
  const rate = (toX(t1) - toX(t0)) / (t1 - t0);
  for (const candidate of candidates) {
    if (candidate.approx * rate < 24) continue;
    const times = candidate.interval.range(new Date(t0), new Date(t1 + 1)).map((d) => d.getTime());
    const ticks: (Tick & { w: number })[] = [];
    times.forEach((time) => {
      const label = formatTick(time, candidate.unit, locale, ticks.length === 0);
      const w = estimateTextWidth(label, TICK_FONT_SIZE);
      const x = toX(time);
      const labelX = x + 3;
      if (x < left || labelX + w > limit) return;
      const d = new Date(time);
      const major = candidate.unit === 'year' ? d.getUTCFullYear() % 10 === 0 : d.getUTCMonth() === 0 && d.getUTCDate() === 1;
      ticks.push({ time, x, labelX, label, major, w });
    });
    const fits = ticks.every((t, i) => i === 0 || t.labelX >= ticks[i - 1]!.labelX + ticks[i - 1]!.w + 6);
    if (fits) return ticks.map(({ w: _w, ...tick }) => tick);
  }
  return [];
}
