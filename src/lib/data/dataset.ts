import { z } from 'astro/zod';
import actorsJson from '../../generated/data/actors.json';
import eventsJson from '../../generated/data/events.json';
import manifestJson from '../../generated/data/manifest.json';
import placesJson from '../../generated/data/places.json';
import relationsJson from '../../generated/data/relations.json';
import storyJson from '../../generated/data/story.json';
import { dataActorSchema, dataEventSchema, dataPlaceSchema, dataRelationSchema, dataStorySchema, manifestSchema } from '../schema/generated';
import { checkGenerated } from './check-generated';
import type { DataActor, DataEvent, DataPlace, DataRelation, DataStory, Manifest } from './types';

const dir = 'src/generated/data';

/**
 * The dataset written by `npm run data`, checked against its schemas as it is loaded (a broken
 * file fails the build, naming the file and the reason). Import it in pages and components only.
 */
export const dataset: { actors: DataActor[]; events: DataEvent[]; relations: DataRelation[]; places: DataPlace[]; manifest: Manifest; story: DataStory } = {
  actors: checkGenerated(`${dir}/actors.json`, z.array(dataActorSchema), actorsJson),
  events: checkGenerated(`${dir}/events.json`, z.array(dataEventSchema), eventsJson),
  relations: checkGenerated(`${dir}/relations.json`, z.array(dataRelationSchema), relationsJson),
  places: checkGenerated(`${dir}/places.json`, z.array(dataPlaceSchema), placesJson),
  manifest: checkGenerated(`${dir}/manifest.json`, manifestSchema, manifestJson),
  story: checkGenerated(`${dir}/story.json`, dataStorySchema, storyJson),
};
