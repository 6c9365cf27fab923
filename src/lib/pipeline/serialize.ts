import type { Dataset } from '../data/types';
import type { LocalizedText } from '../schema/common';
import { toCsv } from '../format/csv';

/** JSON with keys sorted at every level, two-space indents and a trailing newline: same data, same bytes. */
export function stableJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(Object.keys(v as object).sort().map((k) => [k, sort((v as Record<string, unknown>)[k])]));
    }
    return v;
  };
  return `${JSON.stringify(sort(value), null, 2)}\n`;
}

const en = (t: LocalizedText | undefined) => t?.en;
const de = (t: LocalizedText | undefined) => t?.de;

/**
 * Every output file of the pipeline, by file name, as text. The site reads the JSON; readers
 * download the JSON, GeoJSON and CSV from /data/.
 */
export function serializeDataset(dataset: Dataset): Record<string, string> {
  const { events, relations, actors, places, manifest } = dataset;
  const points = places.map((p) => ({
    type: 'Feature',
    id: p.id,
    geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    properties: { id: p.id, kind: p.kind, names: p.names, alternate: p.alternate ?? null, country: p.country, origin: p.origin },
  }));
  return {
    'actors.json': stableJson(actors),
    'events.json': stableJson(events),
    'relations.json': stableJson(relations),
    'places.json': stableJson(places),
    'places.geojson': stableJson({ type: 'FeatureCollection', features: points }),
    'manifest.json': stableJson(manifest),
    'story.json': stableJson(dataset.story),
    'events.csv': toCsv(
      ['id', 'origin', 'start', 'end', 'precision', 'title_en', 'title_de', 'theme', 'actors', 'source', 'target', 'cameo_root', 'quad_class', 'place', 'claim_by', 'quote_de', 'translation_en', 'citation_publisher', 'citation_url'],
      events.map((e) => [e.id, e.origin, e.date.start, e.date.end, e.date.precision, en(e.title), de(e.title), e.theme, e.actors.join(' '), e.source?.join(' '), e.target?.join(' '), e.cameo?.root, e.cameo?.quad, e.place, e.claim?.by, e.quote, e.translation, e.citation?.publisher ?? e.date.citation?.publisher, e.citation?.url ?? e.date.citation?.url]),
    ),
    'relations.csv': toCsv(
      ['id', 'origin', 'from', 'to', 'kind', 'tone', 'directed', 'start', 'end', 'drawn_end', 'open_end', 'precision', 'label_en', 'label_de', 'claim_by', 'quote_de', 'translation_en', 'citation_publisher', 'citation_url'],
      relations.map((r) => [r.id, r.origin, r.from, r.to, r.kind, r.tone, r.directed, r.date.start, r.date.end, r.drawnEnd, r.openEnd, r.date.precision, en(r.label), de(r.label), r.claim?.by, r.quote, r.translation, r.citation?.publisher, r.citation?.url]),
    ),
    'actors.csv': toCsv(
      ['id', 'kind', 'name_en', 'name_de', 'speaks_for', 'origin'],
      actors.map((a) => [a.id, a.kind, en(a.name), de(a.name), a.speaksFor, a.origin]),
    ),
    'places.csv': toCsv(
      ['id', 'kind', 'name_en', 'name_de', 'name_az', 'name_hy', 'lat', 'lon', 'country'],
      places.map((p) => [p.id, p.kind, p.names.en, p.names.de, p.names.az, p.names.hy, p.lat, p.lon, p.country]),
    ),
  };
}
