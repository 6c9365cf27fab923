/**
 * The live map's view as the address and the layers see it, in plain numbers: which layers a
 * zoom draws, what the address keeps of a centre and zoom, and the date the relations show.
 * The live map (`client/map/`) reads Leaflet's centre and zoom and hands them here.
 */
import { mapLayers, type MapLayer, type ViewState } from '../state/view-state';

/** The zoom at and below which the map shows its zoomed-out view: the relations and the far capitals (a phone of 320 px opens on the region at zoom 5). */
export const relationsZoom = 4;

/** The four capitals: their labels belong to the zoomed-out view and outrank the regional places. */
export const capitalIds: readonly string[] = ['washington', 'moscow', 'baku', 'yerevan'];

/** The layers drawn at `zoom`: those the reader has on, the relations only in the zoomed-out view. */
export function layersAtZoom(on: readonly MapLayer[], zoom: number): MapLayer[] {
  return mapLayers.filter((layer) => on.includes(layer) && (layer !== 'relations' || zoom <= relationsZoom));
}

/** Wraps a longitude into [-180, 180], keeping 180 itself (as Leaflet's `Util.wrapNum(lng, [-180, 180], true)`). */
export function wrapLongitude(lng: number): number {
  return lng === 180 ? lng : ((((lng + 180) % 360) + 360) % 360) - 180;
}

/** A centre as Leaflet gives it. */
export interface LatLng {
  lat: number;
  lng: number;
}

/**
 * What the address keeps of the view at `center` and `zoom`: nothing where it is the default view
 * (the same zoom, the centre within 1e-4° ≈ 11 m), else the centre rounded to 4 decimals, its
 * longitude wrapped into [-180, 180], and the zoom.
 */
export function addressOfView(center: LatLng, zoom: number, defaults: { center: LatLng; zoom: number }): Pick<ViewState, 'center' | 'zoom'> {
  const same = zoom === defaults.zoom && Math.abs(center.lat - defaults.center.lat) < 1e-4 && Math.abs(center.lng - defaults.center.lng) < 1e-4;
  if (same) return { center: undefined, zoom: undefined };
  return { center: [Number(center.lat.toFixed(4)), Number(wrapLongitude(center.lng).toFixed(4))], zoom };
}

/** The date whose relations the map shows: the state's date, else the selected event's first day, else the page's date. */
export function relationsDateOf(state: Pick<ViewState, 'date' | 'event'>, eventDates: Readonly<Record<string, string>>, pageDate: string): string {
  return state.date ?? (state.event ? eventDates[state.event] : undefined) ?? pageDate;
}

/** What the reader selected on the map: an event or a place, or nothing. */
export type MapSelection = { kind: 'event' | 'place'; id: string } | null;
