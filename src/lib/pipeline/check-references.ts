/**
 * The pipeline's second stage: ids unique per kind of record, every reference to an actor, a
 * place or an event pointing at one that exists, and every event given a lane on the timeline.
 */
import type { z } from 'astro/zod';
import type { actorSchema } from '../schema/actor';
import type { eventSchema } from '../schema/event';
import type { placeSchema } from '../schema/place';
import type { relationSchema } from '../schema/relation';
import { mainActorIds } from '../encoding/actors';
import { mainActorOf } from '../timeline/events';
import type { DataError } from './errors';
import { pushIssue, type Located } from './validate-records';
import type { YamlFile } from './yaml-file';

/** A kind of record's file (undefined when it could not be read) and its valid records. */
export interface RecordsOf<T> {
  yaml: YamlFile | undefined;
  list: Located<T>[];
}

/** The records whose references are checked, by kind. */
export interface RecordSets {
  actors: RecordsOf<z.output<typeof actorSchema>>;
  places: RecordsOf<z.output<typeof placeSchema>>;
  events: RecordsOf<z.output<typeof eventSchema>>;
  relations: RecordsOf<z.output<typeof relationSchema>>;
}

/** The ids of each kind of record that later stages refer to. */
export interface RecordIds {
  actorIds: Set<string>;
  placeIds: Set<string>;
  eventIds: Set<string>;
}

/** Every id in the list, with each repeated one reported. */
function uniqueIds({ yaml, list }: RecordsOf<{ id: string }>, errors: DataError[]): Set<string> {
  const seen = new Set<string>();
  for (const { value, index } of list) {
    if (seen.has(value.id)) pushIssue(yaml!, [index, 'id'], `duplicate id "${value.id}"`, errors);
    seen.add(value.id);
  }
  return seen;
}

/**
 * Checks ids and references across the records and reports every problem where it is written;
 * returns the ids of actors, places and events.
 */
export function checkReferences(records: RecordSets, errors: DataError[]): RecordIds {
  const actorIds = uniqueIds(records.actors, errors);
  const placeIds = uniqueIds(records.places, errors);
  const eventIds = uniqueIds(records.events, errors);
  uniqueIds(records.relations, errors);

  const refTo = (yaml: YamlFile, set: Set<string>, kind: string, id: string | undefined, path: (string | number)[]) => {
    if (id !== undefined && !set.has(id)) pushIssue(yaml, path, `unknown ${kind} "${id}"`, errors);
  };
  const actorsFile = records.actors.yaml!;
  for (const { value: a, index } of records.actors.list) {
    refTo(actorsFile, actorIds, 'actor', a.speaksFor, [index, 'speaksFor']);
    refTo(actorsFile, actorIds, 'actor', a.claim?.by, [index, 'claim', 'by']);
  }
  const eventsFile = records.events.yaml!;
  for (const { value: e, index } of records.events.list) {
    e.actors.forEach((id, i) => refTo(eventsFile, actorIds, 'actor', id, [index, 'actors', i]));
    refTo(eventsFile, placeIds, 'place', e.place, [index, 'place']);
    refTo(eventsFile, actorIds, 'actor', e.claim?.by, [index, 'claim', 'by']);
    refTo(eventsFile, eventIds, 'event', e.partOf, [index, 'partOf']);
    if (e.partOf === e.id) pushIssue(eventsFile, [index, 'partOf'], 'an event cannot be part of itself', errors);
    const figureIds = new Set<string>();
    e.figures?.forEach((f, i) => {
      if (figureIds.has(f.id)) pushIssue(eventsFile, [index, 'figures', i, 'id'], `duplicate figure id "${f.id}"`, errors);
      figureIds.add(f.id);
    });
  }
  // Every event needs a lane: an actor with its own accent among its actors or their principals.
  const speaksFor = new Map(records.actors.list.flatMap(({ value: a }) => (a.speaksFor ? [[a.id, a.speaksFor] as [string, string]] : [])));
  for (const { value: e, index } of records.events.list) {
    if (e.actors.some((id) => !actorIds.has(id))) continue;
    if (mainActorOf(e, speaksFor) === undefined) pushIssue(eventsFile, [index, 'actors'], `no actor with a lane of its own (${mainActorIds.join(', ')}), directly or through speaksFor: the event has no place on the timeline`, errors);
  }
  const relationsFile = records.relations.yaml!;
  for (const { value: r, index } of records.relations.list) {
    refTo(relationsFile, actorIds, 'actor', r.from, [index, 'from']);
    refTo(relationsFile, actorIds, 'actor', r.to, [index, 'to']);
    refTo(relationsFile, actorIds, 'actor', r.claim?.by, [index, 'claim', 'by']);
  }
  return { actorIds, placeIds, eventIds };
}
