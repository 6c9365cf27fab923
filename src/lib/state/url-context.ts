/**
 * The one context every view parses its address with: which ids `?event=`, `?focus=`, `?hide=`,
 * `?pair=` and `?place=` may name and which days `?date=` may give. It is built once from the
 * dataset at build time and handed to every view's script as plain JSON, so a link that works in
 * one view works in all: a view that cannot show a value (the graph has no mark for an event of
 * 1994) keeps it in the address and falls back to its own default, instead of dropping it.
 */
import type { ViewStateContext } from './view-state';

/** The context as plain data (lists, not sets), for a view's JSON configuration. */
export interface UrlContext {
  /** Every event's id. */
  events: string[];
  /** The actors a view can focus, hide or pair: those with a node and a lane of their own. */
  actors: string[];
  /** Every place's id. */
  places: string[];
  /** The first and the last day the data covers (ISO days): the bounds of `?date=`. */
  dateBounds: [string, string];
}

/** What the context is made of: the dataset's records, and the actors with a lane. */
export interface UrlContextInput {
  events: readonly { id: string; date: { start: string; end: string } }[];
  relations: readonly { date: { start: string; end: string }; drawnEnd: string }[];
  actors: readonly { id: string }[];
  places: readonly { id: string }[];
  /** The ids of the actors with a node and a lane of their own, in their order. */
  mainActors: readonly string[];
}

/**
 * The address context of the dataset. Its date bounds run from the earliest start to the
 * latest day anything is drawn (an open relation's `drawnEnd` included).
 */
export function urlContextOf({ events, relations, actors, places, mainActors }: UrlContextInput): UrlContext {
  const days = [...events.flatMap((e) => [e.date.start, e.date.end]), ...relations.flatMap((r) => [r.date.start, r.date.end, r.drawnEnd])].sort();
  const known = new Set(actors.map((a) => a.id));
  return {
    events: events.map((e) => e.id),
    actors: mainActors.filter((id) => known.has(id)),
    places: places.map((p) => p.id),
    dateBounds: [days[0] ?? '1900-01-01', days[days.length - 1] ?? '2100-12-31'],
  };
}

/** The context as `parseViewState` takes it. */
export function viewStateContextOf(context: UrlContext): ViewStateContext {
  return { eventIds: new Set(context.events), actorIds: new Set(context.actors), placeIds: new Set(context.places), dateBounds: context.dateBounds };
}
