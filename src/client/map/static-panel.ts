/**
 * The static map before Leaflet, drawn where the live map will draw it in the same frame
 * (`lib/map/fit-view.ts`), and the cluster controls over its marks too close together for a
 * pointer, as the live map has them. Screens with scripts only: print keeps the whole static map.
 */
import type { MapClientConfig } from '../../lib/map/model';
import type { ViewState } from '../../lib/state/view-state';
import { openingView, placePanel } from '../../lib/map/fit-view';
import { clusterTargets } from '../../lib/map/declutter';
import { markOffsetAt } from '../../lib/map/static-overlay';

/**
 * Places `host`'s static region where the live map will open for `state`, moved by `shift` (CSS px,
 * as the live map's `panBy` moves), through the panel's custom properties on the static frame.
 * Returns false where nothing was placed (print, a frame not laid out).
 */
export function placeStaticPanel(host: HTMLElement, config: MapClientConfig, state: ViewState, shift: [number, number] = [0, 0]): boolean {
  const frame = host.querySelector<HTMLElement>('.static-map');
  if (!frame || !matchMedia('screen and (scripting: enabled)').matches) return false;
  const size: [number, number] = [frame.clientWidth, frame.clientHeight];
  if (!size[0] || !size[1]) return false;
  const view = openingView({ defaultBounds: config.defaultBounds, narrowFit: config.narrowFit, clearZoom: config.clearZoom, center: state.center, zoom: state.zoom }, size);
  const placed = placePanel(config.defaultBounds, view, size);
  const svg = frame.querySelector<SVGSVGElement>('.static-map__region');
  const scale = placed.width / (svg?.viewBox.baseVal.width || 800);
  host.style.setProperty('--map-panel-x', `${placed.x - shift[0]}px`);
  host.style.setProperty('--map-panel-y', `${placed.y - shift[1]}px`);
  host.style.setProperty('--map-panel-width', `${placed.width}px`);
  host.style.setProperty('--map-panel-scale', String(scale));
  // An event marker set off its place keeps the live map's offset in pixels, whatever the panel's scale.
  for (const e of config.events) {
    const mark = frame.querySelector<SVGElement>(`a.map-event[data-id="${CSS.escape(e.id)}"]`);
    const [dx, dy] = markOffsetAt(e.offset, scale);
    mark?.style.setProperty('--mark-dx', `${dx}px`);
    mark?.style.setProperty('--mark-dy', `${dy}px`);
  }
  host.classList.add('is-placed');
  return true;
}

/**
 * Puts a cluster control over the static marks in `frame` that lie too close together for a
 * pointer (`lib/map/declutter.ts`), replacing the previous ones; a click on one calls `open` with
 * the control and its marks, in rank order (places before events).
 */
export function clusterStaticMarks(frame: HTMLElement, open: (control: HTMLElement, members: SVGAElement[]) => void): void {
  for (const old of frame.querySelectorAll('.map-cluster')) old.remove();
  const area = frame.getBoundingClientRect();
  const marks = [...frame.querySelectorAll<SVGAElement>('.static-map__region a[data-id]')].filter((m) => m.getClientRects().length);
  const centre = (m: SVGAElement) => {
    const b = m.querySelector('circle, rect')!.getBoundingClientRect();
    return { x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 };
  };
  const targets = marks.map((m, i) => ({ key: String(i), centre: centre(m), rank: m.classList.contains('map-event') ? 1 : 0 }));
  for (const { keys, box } of clusterTargets(targets)) {
    const members = keys.map((k) => marks[Number(k)]!);
    const control = document.createElement('div');
    control.className = 'map-cluster';
    control.setAttribute('aria-hidden', 'true');
    control.dataset.members = members.map((m) => m.dataset.id).join(' ');
    control.style.cssText = `position:absolute;left:${box.left - area.left}px;top:${box.top - area.top}px;width:${box.right - box.left}px;height:${box.bottom - box.top}px`;
    control.addEventListener('click', () => open(control, members));
    frame.append(control);
  }
}
