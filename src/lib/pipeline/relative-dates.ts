import type { RelativeDate } from '../schema/date';

const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** Adds days to an ISO date, in UTC. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Adds calendar months to an ISO date, in UTC, keeping the day where the month has it. */
export function addMonths(iso: string, months: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.toISOString().slice(0, 10);
}

/** The last day of the month of an ISO date. */
export function lastDayOfMonth(iso: string): string {
  const d = new Date(`${iso.slice(0, 7)}-01T00:00:00Z`);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
}

/** The English weekday name of an ISO date. */
export function weekdayOf(iso: string): (typeof weekdays)[number] {
  return weekdays[new Date(`${iso}T00:00:00Z`).getUTCDay()]!;
}

/** What a relative date allows: an exact day, or a window the record's dates must lie in. */
export type DerivedDate =
  | { kind: 'exact'; date: string }
  | { kind: 'window'; earliest?: string; latest?: string };

/**
 * Derives what a relative phrase means, given the publication date and the ends of other events.
 * - weekday: the latest such weekday on or before publication (a wire report's "on Monday").
 * - month: the window of that month in the publication year, or the year before if the month
 *   lies after the publication month.
 * - after-event: on or after the other event's end (within `withinDays` if given).
 * - before-publication: on or before publication (within `withinMonths` before it if given).
 * Returns an error message when the anchor is missing.
 */
export function deriveRelativeDate(
  relative: RelativeDate,
  published: string,
  eventEnds: ReadonlyMap<string, string>,
): DerivedDate | { kind: 'error'; message: string } {
  switch (relative.rule) {
    case 'weekday': {
      for (let back = 0; back < 7; back++) {
        const day = addDays(published, -back);
        if (weekdayOf(day) === relative.weekday) return { kind: 'exact', date: day };
      }
      return { kind: 'error', message: 'no such weekday' };
    }
    case 'month': {
      const pubYear = Number(published.slice(0, 4));
      const pubMonth = Number(published.slice(5, 7));
      const year = relative.month <= pubMonth ? pubYear : pubYear - 1;
      const first = `${year}-${String(relative.month).padStart(2, '0')}-01`;
      return { kind: 'window', earliest: first, latest: lastDayOfMonth(first) };
    }
    case 'after-event': {
      const anchor = eventEnds.get(relative.event);
      if (anchor === undefined) return { kind: 'error', message: `relative date refers to unknown event "${relative.event}"` };
      return { kind: 'window', earliest: anchor, latest: relative.withinDays === undefined ? published : addDays(anchor, relative.withinDays) };
    }
    case 'before-publication':
      return { kind: 'window', earliest: relative.withinMonths === undefined ? undefined : addMonths(published, -relative.withinMonths), latest: published };
  }
}
