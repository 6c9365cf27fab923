/**
 * The shared view state of the timeline, the graph and the map, and its URL form. Parsing
 * never throws: each parameter comes back valid, invalid (with the reason) or missing, and
 * only valid values reach the state. Serialising writes only what differs from the defaults,
 * in a fixed order, so equal states give equal URLs.
 */

import { isCalendarDay } from '../format/dates';

/** Which stretch of time the timeline shows. */
export type TimeRange = 'article' | 'background';
/** How the timeline groups events into lanes. */
export type LaneMode = 'actor' | 'theme';
/** Which events to show by origin. */
export type OriginFilter = 'all' | 'article' | 'background';
/** The map's switchable layers. */
export const mapLayers = ['borders', 'karabakh', 'places', 'exodus', 'events', 'relations'] as const;
/** One of the map's switchable layers. */
export type MapLayer = (typeof mapLayers)[number];

/** Everything a link can carry. */
export interface ViewState {
  /** Selected event id. */
  event?: string;
  /** Date of the graph (ISO day). */
  date?: string;
  /** Focused actor id. */
  focus?: string;
  /** Selected place id (map). */
  place?: string;
  /** A highlighted pair of actors (graph), as `a--b` with the ids in alphabetical order. */
  pair?: string;
  /** The guided story's step, counted from 1 (story page). */
  step?: number;
  range: TimeRange;
  /** The stretch the timeline was zoomed or panned to, as its first and last day (ISO days); absent: the range as named. */
  span?: [string, string];
  lanes: LaneMode;
  origin: OriginFilter;
  /** Actors whose events are hidden; empty shows all. */
  hide: string[];
  /** Map layers that are on. */
  layers: MapLayer[];
  /** Map centre [lat, lon] and zoom, only where they differ from the default view. */
  center?: [number, number];
  zoom?: number;
}

/** The outcome of parsing one parameter. */
export type ParamResult<T> = { status: 'valid'; value: T } | { status: 'invalid'; raw: string; reason: string } | { status: 'missing' };

/** What the parser knows about valid values: the ids in the data, and the date bounds. */
export interface ViewStateContext {
  eventIds: ReadonlySet<string>;
  actorIds: ReadonlySet<string>;
  placeIds: ReadonlySet<string>;
  /** Earliest and latest allowed dates (ISO days). */
  dateBounds: readonly [string, string];
}

/** The default view: article range, lanes by actor, everything shown, every map layer on. */
export const defaultViewState: Readonly<ViewState> = Object.freeze({
  range: 'article',
  lanes: 'actor',
  origin: 'all',
  hide: [],
  layers: [...mapLayers],
});

const MAX_PARAM_LENGTH = 200;

const invalid = <T>(raw: string, reason: string): ParamResult<T> => ({ status: 'invalid', raw: raw.slice(0, MAX_PARAM_LENGTH), reason });
const valid = <T>(value: T): ParamResult<T> => ({ status: 'valid', value });

function oneOf<T extends string>(raw: string, allowed: readonly T[]): ParamResult<T> {
  return (allowed as readonly string[]).includes(raw) ? valid(raw as T) : invalid(raw, `expected one of ${allowed.join(', ')}`);
}

function knownId(raw: string, ids: ReadonlySet<string>, kind: string): ParamResult<string> {
  return ids.has(raw) ? valid(raw) : invalid(raw, `unknown ${kind}`);
}

function isoDay(raw: string, bounds: readonly [string, string]): ParamResult<string> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) return invalid(raw, 'expected YYYY-MM-DD');
  if (!isCalendarDay(raw)) return invalid(raw, 'no such date');
  if (raw < bounds[0] || raw > bounds[1]) return invalid(raw, `outside ${bounds[0]}–${bounds[1]}`);
  return valid(raw);
}

function idList<T extends string>(raw: string, allowed: ReadonlySet<string>, kind: string): ParamResult<T[]> {
  if (raw === '') return valid([]);
  const parts = raw.split(',');
  const unknown = parts.filter((p) => !allowed.has(p));
  if (unknown.length > 0) return invalid(raw, `unknown ${kind}`);
  return valid([...new Set(parts)].sort() as T[]);
}

function latLon(raw: string): ParamResult<[number, number]> {
  const m = /^(-?\d{1,2}(?:\.\d{1,6})?),(-?\d{1,3}(?:\.\d{1,6})?)$/.exec(raw);
  if (!m) return invalid(raw, 'expected lat,lon');
  const lat = Number(m[1]);
  const lon = Number(m[2]);
  if (lat < -90 || lat > 90 || lon < -180 || lon > 180) return invalid(raw, 'out of range');
  return valid<[number, number]>([lat, lon]);
}

/** A zoom level in quarter steps (the live map's snap), 2 to 12. */
function zoomLevel(raw: string): ParamResult<number> {
  if (!/^\d{1,2}(\.(25|5|75))?$/.test(raw)) return invalid(raw, 'expected a zoom level in quarter steps');
  const z = Number(raw);
  return z >= 2 && z <= 12 ? valid(z) : invalid(raw, 'zoom must be 2–12');
}

/** Two different known actors as `a--b`, in either order; written in alphabetical order. */
function actorPair(raw: string, ids: ReadonlySet<string>): ParamResult<string> {
  const parts = raw.split('--');
  if (parts.length !== 2 || parts[0] === parts[1]) return invalid(raw, 'expected two different actors as a--b');
  if (!parts.every((p) => ids.has(p))) return invalid(raw, 'unknown actor');
  return valid([...parts].sort().join('--'));
}

/** Two days within the bounds, the first before the second, as `start,end`. */
function daySpan(raw: string, bounds: readonly [string, string]): ParamResult<[string, string]> {
  const days = raw.split(',') as [string, string];
  return days.length === 2 && days[0] < days[1] && days.every((d) => isoDay(d, bounds).status === 'valid') ? valid(days) : invalid(raw, 'expected start,end');
}

/** A story step: a whole number from 1 to 99, without leading zeros. */
function stepNumber(raw: string): ParamResult<number> {
  return /^[1-9]\d?$/.test(raw) ? valid(Number(raw)) : invalid(raw, 'expected a step number from 1');
}

/** Per-parameter results, for reporting what was ignored. */
export type ParsedParams = { [K in keyof ViewState]-?: ParamResult<NonNullable<ViewState[K]>> };

/**
 * Parses a query string (or URLSearchParams) into a view state. Unknown parameters are ignored;
 * invalid ones fall back to the default and are reported in `params`.
 */
export function parseViewState(search: string | URLSearchParams, ctx: ViewStateContext): { state: ViewState; params: ParsedParams } {
  // The constructor takes any string (it never throws), so no input can stop the parse here.
  const query = typeof search === 'string' ? new URLSearchParams(search) : search;
  const get = <T>(key: string, parse: (raw: string) => ParamResult<T>): ParamResult<T> => {
    const raw = query.get(key);
    if (raw === null) return { status: 'missing' };
    if (raw.length > MAX_PARAM_LENGTH) return invalid(raw, 'too long');
    return parse(raw);
  };
  const params: ParsedParams = {
    event: get('event', (r) => knownId(r, ctx.eventIds, 'event')),
    date: get('date', (r) => isoDay(r, ctx.dateBounds)),
    focus: get('focus', (r) => knownId(r, ctx.actorIds, 'actor')),
    place: get('place', (r) => knownId(r, ctx.placeIds, 'place')),
    pair: get('pair', (r) => actorPair(r, ctx.actorIds)),
    step: get('step', stepNumber),
    range: get('range', (r) => oneOf<TimeRange>(r, ['article', 'background'])),
    span: get('span', (r) => daySpan(r, ctx.dateBounds)),
    lanes: get('lanes', (r) => oneOf<LaneMode>(r, ['actor', 'theme'])),
    origin: get('origin', (r) => oneOf<OriginFilter>(r, ['all', 'article', 'background'])),
    hide: get('hide', (r) => idList<string>(r, ctx.actorIds, 'actor')),
    layers: get('layers', (r) => idList<MapLayer>(r, new Set(mapLayers), 'layer')),
    center: get('center', latLon),
    zoom: get('zoom', zoomLevel),
  };
  const state: ViewState = { ...defaultViewState, hide: [], layers: [...mapLayers] };
  for (const key of Object.keys(params) as (keyof ParsedParams)[]) {
    const result = params[key];
    if (result.status !== 'valid') continue;
    // A list that holds the default's items is the default, in its order: the URL leaves it out.
    const fallback = defaultViewState[key];
    const value = Array.isArray(result.value) && Array.isArray(fallback) && sameList(result.value as string[], fallback as string[]) ? [...fallback] : result.value;
    (state as unknown as Record<string, unknown>)[key] = value;
  }
  return { state, params };
}

/** Every parameter of the view state, in the order URLs write them. */
export const viewStateKeys: readonly (keyof ViewState)[] = ['step', 'event', 'date', 'focus', 'place', 'pair', 'range', 'span', 'lanes', 'origin', 'hide', 'layers', 'center', 'zoom'];

function sameList(a: readonly string[], b: readonly string[]): boolean {
  // Ids hold no commas, so two lists are the same set when their sorted texts are equal.
  return String([...a].sort()) === String([...b].sort());
}

/** Writes the state as a query string ("?event=phone-call&range=background"), or "" for the default view. */
export function serializeViewState(state: ViewState): string {
  const out = new URLSearchParams();
  for (const key of viewStateKeys) {
    const value = state[key];
    if (value === undefined) continue;
    const fallback = defaultViewState[key];
    if (Array.isArray(value)) {
      if (Array.isArray(fallback) && sameList(value as string[], fallback as string[])) continue;
      out.set(key, key === 'center' ? (value as number[]).map((n) => n.toFixed(4).replace(/\.?0+$/, '')).join(',') : [...(value as string[])].sort().join(','));
    } else if (value !== fallback) {
      out.set(key, String(value));
    }
  }
  const text = out.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
