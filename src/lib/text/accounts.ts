import type { DataActor, DataEvent } from '../data/types';

/** One side's account of an event: the records it made, by the actor it speaks for. */
export interface Account {
  /** The state or group whose account this is ("azerbaijan"). */
  side: string;
  records: DataEvent[];
}

/**
 * The accounts of one event, side by side: the records that are part of it (`partOf`), grouped by
 * who made the claim (a person or office counts for the state it speaks for), in date order and
 * then data order. A record without a claim is no side's account and is left out. Empty when
 * fewer than two sides give an account, since then there is nothing to compare.
 */
export function accountsOf(eventId: string, events: readonly DataEvent[], actors: readonly DataActor[]): Account[] {
  const speaksFor = new Map(actors.map((a) => [a.id, a.speaksFor ?? a.id]));
  const bySide = new Map<string, DataEvent[]>();
  for (const e of events) {
    if (e.partOf !== eventId || !e.claim) continue;
    const side = speaksFor.get(e.claim.by) ?? e.claim.by;
    bySide.set(side, [...(bySide.get(side) ?? []), e]);
  }
  if (bySide.size < 2) return [];
  return [...bySide].map(([side, records]) => ({ side, records: [...records].sort((a, b) => a.date.start.localeCompare(b.date.start)) }));
}
