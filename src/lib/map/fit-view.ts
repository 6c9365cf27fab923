/**
 * The live map's opening view, computed without Leaflet: the same Web Mercator world pixels
 * (256 px at zoom 0) and the same rules as Leaflet 1.9's `getBoundsZoom` and `fitBounds`, so the
 * static map can be drawn in the frame exactly where the live map will draw it, and the live map
 * opens on the view the static one showed. Also where the static region panel (an SVG fitted to
 * the default bounds at its own width) lies in that frame.
 */
import type { LatLonBounds } from './static-map';

/** A point in world pixels at zoom 0: x east from the antimeridian, y south from the top, 0–256. */
export type WorldPoint = [x: number, y: number];

/** A view of the live map: the world point at the frame's centre and the zoom. */
export interface MapView {
  centre: WorldPoint;
  zoom: number;
}

/** Leaflet's spherical Mercator stops at this latitude. */
const maxLatitude = 85.0511287798;

/** A [lat, lon] in world pixels at zoom 0 (Leaflet's EPSG:3857). */
export function worldPoint(lat: number, lon: number): WorldPoint {
  const clamped = Math.max(-maxLatitude, Math.min(maxLatitude, lat));
  const y = Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360));
  return [256 * (lon / 360 + 0.5), 256 * (0.5 - y / (2 * Math.PI))];
}

/** The [lat, lon] of a world point at zoom 0: the inverse of `worldPoint`. */
export function latLonOf([x, y]: WorldPoint): [number, number] {
  const lon = (x / 256 - 0.5) * 360;
  const lat = (2 * Math.atan(Math.exp((0.5 - y / 256) * 2 * Math.PI)) - Math.PI / 2) * (180 / Math.PI);
  return [lat, lon];
}

/** How `fitView` fits: Leaflet's padding, zoom snapping and zoom limits. */
export interface FitOptions {
  paddingTopLeft?: [number, number];
  paddingBottomRight?: [number, number];
  zoomSnap: number;
  minZoom: number;
  maxZoom: number;
}

/** The zoom at which `bounds` fit inside `size` less `padding`, snapped down as Leaflet's `getBoundsZoom` does. */
export function boundsZoom(bounds: LatLonBounds, size: [number, number], options: FitOptions, padding: [number, number] = [0, 0]): number {
  const [[south, west], [north, east]] = bounds;
  const [x0, y0] = worldPoint(north, west);
  const [x1, y1] = worldPoint(south, east);
  const scale = Math.min((size[0] - padding[0]) / Math.abs(x1 - x0), (size[1] - padding[1]) / Math.abs(y1 - y0));
  let zoom = Math.log2(scale);
  const snap = options.zoomSnap;
  if (snap) {
    // Within 1 % of a snap level counts as on it (Leaflet's own rule).
    zoom = Math.round(zoom / (snap / 100)) * (snap / 100);
    zoom = Math.floor(zoom / snap) * snap;
  }
  return Math.max(options.minZoom, Math.min(options.maxZoom, zoom));
}

/** The view `map.fitBounds(bounds, options)` would give a map of `size` CSS px. */
export function fitView(bounds: LatLonBounds, size: [number, number], options: FitOptions): MapView {
  const tl = options.paddingTopLeft ?? [0, 0];
  const br = options.paddingBottomRight ?? [0, 0];
  const zoom = boundsZoom(bounds, size, options, [tl[0] + br[0], tl[1] + br[1]]);
  const [[south, west], [north, east]] = bounds;
  const sw = worldPoint(south, west);
  const ne = worldPoint(north, east);
  // The padding's offset, converted from pixels at this zoom to world pixels at zoom 0.
  const k = 2 ** zoom;
  return { zoom, centre: [(sw[0] + ne[0]) / 2 + (br[0] - tl[0]) / 2 / k, (sw[1] + ne[1]) / 2 + (br[1] - tl[1]) / 2 / k] };
}

/** Where a panel lies in the frame: its top-left corner (CSS px from the frame's top-left) and its width. */
export interface PanelPlacement {
  x: number;
  y: number;
  width: number;
}

/**
 * Where the static region panel (fitted to `panelBounds` across its width, as `layoutStaticMap`
 * lays it out) lies in a frame of `size` showing `view`: its top-left corner and its width on
 * screen, in CSS px, so that every point of it falls where the live map draws it.
 */
export function placePanel(panelBounds: LatLonBounds, view: MapView, size: [number, number]): PanelPlacement {
  const [[south, west], [north, east]] = panelBounds;
  const [left, top] = worldPoint(north, west);
  const right = worldPoint(south, east)[0];
  const k = 2 ** view.zoom;
  const width = (right - left) * k;
  const x = (left - view.centre[0]) * k + size[0] / 2;
  const y = (top - view.centre[1]) * k + size[1] / 2;
  return { x, y, width };
}

/** The live map's zoom limits and snapping (`L.map(…, { minZoom, maxZoom, zoomSnap })`). */
export const liveZoom: FitOptions = { zoomSnap: 0.25, minZoom: 1, maxZoom: 12 };

/**
 * The room (CSS px) the narrow opening view leaves around the exodus route and Baku: Yerevan's
 * label on the left and Baku's on the right (on the left it would meet Khankendi's row of event
 * markers), the rows of event markers above Baku and Khankendi, Kornidzor's below.
 */
export const narrowPadding: Pick<FitOptions, 'paddingTopLeft' | 'paddingBottomRight'> = { paddingTopLeft: [84, 44], paddingBottomRight: [60, 64] };

/** What the opening view depends on. */
export interface OpeningInput {
  /** The region's bounds, fitted when the frame is wide enough. */
  defaultBounds: LatLonBounds;
  /** The points fitted in a narrow frame, [lon, lat]: the exodus route and Baku. */
  narrowFit: [number, number][];
  /** Below this zoom for the region's bounds the frame counts as narrow. */
  clearZoom: number;
  /** The address's centre [lat, lon] and zoom, when it names them. */
  center?: [number, number];
  zoom?: number;
}

/**
 * The view the map opens on in a frame of `size`: the region's bounds fitted, or, in a frame too
 * narrow to show them at `clearZoom` (a phone), the exodus route and Baku with room for their labels; then
 * the address's centre and zoom where it names them (the zoom snapped and limited as Leaflet's
 * `setView` does). `narrow` says which default applied.
 */
export function openingView(input: OpeningInput, size: [number, number]): MapView & { narrow: boolean } {
  const narrow = boundsZoom(input.defaultBounds, size, liveZoom) < input.clearZoom;
  const lats = input.narrowFit.map((p) => p[1]);
  const lons = input.narrowFit.map((p) => p[0]);
  const narrowBounds: LatLonBounds = [[Math.min(...lats), Math.min(...lons)], [Math.max(...lats), Math.max(...lons)]];
  const fitted = narrow ? fitView(narrowBounds, size, { ...liveZoom, ...narrowPadding }) : fitView(input.defaultBounds, size, liveZoom);
  const snap = liveZoom.zoomSnap;
  const zoom = input.zoom === undefined ? fitted.zoom : Math.max(liveZoom.minZoom, Math.min(liveZoom.maxZoom, Math.round(input.zoom / snap) * snap));
  const centre = input.center ? worldPoint(input.center[0], input.center[1]) : fitted.centre;
  return { centre, zoom, narrow };
}

/** A box on screen (CSS px). */
export interface ScreenRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * How far (CSS px, as `map.panBy` takes it) the map must move so that `box` (an open card) lies
 * inside `frame` with `margin` to spare, and below the zoom buttons where it would reach under
 * them. A box larger than the frame keeps its top-left corner in view. [0, 0] when it fits.
 */
export function shiftToShow(box: ScreenRect, frame: ScreenRect, zoomButtons: ScreenRect | null, margin = 12): [number, number] {
  const shift = (low: number, high: number, min: number, max: number) => (low < min ? low - min : high > max ? Math.min(high - max, low - min) : 0);
  const dx = shift(box.left, box.right, frame.left + margin, frame.right - margin);
  // A pan by dx moves the content by -dx.
  const top = zoomButtons && box.left - dx < zoomButtons.right ? zoomButtons.bottom + margin : frame.top + margin;
  const dy = shift(box.top, box.bottom, top, frame.bottom - margin);
  return [dx, dy];
}
