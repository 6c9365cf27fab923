/**
 * The quick picture of the timeline while the reader zooms or pans, with no DOM: instead of
 * laying out again on every frame, the last full layout is moved. Every x of that layout maps
 * to the x where the same moment lies in the domain now shown (`previewMap`), and `previewScene`
 * lists what to draw: the marks and cluster badges that land in the frame, ticks for the new
 * domain, and the overview's window. Labels are kept only while the scale is unchanged (a pan),
 * where they keep their distances and so cannot overlap; zooming leaves them out until the view
 * settles and the full layout places them again.
 */
import { overviewWindow } from './layout';
import { timeTicks } from './ticks';
import { timeScaleOf } from './time-scale';
import type { Cluster, PlacedEvent, Tick, TimeDomain, TimelineLayout } from './types';
import type { Locale } from '../locale';

/** A horizontal map of screen x: `x' = a * x + b`. */
export interface XMap {
  readonly a: number;
  readonly b: number;
}

/**
 * The map from the x of a moment in a layout of domain `from` to its x in domain `to`, both
 * drawn between `left` and `right`: where the new scale puts the old frame's two ends.
 */
export function previewMap(from: TimeDomain, to: TimeDomain, left: number, right: number): XMap {
  const x = timeScaleOf(to, left, right);
  // The old domain's ends, which lay at `left` and `right`, as numbers: inverting to a date would round to whole milliseconds.
  const x0 = x(from.start);
  const a = (x(from.end) - x0) / (right - left);
  return { a, b: x0 - a * left };
}

/** `x` through the map. */
export function mapX(map: XMap, x: number): number {
  return map.a * x + map.b;
}

/** What the preview draws, in the SVG's pixels. */
export interface PreviewScene {
  /** Visible marks of the last layout that are (at least partly) in the frame, moved; `label` only while panning. */
  marks: PlacedEvent[];
  /** Cluster badges in the frame, moved (a badge keeps its size). */
  clusters: Cluster[];
  /** Ticks for the domain now shown. */
  ticks: Tick[];
  /** The overview's window for the domain now shown. */
  window: { x0: number; x1: number };
}

/** Margin (px) beyond the frame within which a mark is still drawn, so shapes at the edge are not cut off abruptly. */
const CULL_MARGIN = 12;

/**
 * The scene of `layout` moved to show `domain`: marks and badges culled to the frame, labels
 * kept only when the scale is the layout's own, ticks for `domain`.
 */
export function previewScene(layout: TimelineLayout, domain: TimeDomain, locale: Locale): PreviewScene {
  const { left, right } = layout.plot;
  const map = previewMap(layout.domain, domain, left, right);
  // A pan keeps the span to the millisecond (the zoom rounds domains to whole milliseconds); a zoom step changes it by far more.
  const panning = Math.abs(map.a - 1) < 1e-6;
  const inFrame = (x0: number, x1: number) => x1 >= left - CULL_MARGIN && x0 <= right + CULL_MARGIN;
  const marks: PlacedEvent[] = [];
  for (const e of layout.events) {
    if (!e.visible) continue;
    const x0 = mapX(map, e.x0);
    const x1 = mapX(map, e.x1);
    if (!inFrame(x0, x1)) continue;
    const label = panning && e.label ? { ...e.label, x: mapX(map, e.label.x) } : undefined;
    marks.push({ ...e, x0, x1, label });
  }
  const clusters: Cluster[] = [];
  for (const c of layout.clusters) {
    const x = mapX(map, c.label.x);
    if (!inFrame(x, x + c.label.width)) continue;
    clusters.push({ ...c, x: mapX(map, c.x), label: { ...c.label, x } });
  }
  return {
    marks,
    clusters,
    ticks: timeTicks(domain, left, right, locale),
    window: overviewWindow(domain, left, right),
  };
}
