/**
 * The timeline's marker paths, made once at build time from the visual encoding's symbols: the
 * events' marks and the smaller ones beside the lanes' names and in the actor filter.
 */
import { mainActorIds, shapeOfActor } from '../encoding/actors';
import { markerPath } from '../encoding/markers';
import { metrics } from './layout';
import type { TimelineMarkers } from './render-svg';

/** Every main actor's marker paths, at the sizes of the layout's `metrics`. */
export function timelineMarkers(): TimelineMarkers {
  const paths = (radius: number) => Object.fromEntries(mainActorIds.map((id) => [id, markerPath(shapeOfActor(id), radius)]));
  return { mark: paths(metrics.markRadius), key: paths(metrics.keyMarkRadius) };
}
