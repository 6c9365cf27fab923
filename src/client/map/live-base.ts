/**
 * The live map's base: its controls (zoom buttons in the page's language, attribution, scale, the
 * wheel that scrolls the page), the optional tile layer, the region's countries, the coarse world
 * outline (fetched only once the view leaves the regional geodata's box), and the layers of the
 * borders with the country names, the Karabakh outline and the exodus route with their labels.
 */
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import worldUrl from '../../generated/geo/world.topo.json?url';
import { fetchJsonWithRetry } from '../../lib/site/fetch-retry';
import { escapeMarkup } from '../../lib/text/escape';
import { labelHtml } from '../../lib/map/marker-markup';
import { gateWheel } from './wheel';
import { toLatLng, type LiveMapContext } from './live-context';
import { bindCard, named } from './live-markers';

const plain = { interactive: false } as const;

/**
 * Adds the controls, the countries of `region` and the base layers to the map. Returns
 * `ensureWorld`, which fetches and draws the world outline once the view reaches beyond the region
 * (or a tile failed), and calls `tell` when it cannot.
 */
export function addBase(ctx: LiveMapContext, region: Topology, tell: (key: 'worldFailed') => void): () => void {
  const { L, map, config, layers } = ctx;
  // The zoom buttons speak the page's language.
  L.control.zoom({ zoomInTitle: config.strings.zoomInTitle, zoomOutTitle: config.strings.zoomOutTitle }).addTo(map);
  // The wheel over the map scrolls the page unless the reader asks the map to zoom.
  ctx.cleanup.push(gateWheel(ctx.liveEl, config.strings.wheelHint));
  const attribution = L.control.attribution({ prefix: false }).addTo(map);
  attribution.addAttribution(escapeMarkup(config.strings.attribution));
  L.control.scale({ imperial: false, position: 'bottomleft', maxWidth: 80 }).addTo(map);

  // With a tile server, the map's own land lies in a pane below the tiles: it shows until a
  // tile has loaded over it and wherever a tile fails, and a failed tile lets the world outline load.
  let tilesFailed = false;
  const landPane = config.tiles ? 'land' : 'overlayPane';
  const regionBounds = region.bbox ? L.latLngBounds([region.bbox[1], region.bbox[0]], [region.bbox[3], region.bbox[2]]) : null;
  let worldRequested = false;
  const ensureWorld = () => {
    if (worldRequested || (config.tiles && !tilesFailed) || (regionBounds && regionBounds.contains(map.getBounds()))) return;
    worldRequested = true;
    void fetchJsonWithRetry<Topology>(worldUrl, (url) => fetch(url))
      .then((world) => {
        const land = feature(world, world.objects.land as GeometryCollection) as GeoJSON.FeatureCollection;
        L.geoJSON(land, { ...plain, pane: landPane, style: () => ({ className: 'map-land-world', stroke: false, fillOpacity: 1, fillRule: 'nonzero' }) }).addTo(map).bringToBack();
      })
      .catch((error: unknown) => {
        console.warn('map: the world outline could not be loaded', error);
        tell('worldFailed');
      });
  };
  if (config.tiles) {
    map.createPane('land').style.zIndex = '150';
    L.tileLayer(config.tiles.url, { maxZoom: 12 })
      .on('tileerror', () => {
        tilesFailed = true;
        ensureWorld();
      })
      .addTo(map);
    attribution.addAttribution(escapeMarkup(config.tiles.attribution));
    ctx.host.classList.add('has-tiles');
  }

  const countries = feature(region, region.objects.countries as GeometryCollection) as GeoJSON.FeatureCollection;
  const karabakh = feature(region, region.objects.karabakh as GeometryCollection) as GeoJSON.FeatureCollection;
  const borders = mesh(region, region.objects.countries as GeometryCollection, (a, b) => a !== b);
  L.geoJSON(countries, { ...plain, pane: landPane, style: (f) => ({ className: `map-country${f?.id === '051' || f?.id === '031' ? ' map-country--focus' : ''}`, stroke: false, fillOpacity: 1, fillRule: 'nonzero' }) }).addTo(map);

  L.geoJSON(borders, { ...plain, style: () => ({ className: 'map-border', fill: false }) }).addTo(layers.borders);
  for (const c of config.countryLabels) {
    L.marker(toLatLng(ctx, c.position), { ...plain, keyboard: false, icon: L.divIcon({ className: 'map-label map-country-label-live', html: escapeMarkup(c.name), iconSize: undefined }) }).addTo(layers.borders);
  }

  L.geoJSON(karabakh, { ...plain, style: () => ({ className: 'map-karabakh', fillRule: 'nonzero' }) }).addTo(layers.karabakh);
  const karabakhMarker = named(L.marker(toLatLng(ctx, config.karabakhLabelAt), { keyboard: true, autoPanOnFocus: false, icon: L.divIcon({ className: 'map-label map-karabakh-label-live', html: labelHtml(config.strings.karabakhName), iconSize: undefined }) }), config.strings.karabakhName, 'karabakh');
  bindCard(ctx, karabakhMarker, 'note', 'karabakh', null);
  karabakhMarker.addTo(layers.karabakh);

  L.polyline(config.route.map((p) => toLatLng(ctx, p)), { ...plain, className: 'map-route' }).addTo(layers.exodus);
  const exodusMarker = named(L.marker(toLatLng(ctx, config.exodusLabelAt), { keyboard: true, autoPanOnFocus: false, icon: L.divIcon({ className: 'map-label map-route-label-live', html: labelHtml(config.strings.exodusName), iconSize: undefined }) }), config.strings.exodusName, 'exodus-route');
  bindCard(ctx, exodusMarker, 'note', 'exodus-route', null);
  exodusMarker.addTo(layers.exodus);
  return ensureWorld;
}
