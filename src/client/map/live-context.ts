/**
 * What the stages of the live map share (`client/map-live.ts` builds it once Leaflet is there):
 * the parts of Leaflet they use, handed in rather than imported, because only `map-live.ts` may
 * import Leaflet (it touches `window` on import); the map and its elements; the view state it
 * shows; its markers.
 */
import type * as Leaflet from 'leaflet';
import type { MapClientConfig } from '../../lib/map/model';
import type { MapSelection } from '../../lib/map/live-view';
import type { Position } from '../../lib/map/geometry';
import type { MapLayer, ViewState } from '../../lib/state/view-state';
import { updateSharedState } from '../shared-state';

/**
 * The factories of Leaflet the stages call. Named one by one, not the whole namespace: a namespace
 * object handed around would keep every part of Leaflet in the bundle.
 */
export type LeafletParts = Pick<typeof Leaflet, 'control' | 'divIcon' | 'geoJSON' | 'latLng' | 'latLngBounds' | 'layerGroup' | 'marker' | 'polyline' | 'popup' | 'tileLayer'>;

/** The live map's shared state and parts. */
export interface LiveMapContext {
  /** Leaflet's factories. */
  L: LeafletParts;
  map: Leaflet.Map;
  /** The `<karabakh-map>` element. */
  host: HTMLElement;
  /** Leaflet's container (`.map-live`). */
  liveEl: HTMLElement;
  config: MapClientConfig;
  /** The view state the map shows; a stage that changes it replaces it. */
  state: ViewState;
  /** The place and event markers, by `place:<id>` and `event:<id>`. */
  markers: Map<string, Leaflet.Marker>;
  /** The map's layer groups, one per layer of the legend. */
  layers: Record<MapLayer, Leaflet.LayerGroup>;
  /** Selects a record (null clears the selection) and tells the other views. */
  select(selection: MapSelection): void;
  /** Undo functions, run when the map is removed. */
  cleanup: (() => void)[];
  /** True once the map has its opening view: measuring labels before then means nothing. */
  hasView: boolean;
  /** True while the map closes a card because another view changed the selection. */
  following: boolean;
  /** True while the map moves itself (to follow a selection, to show a card or a focused marker): the move that ends then leaves the address as it was. */
  quietMove: boolean;
}

/** Leaflet's point for a [lon, lat] of the data. */
export const toLatLng = (ctx: Pick<LiveMapContext, 'L'>, [lon, lat]: Position): Leaflet.LatLng => ctx.L.latLng(lat, lon);

/** Listens to `type` on `target` until the map is removed. */
export function listenUntilRemoved<K extends keyof HTMLElementEventMap>(ctx: Pick<LiveMapContext, 'cleanup'>, target: HTMLElement | null | undefined, type: K, listener: (event: HTMLElementEventMap[K]) => void): void {
  if (!target) return;
  target.addEventListener(type, listener);
  ctx.cleanup.push(() => target.removeEventListener(type, listener));
}

/** Writes the map's own keys of `state` (event, place, layers, centre, zoom) to the URL and tells the other views on the page. */
export function writeMapState(state: ViewState): void {
  const { event, place, layers, center, zoom } = state;
  updateSharedState({ event, place, layers, center, zoom }, { source: 'map' });
}
