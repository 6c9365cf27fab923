/**
 * The live map's markers: the places and events as keyboard-reachable `divIcon`s named for
 * assistive technology, each opening its server-rendered card (`.map-cards [data-card][data-id]`)
 * in a popup; where the page has no card for a marker (a compact map), Enter and a click select
 * its record instead, and the page shows the selection.
 */
import type * as Leaflet from 'leaflet';
import type { MapSelection } from '../../lib/map/live-view';
import { eventMarkerHtml, placeMarkerHtml } from '../../lib/map/marker-markup';
import { toLatLng, type LiveMapContext } from './live-context';

/** Gives `marker`'s element its accessible name and its record's id once it is on the map. */
export function named(marker: Leaflet.Marker, name: string, id?: string): Leaflet.Marker {
  marker.on('add', () => {
    marker.getElement()?.setAttribute('aria-label', name);
    if (id) marker.getElement()?.setAttribute('data-id', id);
  });
  return marker;
}

/** A copy of the page's server-rendered card of a record, or null where the page has none. */
function cardOf(host: HTMLElement, kind: string, id: string): HTMLElement | null {
  const source = host.querySelector<HTMLElement>(`.map-cards [data-card="${kind}"][data-id="${CSS.escape(id)}"]`);
  return source ? (source.cloneNode(true) as HTMLElement) : null;
}

/**
 * Binds the card of the record `kind`/`id` to `marker`: opening it selects `select` (when given),
 * closing it clears that selection unless another view changed it. Without a card, the marker
 * selects `select` on a click and on Enter or Space.
 */
export function bindCard(ctx: LiveMapContext, marker: Leaflet.Marker, kind: string, id: string, select: MapSelection): void {
  const content = cardOf(ctx.host, kind, id);
  if (!content) {
    if (!select) return;
    marker.on('click', () => ctx.select(select));
    marker.on('keypress', (ev: Leaflet.LeafletKeyboardEvent) => {
      if (ev.originalEvent.key !== 'Enter' && ev.originalEvent.key !== ' ') return;
      ev.originalEvent.preventDefault();
      ctx.select(select);
    });
    return;
  }
  const size = ctx.map.getSize();
  // The card opens clear of the zoom buttons in the top-left corner (they end 74 px down).
  marker.bindPopup(content, { maxWidth: Math.min(320, size.x - 70), minWidth: Math.min(220, size.x - 70), maxHeight: Math.max(200, size.y - 130), autoPanPaddingTopLeft: [16, 86], autoPanPaddingBottomRight: [16, 16] });
  marker.on('popupopen', () => {
    content.focus({ preventScroll: true });
    if (select) ctx.select(select);
  });
  marker.on('popupclose', () => {
    const { state } = ctx;
    if (!ctx.following && select && ((select.kind === 'event' && state.event === select.id) || (select.kind === 'place' && state.place === select.id))) ctx.select(null);
  });
}

/** An event marker's name: its number, title and date, from the config (a compact map) or read from its server-rendered card. */
function eventName(ctx: LiveMapContext, id: string, n: number): string {
  const given = ctx.config.eventNames?.[id];
  if (given) return given;
  const source = ctx.host.querySelector(`.map-cards [data-card="event"][data-id="${CSS.escape(id)}"]`);
  return `${ctx.config.strings.event} ${n}: ${source?.querySelector('h3')?.textContent ?? id}, ${source?.querySelector('time')?.textContent ?? ''}`;
}

/** Adds the place and event markers to their layers and to `ctx.markers`. */
export function addRecordMarkers(ctx: LiveMapContext): void {
  const { L, config } = ctx;
  for (const p of config.places) {
    const icon = L.divIcon({ className: 'map-marker map-marker--place', html: placeMarkerHtml(p), iconSize: [24, 24], iconAnchor: [12, 12], popupAnchor: [0, -6] });
    const marker = named(L.marker(toLatLng(ctx, p.position), { keyboard: true, autoPanOnFocus: false, riseOnHover: true, icon }), `${config.strings.place}: ${p.label}`, p.id);
    bindCard(ctx, marker, 'place', p.id, { kind: 'place', id: p.id });
    marker.addTo(ctx.layers.places);
    ctx.markers.set(`place:${p.id}`, marker);
  }
  for (const e of config.events) {
    const far = config.places.find((p) => p.id === e.place)?.farAway;
    const icon = L.divIcon({ className: `map-marker map-marker--event${far ? ' map-marker--far' : ''}`, html: eventMarkerHtml(e.number), iconSize: [24, 24], iconAnchor: [12 - e.offset[0], 12 - e.offset[1]], popupAnchor: [e.offset[0], e.offset[1] - 10] });
    const marker = named(L.marker(toLatLng(ctx, e.position), { keyboard: true, autoPanOnFocus: false, riseOnHover: true, zIndexOffset: 500, icon }), eventName(ctx, e.id, e.number), e.id);
    bindCard(ctx, marker, 'event', e.id, { kind: 'event', id: e.id });
    marker.addTo(ctx.layers.events);
    ctx.markers.set(`event:${e.id}`, marker);
  }
}
