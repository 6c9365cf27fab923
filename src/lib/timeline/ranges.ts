import type { TimeRange } from '../state/view-state';
import type { TimeDomain } from './types';

const DAY = 86_400_000;

/** Milliseconds since the epoch of an ISO day at 00:00 UTC. */
export function dayStart(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/** The start and (exclusive) end of an event's dates in ms: a day covers its 24 hours. */
export function eventExtent(start: string, end: string): TimeDomain {
  return { start: dayStart(start), end: dayStart(end) + DAY };
}

/**
 * The two named ranges: the article's months (September to December 2023) and the
 * background (1988, the start of the first war, to 2024, the end of the breakaway republic).
 */
export const namedRanges: Readonly<Record<TimeRange, TimeDomain>> = Object.freeze({
  article: { start: dayStart('2023-09-01'), end: dayStart('2024-01-01') },
  background: { start: dayStart('1988-01-01'), end: dayStart('2025-01-01') },
});

/** The whole period the timeline can show; zooming and panning stay inside it. */
export const fullDomain: TimeDomain = namedRanges.background;

/** The shortest stretch one can zoom into: two weeks. */
export const minimumSpan = 14 * DAY;

/** A named range's domain, or the domain itself. */
export function resolveDomain(range: TimeRange | TimeDomain): TimeDomain {
  return typeof range === 'string' ? namedRanges[range] : range;
}

/**
 * The domain to move to so that `extent` is in view: undefined when `current` already shows
 * it, else the article's months where they hold it, else the whole background period.
 */
export function domainToShow(current: TimeDomain, extent: TimeDomain): TimeDomain | undefined {
  if (extent.start >= current.start && extent.end <= current.end) return undefined;
  const article = namedRanges.article;
  return extent.start >= article.start && extent.end <= article.end ? article : namedRanges.background;
}

/** The domain of a span of days from the address (`?span=2023-09-19,2023-10-03`): both days whole. */
export function spanDomain([first, last]: readonly [string, string]): TimeDomain {
  return eventExtent(first, last);
}

const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The span of days the address writes for `domain`: its ends rounded to the nearest midnight,
 * kept within `bounds` (the days the address accepts); undefined when less than a day is left.
 */
export function spanOfDomain(domain: TimeDomain, bounds: readonly [string, string]): [string, string] | undefined {
  const first = Math.max(Math.round(domain.start / DAY) * DAY, dayStart(bounds[0]));
  const last = Math.min(Math.round(domain.end / DAY) * DAY - DAY, dayStart(bounds[1]));
  return first < last ? [isoOf(first), isoOf(last)] : undefined;
}
