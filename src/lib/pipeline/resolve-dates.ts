/**
 * The pipeline's date stage: every record's end resolved, its date phrase checked against the
 * article, and a relative phrase ("last week") checked against the day the report appeared.
 */
import type { LocalizedText } from '../schema/common';
import type { Dating } from '../schema/date';
import type { Derivation, ResolvedDating } from '../data/types';
import type { DataError } from './errors';
import { findQuote } from './quotes';
import { deriveRelativeDate, lastDayOfMonth } from './relative-dates';
import { pushIssue, truncate } from './validate-records';
import type { YamlFile } from './yaml-file';

/** A record's last day: its end, else the month's last day for a month, else its start. */
export function resolveEnd(d: Dating): string {
  return d.end ?? (d.precision === 'month' ? lastDayOfMonth(d.start) : d.start);
}

/** The event a relative date is counted from: its title and last day, where it exists. */
interface Anchor {
  event: string;
  title: LocalizedText | undefined;
  end: string | undefined;
}

/**
 * What the views need to say how a relative date was derived (the words are i18n's): the
 * report's date and, for a date after another event, that event's title and last day.
 */
function derivationOf(dating: Dating, published: string, anchor: Anchor | undefined): Derivation | undefined {
  if (dating.relative === undefined) return undefined;
  if (anchor === undefined || anchor.title === undefined || anchor.end === undefined) return { published };
  return { published, anchor: { event: anchor.event, title: anchor.title, end: anchor.end } };
}

/** What dates are resolved against: the article, its day of publication, and the events. */
export interface DateContext {
  article: string | undefined;
  published: string | undefined;
  events: readonly { id: string; title: LocalizedText; date: Dating }[];
}

/**
 * Resolves a record's date, written at `path` in `yaml`: its end, and for a relative phrase the
 * derivation the views explain. Each disagreement between the record, its phrase and the report's
 * date is reported; `quoted` says the phrase is the article's own words.
 */
export type DateResolver = (yaml: YamlFile, path: readonly (string | number)[], d: Dating, quoted: boolean) => ResolvedDating;

/** The resolver for the records of one dataset. */
export function dateResolver({ article, published, events }: DateContext, errors: DataError[]): DateResolver {
  const eventEnds = new Map(events.map((e) => [e.id, resolveEnd(e.date)]));
  const eventTitles = new Map(events.map((e) => [e.id, e.title]));
  return (yaml, path, d, quoted) => {
    const end = resolveEnd(d);
    const resolved: ResolvedDating = { ...d, end };
    if (d.phrase !== undefined && quoted && article !== undefined && !findQuote(article, d.phrase)) {
      pushIssue(yaml, [...path, 'phrase'], `date phrase not found in the article: "${truncate(d.phrase)}"`, errors);
    }
    if (d.relative === undefined || published === undefined) return resolved;
    const derived = deriveRelativeDate(d.relative, published, eventEnds);
    if (derived.kind === 'error') {
      pushIssue(yaml, [...path, 'relative'], derived.message, errors);
      return resolved;
    }
    if (derived.kind === 'exact' && (d.start !== derived.date || end !== derived.date)) {
      pushIssue(yaml, [...path, 'start'], `"${d.phrase}" in a report of ${published} means ${derived.date}, but the record says ${d.start}`, errors);
    }
    if (derived.kind === 'window') {
      if (derived.earliest !== undefined && d.start < derived.earliest) pushIssue(yaml, [...path, 'start'], `"${d.phrase}" means on or after ${derived.earliest}, but the record starts ${d.start}`, errors);
      if (derived.latest !== undefined && end > derived.latest) pushIssue(yaml, [...path, 'end'], `"${d.phrase}" means on or before ${derived.latest}, but the record ends ${end}`, errors);
    }
    const anchor = d.relative.rule === 'after-event' ? { event: d.relative.event, title: eventTitles.get(d.relative.event), end: eventEnds.get(d.relative.event) } : undefined;
    const derivation = derivationOf(d, published, anchor);
    return derivation ? { ...resolved, derivation } : resolved;
  };
}
