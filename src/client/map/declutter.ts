/**
 * Keeps the live map's labels readable and its targets apart: measures the labels, markers and
 * controls on screen and marks the labels that must give way (`is-crowded`, hidden by the map's
 * CSS until focused). Event markers, place dots and controls always win; then capitals, the
 * relations' labels, the other places, the exodus route, the Karabakh outline, the minor places
 * and the country names, in that order. Markers whose targets lie too close together for a
 * pointer form clusters (`lib/map/declutter.ts`): they are marked (`is-crowded-target`) and take
 * no pointer, and the live map puts a cluster control over them.
 */
import { clusterTargets, labelsToShow, type ScreenBox, type ScreenLabel, type ScreenPoint } from '../../lib/map/declutter';

const crowded = 'is-crowded';

/** The ranks of the label kinds: lower ranks keep their place first. */
const labelRanks: [selector: string, rank: number][] = [
  ['.map-marker--place .mk-label:not(.mk-label--regional)', 0],
  ['.map-relation-label-live', 1],
  ['.map-marker--place .mk-label--regional:not(.mk-label--minor)', 2],
  ['.map-route-label-live', 3],
  ['.map-karabakh-label-live', 4],
  ['.map-marker--place .mk-label--minor', 5],
  ['.map-country-label-live', 6],
];

/** What labels may not cover: event markers' boxes, place dots and the map's controls. */
const obstacleSelector = '.map-marker--event > span, .map-marker--place .mk-dot, .leaflet-control';

/** Whether an element is laid out (not `display: none` itself or through an ancestor). */
const laidOut = (el: Element) => el.getClientRects().length > 0;

/** The box of a label: a divIcon label's text is its first child, a place label is the element itself. */
const labelBox = (el: Element): ScreenBox => (el.firstElementChild && !el.classList.contains('mk-label') ? el.firstElementChild : el).getBoundingClientRect();

/** Measures the labels in `mapEl` (the Leaflet container) and marks those that must give way. */
export function declutterLabels(mapEl: HTMLElement): void {
  const labels: ScreenLabel[] = [];
  const elements = new Map<string, Element>();
  for (const [selector, rank] of labelRanks) {
    for (const el of mapEl.querySelectorAll(selector)) {
      if (!laidOut(el)) continue;
      const key = String(elements.size);
      elements.set(key, el);
      labels.push({ key, box: labelBox(el), rank });
    }
  }
  const obstacles = [...mapEl.querySelectorAll(obstacleSelector)].filter(laidOut).map((el) => el.getBoundingClientRect());
  const shown = labelsToShow(labels, obstacles, mapEl.getBoundingClientRect());
  for (const [key, el] of elements) el.classList.toggle(crowded, !shown.has(key));
}

/** The centre of an element's box on screen. */
const centreOf = (el: Element): ScreenPoint => {
  const box = el.getBoundingClientRect();
  return { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 };
};

/** A marker's rank as a target: capitals, then the other places, the minor ones, and the events. */
const targetRank = (marker: Element) => (marker.classList.contains('map-marker--event') ? 3 : marker.querySelector('.mk-label--minor') ? 2 : marker.querySelector('.mk-label--regional') ? 1 : 0);

/** A cluster of markers on screen: the box its control covers (CSS px, in the window) and its markers, in rank order. */
export interface MarkerCluster {
  box: ScreenBox;
  markers: HTMLElement[];
}

/**
 * Finds the place and event markers in `mapEl` whose targets lie closer together than a 24-px
 * target's spacing (WCAG 2.5.8) and returns them as clusters. Their markers are marked
 * (`is-crowded-target`): they take no pointer, so that the cluster control over them does, and
 * they stay drawn and in the Tab order. Markers outside the map's frame take no part.
 */
export function declutterTargets(mapEl: HTMLElement): MarkerCluster[] {
  const frame = mapEl.getBoundingClientRect();
  const markers = [...mapEl.querySelectorAll<HTMLElement>('.map-marker--place, .map-marker--event')].filter(laidOut);
  const inFrame = markers.map((el) => ({ el, centre: centreOf(el) })).filter(({ centre: c }) => c.x >= frame.left && c.x <= frame.right && c.y >= frame.top && c.y <= frame.bottom);
  const clusters = clusterTargets(inFrame.map(({ el, centre }, i) => ({ key: String(i), centre, rank: targetRank(el) })));
  const clustered = new Set(clusters.flatMap((c) => c.keys.map((key) => inFrame[Number(key)]!.el)));
  for (const el of markers) el.classList.toggle('is-crowded-target', clustered.has(el));
  return clusters.map((c) => ({ box: c.box, markers: c.keys.map((key) => inFrame[Number(key)]!.el) }));
}
