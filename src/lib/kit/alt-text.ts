import { formatDay, type Locale } from '../format/dates';
import type { KitRow } from './rows';

/** The views the lesson kit describes. */
export type KitView = 'timeline' | 'relations' | 'map';

const list = (items: string[], locale: Locale) =>
  new Intl.ListFormat(locale === 'de' ? 'de-DE' : 'en-GB', { style: 'long', type: 'conjunction' }).format(items);

/**
 * A paragraph of alt text for the view in its current state, from the rows it shows: what kind
 * of graphic it is, how many items, the time span, the first items by name, and the source.
 * Rows need `title` (or `label`) and `start`/`end` where they have dates.
 */
export function describeViewForAltText(view: KitView, rows: readonly KitRow[], locale: Locale, extra?: { date?: string }): string {
  const names = rows.map((r) => String(r.title ?? r.label ?? r.id));
  const starts = rows.map((r) => r.start).filter((d): d is string => typeof d === 'string').sort();
  const ends = rows.map((r) => r.end ?? r.start).filter((d): d is string => typeof d === 'string').sort();
  const first = starts[0];
  const last = ends[ends.length - 1];
  const shown = names.slice(0, 5);
  const more = names.length - shown.length;
  const source = locale === 'de' ? 'Quelle: Reuters, 28. Nov. 2023, und genannte Hintergrundquellen.' : 'Source: Reuters, 28 Nov 2023, and cited background sources.';
  const span = first && last ? (locale === 'de' ? ` vom ${formatDay(first, 'de')} bis zum ${formatDay(last, 'de')}` : ` from ${formatDay(first, 'en')} to ${formatDay(last, 'en')}`) : '';
  const items = shown.length === 0 ? '' : locale === 'de'
    ? ` Darunter: ${list(shown, 'de')}${more > 0 ? ` und ${more} weitere` : ''}.`
    : ` Among them: ${list(shown, 'en')}${more > 0 ? ` and ${more} more` : ''}.`;
  switch (view) {
    case 'timeline':
      return locale === 'de'
        ? `Zeitleiste zu Bergkarabach mit ${rows.length} Ereignissen${span}.${items} ${source}`
        : `Timeline of Nagorno-Karabakh with ${rows.length} events${span}.${items} ${source}`;
    case 'relations': {
      const asOf = extra?.date ? (locale === 'de' ? ` am ${formatDay(extra.date, 'de')}` : ` on ${formatDay(extra.date, 'en')}`) : '';
      return locale === 'de'
        ? `Netz der Beziehungen zwischen den USA, Aserbaidschan, Armenien, Russland, den Karabach-Behörden und dem Westen${asOf}: ${rows.length} Beziehungen.${items} ${source}`
        : `Network of relations between the United States, Azerbaijan, Armenia, Russia, the Karabakh authorities and the West${asOf}: ${rows.length} relations.${items} ${source}`;
    }
    case 'map':
      return locale === 'de'
        ? `Karte des Südkaukasus mit Armenien, Aserbaidschan samt der Exklave Nachitschewan und dem ungefähren Umriss Bergkarabachs; ${rows.length} Orte und Ereignisse.${items} ${source}`
        : `Map of the South Caucasus showing Armenia, Azerbaijan with its Nakhchivan exclave and the approximate outline of Nagorno-Karabakh; ${rows.length} places and events.${items} ${source}`;
  }
}
