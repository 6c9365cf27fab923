import type { DataActor, DataEvent } from '../data/types';

/** The article's own events in date order: the spine of the home page's story in brief. */
export function articleEvents(events: readonly DataEvent[]): DataEvent[] {
  return events.filter((e) => e.origin === 'article').sort((a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id));
}

/** The actors that are states, authorities or groups (not people), in data order. */
export function collectiveActors(actors: readonly DataActor[]): DataActor[] {
  return actors.filter((a) => a.kind === 'state' || a.kind === 'authority' || a.kind === 'group');
}

/** The people and offices who speak for `actorId`. */
export function voicesOf(actors: readonly DataActor[], actorId: string): DataActor[] {
  return actors.filter((a) => a.speaksFor === actorId);
}
