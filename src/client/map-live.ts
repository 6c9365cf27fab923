/**
 * The live map: turns the static map of a `<karabakh-map>` into a Leaflet map. The only module
 * that imports Leaflet (it touches `window` on import) and its styles (linked as it starts); `client/map.ts` imports it
 * only when the reader reaches for the map or the browser is idle, so Vite puts Leaflet in a chunk
 * of its own. It reads the features the server computed (`.map-config`), the geodata files the
 * build emitted, and the shared view state from the URL, and builds the map in stages
 * (`client/map/`): the base and its controls, the markers, the relations, decluttering and
 * clusters, the view and the address, the selection. It opens on the view the static map showed
 * (both follow Leaflet's `fitBounds`, see `lib/map/fit-view.ts`).
 */
// Leaflet's styles as a file of their own, linked only when the live map starts (`?url`: Astro
// would otherwise put a stylesheet that a script imports into the page itself).
import stylesUrl from './map-live.css?url';
import type { Topology } from 'topojson-specification';
// Leaflet's ES module build, imported by name, so that the bundle leaves out the parts of Leaflet
// the map never uses (with `scripts/leaflet-pure.mjs`).
import { control, divIcon, geoJSON, latLng, latLngBounds, layerGroup, map as leafletMap, marker, polyline, popup, tileLayer } from 'leaflet/dist/leaflet-src.esm.js';
import regionUrl from '../generated/geo/region.topo.json?url';
import type { MapClientConfig } from '../lib/map/model';
import { fetchJsonWithRetry } from '../lib/site/fetch-retry';
import { liveZoom } from '../lib/map/fit-view';
import { parseViewState } from '../lib/state/view-state';
import { readUrlContext } from './url-context';
import { loadStylesheet } from './map/stylesheet';
import type { LiveMapContext } from './map/live-context';
import { addBase } from './map/live-base';
import { addRecordMarkers } from './map/live-markers';
import { relationsDrawer } from './map/live-relations';
import { clusterEntries, declutterer, openClusterList } from './map/live-clusters';
import { layerView, openView } from './map/live-view';
import { followSelection } from './map/live-selection';

/** What the live map reports back to the element that started it. */
export interface LiveMapOptions {
  /** Shows one of the config's failure messages (the world outline did not load). */
  tell: (key: 'worldFailed') => void;
  /** How far (CSS px) the static map had moved from the opening view to show the card open on it, if one is. */
  shifted?: [number, number];
}

/** A mounted live map. */
export interface LiveMap {
  /** Removes the map and every listener it added. */
  remove(): void;
  /**
   * Opens the list of a cluster of markers (`place:<id>`, `event:<id>`) at `at` (CSS px from the
   * frame's top-left corner), with focus on the entry `focusId` (else the first): the list a
   * reader had open on the static map.
   */
  openList(keys: readonly string[], at: [number, number], focusId?: string): void;
}

/**
 * Replaces `host`'s static map with the live one once the regional geodata has loaded. Resolves
 * with the map, or with null when `host` has no config or left the page meanwhile; rejects when
 * the geodata cannot be loaded (the static map then stays).
 */
export async function mountLiveMap(host: HTMLElement, options: LiveMapOptions): Promise<LiveMap | null> {
  const configEl = host.querySelector('.map-config');
  const liveEl = host.querySelector<HTMLElement>('.map-live');
  if (!configEl?.textContent || !liveEl) return null;
  const config = JSON.parse(configEl.textContent) as MapClientConfig;
  const styles = loadStylesheet(stylesUrl);
  const region = await fetchJsonWithRetry<Topology>(regionUrl, (url) => fetch(url));
  await styles;
  if (!host.isConnected) return null;

  const urlContext = readUrlContext();
  liveEl.hidden = false;
  host.classList.add('is-live');
  const controls = host.querySelector<HTMLElement>('.map-live-controls');
  if (controls) controls.hidden = false;

  const map = leafletMap(liveEl, { attributionControl: false, zoomControl: false, ...liveZoom, zoomDelta: 1, maxBounds: [[-60, -200], [85, 200]] });
  const ctx: LiveMapContext = {
    L: { control, divIcon, geoJSON, latLng, latLngBounds, layerGroup, marker, polyline, popup, tileLayer },
    map,
    host,
    liveEl,
    config,
    state: parseViewState(location.search, urlContext).state,
    markers: new Map(),
    layers: { borders: layerGroup(), karabakh: layerGroup(), places: layerGroup(), exodus: layerGroup(), events: layerGroup(), relations: layerGroup() },
    // Replaced by the selection stage; a marker cannot be clicked before it is.
    select: () => undefined,
    cleanup: [],
    hasView: false,
    following: false,
    quietMove: false,
  };
  const ensureWorld = addBase(ctx, region, options.tell);
  addRecordMarkers(ctx);
  const drawRelations = relationsDrawer(ctx);
  drawRelations();

  // A map too narrow to show the region at the zoom its labels were placed for (a phone) opens
  // on the exodus route and Baku, and sets a contested place's two names on two lines.
  const isNarrow = () => map.getBoundsZoom(config.defaultBounds) < config.clearZoom;
  const declutter = declutterer(ctx, isNarrow);
  const { applyLayers } = layerView(ctx, declutter);
  applyLayers();
  const view = { applyLayers, ...openView(ctx, isNarrow, options.shifted) };
  applyLayers();
  map.on('zoomend', applyLayers);
  map.on('moveend resize', declutter);
  map.on('moveend', ensureWorld);
  ensureWorld();
  followSelection(ctx, urlContext, { view, drawRelations, declutter, tookOverCard: Boolean(options.shifted) });

  return {
    remove() {
      for (const undo of ctx.cleanup.splice(0)) undo();
      map.remove();
    },
    openList(keys, at, focusId) {
      openClusterList(ctx, map.containerPointToLatLng(at), clusterEntries(ctx, keys), focusId);
    },
  };
}
