/**
 * Where the static map puts what it draws over itself before Leaflet: an event marker's offset at
 * the panel's scale, and a card (or a cluster's list) above its mark, as the live map's popup
 * opens. Boxes are CSS px on screen; the results are relative to the map's frame.
 */
import type { ScreenRect } from './fit-view';

/**
 * How far (CSS px) an event marker set off its place must move on the static panel drawn at
 * `scale`, so that it keeps the live map's offset in pixels: the panel scales the offset with it.
 */
export function markOffsetAt(offset: readonly [number, number], scale: number): [number, number] {
  return [offset[0] * (1 / scale - 1), offset[1] * (1 / scale - 1)];
}

/** The width of a card in a frame `frameWidth` wide: 354 px, or less to leave 18 px either side. */
export function cardWidth(frameWidth: number): number {
  return Math.min(354, frameWidth - 36);
}

/** The tallest a card may be in a frame `frameHeight` tall: room for the zoom buttons above it, and never under 200 px. */
export function cardMaxHeight(frameHeight: number): number {
  return Math.max(200, frameHeight - 90);
}

/** Where a card `width` × `height` opens above `mark`, centred on it with a 10-px gap, relative to `frame`'s top-left corner. */
export function cardAbove(mark: ScreenRect, frame: ScreenRect, width: number, height: number): { left: number; top: number } {
  return { left: (mark.left + mark.right) / 2 - frame.left - width / 2, top: mark.top - frame.top - height - 10 };
}

/** The zoom buttons' box in a frame whose top-left corner is at (`left`, `top`): where the live map puts them. */
export function zoomButtonsAt(left: number, top: number): ScreenRect {
  return { left: left + 11, top: top + 11, right: left + 45, bottom: top + 74 };
}
