/**
 * Everything the map view shows, computed once from the data and the geodata for one language
 * and date: the features both renderings share, the static map's layout, the text alternative,
 * and the small configuration the live map reads in the browser.
 */
import type { Topology } from 'topojson-specification';
import type { DataActor, DataEvent, DataPlace, DataRelation } from '../data/types';
import type { Locale } from '../locale';
import { polygonContains, type Position } from './geometry';
import { exodusFigures, exodusRoute, mapEvents, mapPlaces, mapRelationsAt, mapRelationSpans, type ExodusFigure, type MapEvent, type MapPlace, type MapRelation, type MapRelationSpan } from './features';
import { clearZoom, countryLabelAnchors, defaultBounds, regionBox, worldBounds } from './regions';
import { layoutStaticMap, type CountryLabel, type StaticMapLayout } from './static-map';

/** The records the map reads. */
export interface MapData {
  places: readonly DataPlace[];
  events: readonly DataEvent[];
  relations: readonly DataRelation[];
  actors: readonly DataActor[];
}

/** Where the Karabakh outline's label and the exodus route's label sit, [lon, lat]. */
export const karabakhLabelAt: Position = [47.35, 39.45];
/** The exodus route's label, on its leg near Yerevan, clear of the event markers at the region's zoom. */
export const exodusLabelAt: Position = [45.4, 40.1];

/** What the live map needs, serialised into the page. */
export interface MapClientConfig {
  places: MapPlace[];
  /** Event markers without their texts: the client reads those from the cards. */
  events: Omit<MapEvent, 'title' | 'date'>[];
  /** The event markers' names ("Event 1: title, date"), for a compact map, which has no event cards to read them from. */
  eventNames?: Record<string, string>;
  route: Position[];
  /** The points a narrow map (a phone) opens on, [lon, lat]: the exodus route and Baku, the capital the report is datelined from. */
  narrowFit: Position[];
  /** Every relation between the four states with its interval, so the live map can follow the view state's date. */
  relationSpans: MapRelationSpan[];
  /** The first day of each event (ISO), the date the views show when an event is selected without a date. */
  eventDates: Record<string, string>;
  /** The date the page shows the relations of (ISO day), when the view state names none. */
  date: string;
  countryLabels: CountryLabel[];
  karabakhLabelAt: Position;
  exodusLabelAt: Position;
  defaultBounds: typeof defaultBounds;
  /** The zoom the labels were placed for: below it, the default view is `narrowFit`. */
  clearZoom: number;
  /** An online tile layer, only when the deployer set one at build time. */
  tiles: { url: string; attribution: string } | null;
  /** Interface strings; `relationsOn` has a `{date}` slot. */
  strings: Record<'attribution' | 'karabakhName' | 'exodusName' | 'zoomOut' | 'zoomRegion' | 'event' | 'place' | 'relationsOn' | 'geodataFailed' | 'worldFailed' | 'closeCard' | 'zoomInTitle' | 'zoomOutTitle' | 'wheelHint' | 'clusterHeading', string>;
}

/** The map view's model. */
export interface MapModel {
  date: string;
  places: MapPlace[];
  events: MapEvent[];
  figures: ExodusFigure[];
  relations: MapRelation[];
  layout: StaticMapLayout;
  config: MapClientConfig;
  /** The publishers of the background the map draws (located events, their dates, notes and figures), sorted. */
  backgroundPublishers: string;
}

/** Options of `buildMapModel`. */
export interface MapModelOptions {
  locale: Locale;
  /** The date of the relations (ISO day): the view state's date, or the report's date. */
  date: string;
  /** Names of the countries that are not actors, by ISO numeric id. */
  countryNames: Readonly<Record<string, string>>;
  tiles?: { url: string; attribution: string } | null;
  strings: MapClientConfig['strings'];
  /** Width of the static map in pixels. */
  width?: number;
}

/** Country names by id: states that are actors take their name from the data. */
function countryName(id: string, actors: readonly DataActor[], others: Readonly<Record<string, string>>, locale: Locale): string {
  const actorId = ({ '051': 'armenia', '031': 'azerbaijan', '643': 'russia', '840': 'usa' } as Record<string, string>)[id];
  const actor = actors.find((a) => a.id === actorId);
  return actor ? actor.name[locale] : (others[id] ?? id);
}

/** Whether a [lon, lat] lies within the regional geodata's box. */
export function isInRegion([lon, lat]: Position): boolean {
  return lon >= regionBox[0] && lon <= regionBox[2] && lat >= regionBox[1] && lat <= regionBox[3];
}

/** Builds the map view's model for one language. */
export function buildMapModel(data: MapData, geo: { region: Topology; world: Topology }, options: MapModelOptions): MapModel {
  const { locale, date } = options;
  const places = mapPlaces(data.places, locale, isInRegion);
  const events = mapEvents(data.events, data.places, locale);
  const relationSpans = mapRelationSpans(data.relations, data.actors, data.places, locale);
  const relations = mapRelationsAt(relationSpans, date);
  const route = exodusRoute(data.places);
  const countryLabels: CountryLabel[] = Object.entries(countryLabelAnchors).map(([id, [lat, lon]]) => ({ id, name: countryName(id, data.actors, options.countryNames, locale), position: [lon, lat] }));
  const layout = layoutStaticMap({ region: geo.region, world: geo.world, places, events, route, relations, countryLabels, karabakhLabelAt, regionBounds: defaultBounds, worldBounds, width: options.width ?? 800 });
  return {
    date,
    places,
    events,
    figures: exodusFigures(data.events.find((e) => e.id === 'exodus'), locale),
    backgroundPublishers: [...new Set(data.events.filter((e) => e.place !== undefined).flatMap((e) => [e.citation, e.date.citation, ...(e.notes ?? []).map((n) => n.citation), ...(e.figures ?? []).map((f) => f.citation)]).flatMap((c) => (c ? [c.publisher] : [])))].sort().join(', '),
    relations,
    layout,
    config: {
      places,
      events: events.map(({ title: _title, date: _date, ...marker }) => marker),
      route,
      narrowFit: [...route, ...places.filter((p) => p.id === 'baku').map((p) => p.position)],
      relationSpans,
      eventDates: Object.fromEntries(data.events.map((e) => [e.id, e.date.start])),
      date,
      countryLabels,
      karabakhLabelAt,
      exodusLabelAt,
      defaultBounds,
      clearZoom,
      tiles: options.tiles ?? null,
      strings: options.strings,
    },
  };
}

/** Whether a [lon, lat] falls inside a country's polygon in a FeatureCollection, by id. */
export function countryAt(countries: GeoJSON.FeatureCollection, point: Position): string[] {
  return countries.features
    .filter((f) => (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') && polygonContains(f.geometry, point))
    .map((f) => String(f.id));
}
