import actorsJson from '../../generated/data/actors.json';
import eventsJson from '../../generated/data/events.json';
import manifestJson from '../../generated/data/manifest.json';
import placesJson from '../../generated/data/places.json';
import relationsJson from '../../generated/data/relations.json';
import storyJson from '../../generated/data/story.json';
import type { DataActor, DataEvent, DataPlace, DataRelation, DataStory, Manifest } from './types';

/** The validated dataset written by `npm run data`, typed. Import it in pages and components only. */
export const dataset = {
  actors: actorsJson as unknown as DataActor[],
  events: eventsJson as unknown as DataEvent[],
  relations: relationsJson as unknown as DataRelation[],
  places: placesJson as unknown as DataPlace[],
  manifest: manifestJson as unknown as Manifest,
  story: storyJson as unknown as DataStory,
};
