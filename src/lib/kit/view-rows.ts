import type { Dataset } from '../data/types';
import type { Locale } from '../locale';
import { graphDataOf } from '../graph/graph-model';
import { graphStateAt, nearestSnapDate, snapDates } from '../graph/graph-state';
import { eventExtent, namedRanges } from '../timeline/ranges';
import type { KitData, KitRow } from './rows';

type Data = Pick<Dataset, 'events' | 'relations' | 'actors' | 'places'>;

/**
 * The events the timeline draws when it opens, on the article's months: those whose dates reach
 * into them. The lesson kit's alt text and downloads describe these, as the image shows them.
 */
export function timelineShownIds(data: Pick<Data, 'events'>): Set<string> {
  const range = namedRanges.article;
  return new Set(data.events.filter((e) => {
    const extent = eventExtent(e.date.start, e.date.end);
    return extent.end > range.start && extent.start < range.end;
  }).map((e) => e.id));
}

/**
 * The relation records the graph draws on each date its slider stops at (open ends continued, as
 * the graph draws them), keyed by that date: the kit's alt text and downloads for a date take
 * these, so they never count a record the drawing does not show.
 */
export function relationIdsByDate(data: Pick<Data, 'events' | 'relations' | 'actors'>): Record<string, string[]> {
  const graph = graphDataOf(data.actors, data.relations, data.events);
  return Object.fromEntries(snapDates(graph).map((date) => [date, graphStateAt(date, graph).edges.flatMap((e) => e.relationIds)]));
}

/** The relation records the graph draws on `date` (snapped to its nearest stop, as the graph does). */
export function relationIdsDrawnAt(data: Pick<Data, 'events' | 'relations' | 'actors'>, date: string): Set<string> {
  const graph = graphDataOf(data.actors, data.relations, data.events);
  return new Set(graphStateAt(nearestSnapDate(date, snapDates(graph)), graph).edges.flatMap((e) => e.relationIds));
}

/** The events behind the timeline, one row each, in the page's language. */
export function timelineRows(data: Data, locale: Locale): KitData {
  const rows: KitRow[] = data.events.map((e) => ({
    id: e.id,
    title: e.title[locale],
    start: e.date.start,
    end: e.date.end,
    precision: e.date.precision,
    origin: e.origin,
    theme: e.theme,
    actors: e.actors.join(' '),
    place: e.place ?? null,
    claim_by: e.claim?.by ?? null,
    quote_de: e.quote ?? null,
    translation_en: e.translation ?? null,
    citation: e.citation?.url ?? e.citation?.publisher ?? null,
  }));
  return { columns: ['id', 'title', 'start', 'end', 'precision', 'origin', 'theme', 'actors', 'place', 'claim_by', 'quote_de', 'translation_en', 'citation'], rows };
}

/** The relation records behind the graph, one row each, titled "Armenia – Russia: traditional ally". */
export function relationRows(data: Data, locale: Locale): KitData {
  const name = new Map(data.actors.map((a) => [a.id, a.short[locale]]));
  const rows: KitRow[] = data.relations.map((r) => ({
    id: r.id,
    title: `${name.get(r.from) ?? r.from} ${r.directed ? '→' : '–'} ${name.get(r.to) ?? r.to}: ${r.label[locale]}`,
    from: r.from,
    to: r.to,
    kind: r.kind,
    tone: r.tone,
    start: r.date.start,
    end: r.date.end,
    precision: r.date.precision,
    origin: r.origin,
    claim_by: r.claim?.by ?? null,
    quote_de: r.quote ?? null,
    translation_en: r.translation ?? null,
    citation: r.citation?.url ?? r.citation?.publisher ?? null,
  }));
  return { columns: ['id', 'title', 'from', 'to', 'kind', 'tone', 'start', 'end', 'precision', 'origin', 'claim_by', 'quote_de', 'translation_en', 'citation'], rows };
}

/** The places and the located events behind the map, one row each. */
export function mapRows(data: Data, locale: Locale): KitData {
  const placeById = new Map(data.places.map((p) => [p.id, p]));
  const places: KitRow[] = data.places.map((p) => ({
    id: p.id,
    type: 'place',
    title: p.alternate && !p.names[locale].includes(p.alternate[locale]) ? `${p.names[locale]} / ${p.alternate[locale]}` : p.names[locale],
    lat: p.lat,
    lon: p.lon,
    country: p.country,
    start: null,
    end: null,
    origin: p.origin,
  }));
  const events: KitRow[] = data.events
    .filter((e) => e.place !== undefined && placeById.has(e.place))
    .map((e) => ({ id: e.id, type: 'event', title: e.title[locale], lat: placeById.get(e.place!)!.lat, lon: placeById.get(e.place!)!.lon, country: placeById.get(e.place!)!.country, start: e.date.start, end: e.date.end, origin: e.origin }));
  return { columns: ['id', 'type', 'title', 'lat', 'lon', 'country', 'start', 'end', 'origin'], rows: [...places, ...events] };
}
