/**
 * The live map's view: the layers at its zoom and the legend that switches them, the opening view
 * (the one the static map showed in the same frame, `lib/map/fit-view.ts`), the region and world
 * buttons, moving to show a selection, a card or a focused marker, and the centre and zoom the
 * address keeps (only where they differ from the opening view).
 */
import type * as Leaflet from 'leaflet';
import { latLonOf, narrowPadding, openingView, shiftToShow } from '../../lib/map/fit-view';
import { addressOfView, capitalIds, layersAtZoom, relationsZoom } from '../../lib/map/live-view';
import { mapLayers, type MapLayer } from '../../lib/state/view-state';
import { listenUntilRemoved, toLatLng, writeMapState, type LiveMapContext } from './live-context';

/** What the other stages do with the view. */
export interface LiveView {
  /** Shows the layers the state has on at the current zoom, ticks the legend, and declutters. */
  applyLayers(): void;
  /** Brings the selection's marker into view with room above it for its card; `quiet` leaves the address as it is. */
  bringSelectionIntoView(animate: boolean, quiet?: boolean): void;
  /** Pans the map at once, leaving the address as it is, so that `box` lies inside it and below the zoom buttons. */
  keepInView(box: DOMRect): void;
  /** The marker of the selected event or place, when it is on the map. */
  selectedMarker(): Leaflet.Marker | undefined;
}

/** Sets up the layers and the legend, for a map that `declutter` lays out again. */
export function layerView(ctx: LiveMapContext, declutter: () => void): Pick<LiveView, 'applyLayers'> {
  const { map, liveEl, config, host } = ctx;
  const applyLayers = () => {
    const zoom = map.getZoom();
    liveEl.classList.toggle('world-view', zoom <= relationsZoom);
    const shown = layersAtZoom(ctx.state.layers, zoom);
    for (const layer of mapLayers) {
      const on = shown.includes(layer);
      if (on && !map.hasLayer(ctx.layers[layer])) ctx.layers[layer].addTo(map);
      if (!on && map.hasLayer(ctx.layers[layer])) map.removeLayer(ctx.layers[layer]);
      const box = host.querySelector<HTMLInputElement>(`.map-legend input[value="${layer}"]`);
      if (box) box.checked = ctx.state.layers.includes(layer);
    }
    // Washington and Moscow belong to the zoomed-out view: elsewhere Tab passes them by.
    for (const p of config.places) if (p.farAway) ctx.markers.get(`place:${p.id}`)?.getElement()?.setAttribute('tabindex', zoom <= relationsZoom ? '0' : '-1');
    declutter();
  };
  listenUntilRemoved(ctx, host.querySelector<HTMLElement>('.map-legend'), 'change', () => {
    const checked = [...host.querySelectorAll<HTMLInputElement>('.map-legend input[name="layers"]:checked')].map((i) => i.value as MapLayer);
    ctx.state = { ...ctx.state, layers: mapLayers.filter((l) => checked.includes(l)) };
    applyLayers();
    writeMapState(ctx.state);
  });
  return { applyLayers };
}

/**
 * Opens the map on the static map's view (moved by `shifted` where the static map had moved to
 * show its open card, or on the address's centre and zoom), and keeps the address in step with
 * every move the reader makes. `isNarrow` says whether the map is too narrow for the region.
 */
export function openView(ctx: LiveMapContext, isNarrow: () => boolean, shifted?: [number, number]): Omit<LiveView, 'applyLayers'> {
  const { L, map, config } = ctx;
  const selectedMarker = () => {
    const { event, place } = ctx.state;
    const marker = event ? ctx.markers.get(`event:${event}`) : place ? ctx.markers.get(`place:${place}`) : undefined;
    return marker && map.hasLayer(marker) ? marker : undefined;
  };
  // The marker to bring into view: the selection's, or, for an event without a marker of its own (the call), the selected place's.
  const markerToShow = () => {
    const place = ctx.state.place ? ctx.markers.get(`place:${ctx.state.place}`) : undefined;
    return selectedMarker() ?? (place && map.hasLayer(place) ? place : undefined);
  };
  const bringSelectionIntoView = (animate: boolean, quiet = animate) => {
    const marker = markerToShow();
    if (!marker || map.getBounds().contains(marker.getLatLng())) return;
    ctx.quietMove = quiet;
    const size = map.getSize();
    map.panInside(marker.getLatLng(), { paddingTopLeft: [48, Math.min(240, size.y / 2)], paddingBottomRight: [48, 32], animate });
  };
  const keepInView = (box: DOMRect) => {
    const zoomButtons = map.getContainer().querySelector('.leaflet-control-zoom')?.getBoundingClientRect() ?? null;
    const [dx, dy] = shiftToShow(box, map.getContainer().getBoundingClientRect(), zoomButtons);
    if (!dx && !dy) return;
    ctx.quietMove = true;
    map.panBy([dx, dy], { animate: false });
  };

  // The opening view is the one the static map showed in the same frame.
  const size = map.getSize();
  const opening = openingView({ defaultBounds: config.defaultBounds, narrowFit: config.narrowFit, clearZoom: config.clearZoom }, [size.x, size.y]);
  map.setView(latLonOf(opening.centre), opening.zoom, { animate: false });
  ctx.hasView = true;
  // A selected marker outside the default view (Baku's, on a phone) is brought into it.
  if (!ctx.state.center) bringSelectionIntoView(false);
  const defaults = { center: map.getCenter(), zoom: map.getZoom() };
  if (ctx.state.center || ctx.state.zoom !== undefined) map.setView(ctx.state.center ?? defaults.center, ctx.state.zoom ?? defaults.zoom, { animate: false });
  // Where the static map had moved to show its open card, the live map starts moved as far.
  else if (shifted && (shifted[0] || shifted[1])) map.panBy(shifted, { animate: false });

  // Tells tests that the map is moving (a pan, a zoom, the pan that shows a card) until it settles.
  map.on('movestart', () => (ctx.host.dataset.moving = ''));
  map.on('moveend', () => delete ctx.host.dataset.moving);
  map.on('moveend', () => {
    if (ctx.quietMove) {
      ctx.quietMove = false;
      return;
    }
    ctx.state = { ...ctx.state, ...addressOfView(map.getCenter(), map.getZoom(), defaults) };
    writeMapState(ctx.state);
  });

  // Tab onto a marker or label outside the view pans the map to show it whole, label included
  // (Leaflet's own pan on focus is off for every marker: it shows the point, not the label).
  // The browser's own scrolling of the map's box to the focused marker, which Leaflet would not
  // follow, is undone first.
  listenUntilRemoved(ctx, ctx.liveEl, 'focusin', (ev) => {
    const { liveEl } = ctx;
    if (liveEl.scrollLeft || liveEl.scrollTop) liveEl.scrollTo(0, 0);
    const el = ev.target as HTMLElement;
    if (!el.classList.contains('leaflet-marker-icon')) return;
    const boxes = [el, ...el.querySelectorAll(':scope > span')].map((part) => part.getBoundingClientRect());
    const left = Math.min(...boxes.map((b) => b.left));
    const top = Math.min(...boxes.map((b) => b.top));
    keepInView(new DOMRect(left, top, Math.max(...boxes.map((b) => b.right)) - left, Math.max(...boxes.map((b) => b.bottom)) - top));
  });

  // The region button: the region fitted to the map, or on a narrow map the exodus route and Baku
  // with room for their labels. The world button: the four capitals, with room for their labels
  // (on the right) and for Washington's events below it, clear of the zoom buttons, the scale and
  // the attribution.
  const narrowBounds = L.latLngBounds(config.narrowFit.map((p) => toLatLng(ctx, p)));
  const capitalBounds = L.latLngBounds(config.places.filter((p) => capitalIds.includes(p.id)).map((p) => toLatLng(ctx, p.position)));
  listenUntilRemoved(ctx, ctx.host.querySelector<HTMLElement>('.map-live-controls'), 'click', (ev) => {
    const action = (ev.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
    if (action === 'world') map.fitBounds(capitalBounds, { paddingTopLeft: [24, 24], paddingBottomRight: [96, 64] });
    if (action === 'region') {
      if (isNarrow()) map.fitBounds(narrowBounds, { ...narrowPadding, animate: true });
      else map.fitBounds(config.defaultBounds, { animate: true });
    }
  });
  return { bringSelectionIntoView, keepInView, selectedMarker };
}
