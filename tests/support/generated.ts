/** The generated data and geodata as the site loads them, for unit tests of the views' drawing. */
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import type { DataActor, DataEvent, DataPlace, DataRelation } from '../../src/lib/data/types';

const read = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

/** The records `npm run data` wrote. */
export const generatedData = {
  places: read<DataPlace[]>('src/generated/data/places.json'),
  events: read<DataEvent[]>('src/generated/data/events.json'),
  relations: read<DataRelation[]>('src/generated/data/relations.json'),
  actors: read<DataActor[]>('src/generated/data/actors.json'),
};

/** The map's two TopoJSON files. */
export const generatedGeo = { region: read<Topology>('src/generated/geo/region.topo.json'), world: read<Topology>('src/generated/geo/world.topo.json') };

/** Placeholder interface strings for the map model, short so snapshots stay readable. */
export const mapTestStrings = { attribution: 'a', karabakhName: 'k', exodusName: 'e', zoomOut: 'z', zoomRegion: 'r', event: 'Event', place: 'Place', relationsOn: 'Relations on {date}', geodataFailed: 'g', worldFailed: 'w', closeCard: 'c', zoomInTitle: 'i', zoomOutTitle: 'o', wheelHint: 'h', clusterHeading: 'l' };
