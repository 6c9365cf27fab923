/**
 * The maths of the timeline's horizontal zoom, with no DOM: a port of the transform maths of
 * d3-zoom (https://github.com/d3/d3-zoom, ISC licence, © Mike Bostock), cut down to the x axis.
 * As there, a transform maps a "base" x (the position of a moment on the unzoomed scale, where
 * the whole period fills the frame) to a screen x as `screen = k * base + x`; the limits are
 * d3-zoom's `scaleExtent` (the range of k), `extent` (the viewport) and `translateExtent` (the
 * base span the view must stay within), and `constrain` is d3-zoom's default constrain, which
 * shifts a transform back inside the translate extent. Every function returns a new transform
 * within the limits, so the view never shows time before the period's start or after its end.
 * Zoomed time scales are the base scale rescaled as d3-zoom's `rescaleX` does (see
 * `domainOfTransform`). Only x matters: the timeline zooms and pans in time, never vertically.
 */
import { timeScaleOf } from './time-scale';
import type { TimeDomain } from './types';

/** A horizontal zoom transform: `screen = k * base + x`. */
export interface ZoomTransform {
  /** Scale factor; 1 shows the whole period. */
  readonly k: number;
  /** Translation in screen pixels. */
  readonly x: number;
}

/** What a transform may do, in d3-zoom's terms: its scale extent, the viewport's extent, and the translate extent. */
export interface ZoomLimits {
  /** Smallest and largest scale factor (d3-zoom's `scaleExtent`). */
  readonly scaleExtent: readonly [number, number];
  /** Left and right screen edges of the viewport, in pixels (d3-zoom's `extent`). */
  readonly extent: readonly [number, number];
  /** Left and right edges, in base pixels, that the view must stay within (d3-zoom's `translateExtent`). */
  readonly translateExtent: readonly [number, number];
  /** Where the base scale's rate varies (the timeline's focus band): the largest scale factor about base x (see `maxScaleAt`). */
  readonly maxScaleAt?: (base: number) => number;
}

/** The transform that shows the base scale as it is. */
export const identityTransform: ZoomTransform = Object.freeze({ k: 1, x: 0 });

/** `k` kept inside the limits' scale extent. */
export function clampScale(k: number, limits: ZoomLimits): number {
  const [min, max] = limits.scaleExtent;
  return Math.min(max, Math.max(min, k));
}

/** The base x under screen x `px`. */
export function invertX(t: ZoomTransform, px: number): number {
  return (px - t.x) / t.k;
}

/**
 * d3-zoom's default `constrain`: shifts `t` so the viewport shows nothing outside the translate
 * extent; if the viewport is wider than that extent at this scale, centres it. The scale is kept
 * as it is (see `clampScale`).
 */
export function constrain(t: ZoomTransform, limits: ZoomLimits): ZoomTransform {
  const [v0, v1] = limits.extent;
  const [b0, b1] = limits.translateExtent;
  const overLeft = invertX(t, v0) - b0; // < 0: the view starts before the translate extent
  const overRight = invertX(t, v1) - b1; // > 0: the view ends after it
  let shift: number;
  if (overRight > overLeft) shift = (overLeft + overRight) / 2;
  else shift = Math.min(0, overLeft) || Math.max(0, overRight);
  return shift === 0 ? t : { k: t.k, x: t.x + t.k * shift };
}

/** `k` for a zoom about base x `base` from scale `from`: clamped, and zooming in stops at the limits' `maxScaleAt` there (it never pushes a scale already past it back). */
function capScale(k: number, from: number, base: number, limits: ZoomLimits): number {
  const cap = limits.maxScaleAt?.(base) ?? Infinity;
  return clampScale(k > from ? Math.min(k, Math.max(from, cap)) : k, limits);
}

/** Zooms to scale `k` (clamped) so the base point under screen x `point` stays under it. */
export function zoomTo(t: ZoomTransform, k: number, point: number, limits: ZoomLimits): ZoomTransform {
  const base = invertX(t, point);
  const k1 = capScale(k, t.k, base, limits);
  return constrain({ k: k1, x: point - k1 * base }, limits);
}

/** Multiplies the scale by `factor` about screen x `point` (by default the viewport's centre). */
export function zoomBy(t: ZoomTransform, factor: number, limits: ZoomLimits, point = (limits.extent[0] + limits.extent[1]) / 2): ZoomTransform {
  return zoomTo(t, t.k * factor, point, limits);
}

/** Moves the view by `dx` screen pixels (positive: the content moves right, earlier time comes into view). */
export function panBy(t: ZoomTransform, dx: number, limits: ZoomLimits): ZoomTransform {
  return constrain({ k: t.k, x: t.x + dx }, limits);
}

/** A screen point of a pointer, for pinching. */
export interface ScreenPoint {
  readonly x: number;
  readonly y: number;
}

/**
 * The transform of a two-finger pinch: `start` was the transform when the fingers were at `from`;
 * now they are at `to`. The scale follows the distance between the fingers, and the moment that
 * was under their midpoint stays under the new midpoint (so pinching also pans).
 */
export function pinchTransform(start: ZoomTransform, from: readonly [ScreenPoint, ScreenPoint], to: readonly [ScreenPoint, ScreenPoint], limits: ZoomLimits): ZoomTransform {
  const distance = (a: ScreenPoint, b: ScreenPoint) => Math.hypot(b.x - a.x, b.y - a.y);
  const d0 = distance(from[0], from[1]);
  const d1 = distance(to[0], to[1]);
  const base = invertX(start, (from[0].x + from[1].x) / 2);
  const k1 = capScale(d0 > 0 ? start.k * (d1 / d0) : start.k, start.k, base, limits);
  return constrain({ k: k1, x: (to[0].x + to[1].x) / 2 - k1 * base }, limits);
}

/**
 * The scale factor of one wheel event: a notch of a mouse wheel (about 100 pixels) zooms by
 * about 15 %, lines and pages count more, and a trackpad pinch (the browser sets `ctrlKey`)
 * counts ten times as much. Scrolling down zooms out.
 */
export function wheelFactor(deltaY: number, deltaMode: number, ctrlKey: boolean): number {
  const perUnit = deltaMode === 1 ? 0.05 : deltaMode ? 1 : 0.002;
  return Math.pow(2, -deltaY * perUnit * (ctrlKey ? 10 : 1));
}

/**
 * The time domain a transform shows. `full` is the whole period, drawn unzoomed from screen x
 * `edges[0]` to `edges[1]`; the domain is the time at those two edges after the transform (the
 * base scale's `invert` of their base x), to whole milliseconds. Unlike d3-zoom's `rescaleX`,
 * this holds for the timeline's polylinear base scale too.
 */
export function domainOfTransform(t: ZoomTransform, full: TimeDomain, edges: readonly [number, number]): TimeDomain {
  const base = timeScaleOf(full, edges[0], edges[1]);
  const [start, end] = edges.map((px) => +base.invert(invertX(t, px)));
  return { start: start!, end: end! };
}

/**
 * For `limits.maxScaleAt`: the largest scale factor at each base x for which the `shortest` ms
 * from there still fill the edges. The focus band is drawn wider than the years around it, so
 * there a smaller factor reaches two weeks than in 1994.
 */
export function maxScaleAt(full: TimeDomain, edges: readonly [number, number], shortest: number): (base: number) => number {
  const base = timeScaleOf(full, edges[0], edges[1]);
  return (b) => (edges[1] - edges[0]) / (base(+base.invert(b) + shortest) - b);
}

/**
 * The transform that shows `domain` between the edges (the inverse of `domainOfTransform`),
 * with the scale clamped and the view kept within the limits.
 */
export function transformForDomain(domain: TimeDomain, full: TimeDomain, edges: readonly [number, number], limits: ZoomLimits): ZoomTransform {
  const [left, right] = edges;
  const base = timeScaleOf(full, left, right);
  // The scale that shows `domain` spans this many base pixels between the edges.
  const baseSpan = base(domain.end) - base(domain.start);
  const k = capScale(baseSpan > 0 ? (right - left) / baseSpan : limits.scaleExtent[1], 1, base(domain.start), limits);
  return constrain({ k, x: left - k * base(domain.start) }, limits);
}
