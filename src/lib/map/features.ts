/**
 * Turns the data into what the map draws: places with their names in the page's language, the
 * exodus route, event markers offset around their place, and the relation lines of the
 * zoomed-out view. Plain serialisable data; the static SVG and the Leaflet map both read it.
 */
import type { DataActor, DataEvent, DataPlace, DataRelation } from '../data/types';
import { formatNumber } from '../format/dates';
import type { Locale } from '../locale';
import { describeDate } from '../text/describe';
import type { Position } from './geometry';
import { relationDash } from '../encoding/strokes';
import { toneVariableOf } from '../encoding/tones';
import { capitalOfActor, relationArc } from './relations';

/** Which side of its marker a label sits on, and how far it is nudged, in pixels. */
export interface LabelPlacement {
  side: 'left' | 'right';
  dy: number;
  /** A minor label, which gives way first on the live map when labels would cover each other. */
  minor?: boolean;
}

/**
 * Label sides chosen by hand, so the names in the tight Karabakh–Syunik cluster do not cover
 * each other at the default zoom. Places not listed get their label on the right.
 */
export const labelPlacements: Readonly<Record<string, LabelPlacement>> = {
  'khankendi-stepanakert': { side: 'right', dy: -7 },
  'shusha-shushi': { side: 'right', dy: 8, minor: true },
  'lachin-berdzor': { side: 'left', dy: -8 },
  kornidzor: { side: 'right', dy: 9, minor: true },
  goris: { side: 'left', dy: 6, minor: true },
  nakhchivan: { side: 'right', dy: 0 },
  yerevan: { side: 'left', dy: 0 },
  baku: { side: 'left', dy: 0 },
  moscow: { side: 'right', dy: 0 },
  washington: { side: 'right', dy: 0 },
};

/** A point place as the map shows it. */
export interface MapPlace {
  id: string;
  /** [lon, lat]. */
  position: Position;
  /** The name in the page's language, with the other side's name where it differs. */
  label: string;
  /** The country the data puts it in (ISO numeric), and that country's name. */
  country: string;
  labelPlacement: LabelPlacement;
  /** Whether the place belongs to the zoomed-out view only (Washington, Moscow). */
  farAway: boolean;
}

/** The name shown for a place: its name, plus `alternate` unless the name already contains it. */
export function placeLabel(place: Pick<DataPlace, 'names' | 'alternate'>, locale: Locale): string {
  const name = place.names[locale];
  const other = place.alternate?.[locale];
  return other && !name.includes(other) ? `${name} / ${other}` : name;
}

/** The point places as map places, in the data's order; areas (Nagorno-Karabakh) are drawn as outlines instead. */
export function mapPlaces(places: readonly DataPlace[], locale: Locale, isInRegion: (p: Position) => boolean): MapPlace[] {
  return places
    .filter((p) => p.kind === 'point')
    .map((p) => ({
      id: p.id,
      position: [p.lon, p.lat] as Position,
      label: placeLabel(p, locale),
      country: p.country,
      labelPlacement: labelPlacements[p.id] ?? { side: 'right', dy: 0 },
      farAway: !isInRegion([p.lon, p.lat]),
    }));
}

/**
 * The exodus route's waypoints, by place id: from Khankendi/Stepanakert through the Lachin
 * corridor to Kornidzor, where the refugees were registered, then Goris and Yerevan. Not through
 * Lachin/Berdzor town: from 30 August 2022 the corridor's road bypassed it. The road's own
 * course is not in the data, so the line between the places is schematic.
 */
export const exodusWaypoints = ['khankendi-stepanakert', 'kornidzor', 'goris', 'yerevan'] as const;

/** The exodus route as [lon, lat] positions; fails the build if a waypoint is missing from the data. */
export function exodusRoute(places: readonly DataPlace[]): Position[] {
  return exodusWaypoints.map((id) => {
    const place = places.find((p) => p.id === id);
    if (!place) throw new Error(`exodus route: no place "${id}" in the data`);
    return [place.lon, place.lat] as Position;
  });
}

/** A figure of the exodus event, formatted, with who gives it. */
export interface ExodusFigure {
  id: string;
  /** "almost all of 120,000" */
  value: string;
  label: string;
  by: string;
  asOf?: string;
  fromArticle: boolean;
}

/** The exodus event's figures, formatted in the page's language, each with its source. */
export function exodusFigures(event: DataEvent | undefined, locale: Locale): ExodusFigure[] {
  return (event?.figures ?? []).map((f) => ({
    id: f.id,
    value: `${f.qualifier ? `${f.qualifier[locale]} ` : ''}${formatNumber(f.value, locale)}`,
    label: f.label[locale],
    by: f.by[locale],
    asOf: f.asOf,
    fromArticle: f.quote !== undefined,
  }));
}

/** An event marker: at its place, nudged in pixels so events at one place sit side by side. */
export interface MapEvent {
  id: string;
  place: string;
  /** [lon, lat] of the place. */
  position: Position;
  /** Pixel offset from the place. */
  offset: [number, number];
  /** The event's number in date order, shown in the marker and in the list. */
  number: number;
  title: string;
  date: string;
}

/** Where the row of event markers starts beside each place, in pixels. */
const eventRowOffsets: Readonly<Record<string, [number, number]>> = {
  'khankendi-stepanakert': [14, -24],
  'nagorno-karabakh': [14, -24],
  'lachin-berdzor': [-14, -26],
  // Shusha's and Kornidzor's rows were chosen against the labels and markers the opening view
  // shows at 320, 375, 640, 768 and 1280 px, and for a finger's 24 px from every place zoomed in
  // on the route (the map's browser tests): Shusha's goes north-west, clear of Khankendi's row and
  // the Lachin labels; Kornidzor's goes south-east, under its own label and clear of Nakhchivan's.
  'shusha-shushi': [-28, -40],
  kornidzor: [20, 46],
  yerevan: [-14, 24],
  baku: [-14, -24],
  washington: [0, 24],
};

/** How far apart the markers of one row are, in pixels: each keeps a 24 px target of its own. */
export const EVENT_MARKER_STEP = 24;

/**
 * The events that have a place, numbered in date order (ties by id). An area's events sit at its
 * label anchor; several events at one place (or at Khankendi and the Karabakh area, which share
 * a point) form a row, `EVENT_MARKER_STEP` px apart.
 */
export function mapEvents(events: readonly DataEvent[], places: readonly DataPlace[], locale: Locale): MapEvent[] {
  const located = events
    .filter((e) => e.place !== undefined && places.some((p) => p.id === e.place))
    .sort((a, b) => (a.date.start === b.date.start ? a.id.localeCompare(b.id) : a.date.start < b.date.start ? -1 : 1));
  const placeOf = (e: DataEvent) => places.find((p) => p.id === e.place)!;
  const keyOf = (p: DataPlace) => `${p.lon},${p.lat}`;
  const count = new Map<string, number>();
  for (const e of located) count.set(keyOf(placeOf(e)), (count.get(keyOf(placeOf(e))) ?? 0) + 1);
  const perPoint = new Map<string, number>();
  return located.map((e, i) => {
    const place = placeOf(e);
    const key = keyOf(place);
    const slot = perPoint.get(key) ?? 0;
    perPoint.set(key, slot + 1);
    const [x0, y] = eventRowOffsets[place.id] ?? [14, -20];
    // Rows that grow to the left start further left, so numbers still read left to right.
    const x = x0 < 0 ? x0 - ((count.get(key) ?? 1) - 1) * EVENT_MARKER_STEP : x0;
    const direction = 1;
    return {
      id: e.id,
      place: place.id,
      position: [place.lon, place.lat] as Position,
      offset: [x + direction * slot * EVENT_MARKER_STEP, y] as [number, number],
      number: i + 1,
      title: e.title[locale],
      date: describeDate(e.date, locale),
    };
  });
}

/** A relation line of the zoomed-out view. */
export interface MapRelation {
  id: string;
  kind: string;
  label: string;
  /** "United States – Azerbaijan" (→ for directed relations). */
  pair: string;
  toneVariable: string;
  dash: string;
  /** The date lies past the relation's last evidence: an open end, drawn on, paler. */
  beyondEvidence: boolean;
  line: Position[];
}

/** A relation between two of the four states over its whole interval, as the live map filters it by date. */
export interface MapRelationSpan extends Omit<MapRelation, 'line' | 'beyondEvidence'> {
  /** First and last day drawn (ISO, inclusive); for an open end, past its evidence. */
  start: string;
  end: string;
  /** The last day of evidence. */
  evidenceEnd: string;
  /** The actor the arc leaves from, and the two capitals [lon, lat]. */
  fromActor: string;
  from: Position;
  to: Position;
}

/** Every relation between two states that have a capital on the map, in the data's order. */
export function mapRelationSpans(relations: readonly DataRelation[], actors: readonly DataActor[], places: readonly DataPlace[], locale: Locale): MapRelationSpan[] {
  const position = (actorId: string): Position => {
    const place = places.find((p) => p.id === capitalOfActor[actorId]);
    if (!place) throw new Error(`relations: no capital for ${actorId}`);
    return [place.lon, place.lat];
  };
  const name = (id: string) => actors.find((a) => a.id === id)?.name[locale] ?? id;
  return relations.filter((r) => r.from in capitalOfActor && r.to in capitalOfActor).map((r) => ({
    id: r.id,
    kind: r.kind,
    label: r.label[locale],
    pair: `${name(r.from)} ${r.directed ? '→' : '–'} ${name(r.to)}`,
    toneVariable: toneVariableOf(r.tone),
    dash: relationDash[r.kind],
    start: r.date.start,
    end: r.drawnEnd,
    evidenceEnd: r.date.end,
    fromActor: r.from,
    from: position(r.from),
    to: position(r.to),
  }));
}

/** The spans that hold on `date` (ISO day, inclusive), as arcs between their capitals. */
export function mapRelationsAt(spans: readonly MapRelationSpan[], date: string): MapRelation[] {
  const fromCount = new Map<string, number>();
  // Relations that leave the same capital bend by different amounts, so they stay apart.
  const bendFor = (from: string): number => {
    const n = fromCount.get(from) ?? 0;
    fromCount.set(from, n + 1);
    return 0.12 + 0.1 * n;
  };
  return spans
    .filter((r) => r.start <= date && date <= r.end)
    .map(({ start: _start, end: _end, evidenceEnd, fromActor, from, to, ...rest }) => ({ ...rest, beyondEvidence: date > evidenceEnd, line: relationArc(from, to, bendFor(fromActor)) }));
}

/** The relations between the four states on `date`, as arcs between their capitals. */
export function mapRelations(relations: readonly DataRelation[], actors: readonly DataActor[], places: readonly DataPlace[], date: string, locale: Locale): MapRelation[] {
  return mapRelationsAt(mapRelationSpans(relations, actors, places, locale), date);
}
