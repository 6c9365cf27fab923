/**
 * The timeline's one mapping from time to pixels: a d3-scale UTC time scale. The layout, the
 * axis ticks, the overview strip, the moved preview and the zoom all take their x from here, at
 * build time and in the browser, so no two of them can round a moment to different pixels.
 *
 * The scale has a focus band: the report's months (the article range) are drawn wider than the
 * years around them, so that beside 1988–2024 they are not squeezed into the last pixels. It is
 * d3-scale's polylinear scale (a domain and a range of four points: the period's start, the
 * band's start and end, the period's end); the years before and after the band share one rate.
 * Every view is this base scale moved and stretched (a zoom transform is linear in its pixels),
 * so zooming and panning carry the band along, and a view inside the band or inside the years
 * on either side is linear.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { fullDomain, namedRanges } from './ranges';
import type { TimeDomain } from './types';

/** A UTC time scale: milliseconds since the epoch (or dates) to pixels, `invert` back to dates. */
export type TimeScale = ScaleTime<number, number>;

/** The share of the frame the focus band takes when the whole period is shown. */
export const focusShare = 0.4;

/** The whole period between 0 and 1, the band taking `focusShare` of it. */
function baseScale(): TimeScale {
  const { start, end } = fullDomain;
  const band = namedRanges.article;
  const rate = (1 - focusShare) / (band.start - start + (end - band.end));
  return scaleUtc([start, band.start, band.end, end], [0, rate * (band.start - start), 1 - rate * (end - band.end), 1]);
}

const base = baseScale();

/** The scale that draws `domain` (ms, UTC) between `left` and `right` px: the base scale moved and stretched so that the domain's ends land on the edges. */
export function timeScaleOf(domain: TimeDomain, left: number, right: number): TimeScale {
  const b0 = base(domain.start);
  const k = (right - left) / (base(domain.end) - b0);
  return base.copy().range(base.range().map((b) => left + (b - b0) * k));
}

/** The moments where the scale's rate changes (the focus band's ends), in ms. */
export function breaksOf(scale: TimeScale): number[] {
  return scale.domain().slice(1, -1).map(Number);
}
