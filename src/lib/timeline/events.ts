import type { Locale } from '../locale';
import type { DataActor, DataEvent } from '../data/types';
import { mainActorIds } from '../encoding/actors';
import type { TimelineEvent } from './types';

/**
 * The main actor of an event: the actor whose act it is (`lead`, where the data names one), else
 * the first of its `source` actors if it is directed, else the first of its actors, with people
 * and offices replaced by the state they speak for. This actor gives the event its lane, colour
 * and shape, and the actor filter acts on it. Undefined when none of them has a lane; the
 * pipeline rejects such an event, so the site never meets one.
 */
export function mainActorOf(event: Pick<DataEvent, 'lead' | 'source' | 'actors'>, speaksFor: ReadonlyMap<string, string>): string | undefined {
  const candidates = [...(event.lead ? [event.lead] : []), ...(event.source ?? []), ...event.actors].map((id) => speaksFor.get(id) ?? id);
  return candidates.find((id) => mainActorIds.includes(id));
}

/** The main actor of an event the pipeline let through; an event without one is a broken dataset. */
function laneActorOf(event: DataEvent, speaksFor: ReadonlyMap<string, string>): string {
  const actor = mainActorOf(event, speaksFor);
  if (actor === undefined) throw new Error(`event "${event.id}" has no actor with a lane; the pipeline should have rejected it`);
  return actor;
}

/**
 * Every main actor an event names, in the palette's order: its actors, with people and offices
 * replaced by the state they speak for. A view that highlights an actor highlights all of these
 * events, not only those in the actor's own lane.
 */
export function namedActorsOf(event: Pick<DataEvent, 'actors'>, speaksFor: ReadonlyMap<string, string>): string[] {
  const named = new Set(event.actors.map((id) => speaksFor.get(id) ?? id));
  return mainActorIds.filter((id) => named.has(id));
}

/** The data's events as the timeline needs them, in the page's language. */
export function toTimelineEvents(events: readonly DataEvent[], actors: readonly DataActor[], locale: Locale): TimelineEvent[] {
  const speaksFor = new Map(actors.flatMap((a) => (a.speaksFor ? [[a.id, a.speaksFor] as [string, string]] : [])));
  return events.map((e) => ({
    id: e.id,
    title: e.title[locale],
    start: e.date.start,
    end: e.date.end,
    precision: e.date.precision,
    origin: e.origin,
    actor: laneActorOf(e, speaksFor),
    theme: e.theme,
  }));
}
