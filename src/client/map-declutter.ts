/**
 * Keeps the live map's labels readable and its targets apart: measures the labels, markers and
 * controls on screen and marks the labels that must give way (`is-crowded`, hidden by the map's
 * CSS until focused). Event markers, place dots and controls always win; then capitals, the other
 * places, the exodus route, the Karabakh outline, the minor places and the country names, in that
 * order. Place markers whose targets would overlap are marked too (`is-crowded-target`).
 */
import { labelsToShow, targetsToKeep, type ScreenBox, type ScreenLabel, type ScreenPoint } from '../lib/map/declutter';

const crowded = 'is-crowded';

/** The ranks of the label kinds: lower ranks keep their place first. */
const labelRanks: [selector: string, rank: number][] = [
  ['.map-marker--place .mk-label:not(.mk-label--regional)', 0],
  ['.map-marker--place .mk-label--regional:not(.mk-label--minor)', 1],
  ['.map-route-label-live', 2],
  ['.map-karabakh-label-live', 3],
  ['.map-marker--place .mk-label--minor', 4],
  ['.map-country-label-live', 5],
];

/** What labels may not cover: event markers' boxes, place dots, relation labels and the map's controls. */
const obstacleSelector = '.map-marker--event > span, .map-marker--place .mk-dot, .map-relation-label-live > span, .leaflet-control';

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

/** A place marker's rank as a target, like its label's: capitals, then the other places, then the minor ones. */
const placeRank = (marker: Element) => (marker.querySelector('.mk-label--minor') ? 2 : marker.querySelector('.mk-label--regional') ? 1 : 0);

/**
 * Marks the place markers in `mapEl` that lie closer than a 24-px target's spacing to an event
 * marker or to a place that matters more at this zoom (`is-crowded-target`): they take no pointer,
 * so a tap there reaches the target that matters more. They stay drawn and in the Tab order, and
 * take the pointer again once the map is zoomed in far enough.
 */
export function declutterTargets(mapEl: HTMLElement): void {
  const places = [...mapEl.querySelectorAll('.map-marker--place')].filter(laidOut);
  const events = [...mapEl.querySelectorAll('.map-marker--event')].filter(laidOut).map(centreOf);
  const kept = targetsToKeep(places.map((el, i) => ({ key: String(i), centre: centreOf(el), rank: placeRank(el) })), events);
  places.forEach((el, i) => el.classList.toggle('is-crowded-target', !kept.has(String(i))));
}
