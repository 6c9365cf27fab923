import { formatDay, intlLocale } from '../format/dates';
import type { Locale } from '../locale';
import { fill } from '../text/fill';
import type { KitRow } from './rows';

/** The views the lesson kit describes. */
export type KitView = 'timeline' | 'relations' | 'map';

/**
 * The sentences of an alt text, as templates with `{slots}`; `src/i18n/kit.ts` gives them per
 * language. Each view's template takes `{count}`, `{span}`, `{items}` and `{source}` (and the
 * graph's `{asOf}`).
 */
export interface AltTextStrings {
  source: string;
  /** The time span: `{first}`, `{last}`. */
  span: string;
  /** The first items by name: `{list}`; `itemsMore` adds `{more}`. */
  items: string;
  itemsMore: string;
  /** The graph's date: `{date}`. */
  asOf: string;
  views: Record<KitView, string>;
}

/**
 * A paragraph of alt text for the view in its current state, from the rows it shows: what kind
 * of graphic it is, how many items, the time span, the first items by name, and the source.
 * Rows need `title` (or `label`) and `start`/`end` where they have dates. `locale` formats the
 * dates and the list; the words come from `strings`.
 */
export function describeViewForAltText(view: KitView, rows: readonly KitRow[], locale: Locale, strings: AltTextStrings, extra?: { date?: string }): string {
  const names = rows.map((r) => String(r.title ?? r.label ?? r.id));
  const starts = rows.map((r) => r.start).filter((d): d is string => typeof d === 'string').sort();
  const ends = rows.map((r) => r.end ?? r.start).filter((d): d is string => typeof d === 'string').sort();
  const first = starts[0];
  const last = ends[ends.length - 1];
  const shown = names.slice(0, 5);
  const more = names.length - shown.length;
  const list = new Intl.ListFormat(intlLocale[locale], { style: 'long', type: 'conjunction' }).format(shown);
  const span = first && last ? fill(strings.span, { first: formatDay(first, locale), last: formatDay(last, locale) }) : '';
  const items = shown.length === 0 ? '' : fill(more > 0 ? strings.itemsMore : strings.items, { list, more });
  const asOf = view === 'relations' && extra?.date ? fill(strings.asOf, { date: formatDay(extra.date, locale) }) : '';
  return fill(strings.views[view], { count: rows.length, span, items, asOf, source: strings.source });
}
