/**
 * The timeline's one mapping from time to pixels: a d3-scale UTC time scale. The layout, the
 * axis ticks, the overview strip, the moved preview and the zoom all take their x from here, at
 * build time and in the browser, so no two of them can round a moment to different pixels.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { TimeDomain } from './types';

/** A UTC time scale: milliseconds since the epoch (or dates) to pixels, `invert` back to dates. */
export type TimeScale = ScaleTime<number, number>;

/** The scale that draws `domain` (ms, UTC) between `left` and `right` px. */
export function timeScaleOf(domain: TimeDomain, left: number, right: number): TimeScale {
  return scaleUtc([domain.start, domain.end], [left, right]);
}

/** The domain a scale shows, in ms. */
export function domainOfScale(scale: TimeScale): TimeDomain {
  const [start, end] = scale.domain();
  return { start: +start!, end: +end! };
}

/** How many pixels `ms` milliseconds take on the scale. */
export function pixelsFor(scale: TimeScale, ms: number): number {
  const [start] = scale.domain();
  return scale(+start! + ms) - scale(start!);
}
