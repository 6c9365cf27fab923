/**
 * A small chart of one pair's tone at every snap date: one bar per date, up for cooperative,
 * down for hostile. Pure layout; the component draws it. The x axis counts snap dates, as
 * the slider does, so a cursor can follow the slider.
 */
import { toneClassOf } from '../encoding/tones';
import type { EdgeKind, GraphState } from './graph-state';

/** One bar of the tone chart. */
export interface ToneBar {
  index: number;
  x: number;
  y: number;
  width: number;
  height: number;
  toneClass: string;
}

/** A stretch of dates with the same kind and tone, for the chart's text description. */
export interface ToneRun {
  start: string;
  end: string;
  kind: EdgeKind;
  tone: number;
}

/** The laid-out tone chart of one pair. */
export interface ToneChartLayout {
  pairId: string;
  width: number;
  height: number;
  zeroY: number;
  /** x of the first bar's centre and the distance between bars, for the date cursor. */
  x0: number;
  step: number;
  bars: ToneBar[];
  runs: ToneRun[];
}

const PAD = 6;

/** Lays out the tone chart of `pairId` (`a--b`) over `states` (one per snap date, in order). */
export function layoutToneChart(pairId: string, states: readonly GraphState[], width = 300, height = 80): ToneChartLayout {
  const step = (width - 2 * PAD) / Math.max(states.length, 1);
  const zeroY = height / 2;
  const unit = (height / 2 - PAD) / 2;
  const bars: ToneBar[] = [];
  const runs: ToneRun[] = [];
  states.forEach((state, index) => {
    const edge = state.edges.find((e) => e.id === pairId);
    if (!edge) return;
    const h = Math.max(Math.abs(edge.tone) * unit, 2);
    const x = PAD + index * step + step * 0.1;
    bars.push({ index, x: round(x), y: round(edge.tone > 0 ? zeroY - h : edge.tone < 0 ? zeroY : zeroY - 1), width: round(step * 0.8), height: round(h), toneClass: toneClassOf(edge.tone) });
    const last = runs[runs.length - 1];
    const previous = states[index - 1]?.edges.find((e) => e.id === pairId);
    if (last && previous && last.kind === edge.kind && last.tone === edge.tone) last.end = state.date;
    else runs.push({ start: state.date, end: state.date, kind: edge.kind, tone: edge.tone });
  });
  return { pairId, width, height, zeroY, x0: round(PAD + step / 2), step: round(step, 3), bars, runs };
}

function round(v: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

/**
 * The bars of a tone chart as one path per tone class (`M x y h w v h h -w z` per bar), in the
 * order the classes first appear: the same drawing as a rectangle per bar, in a fraction of the
 * markup, since a relations page holds a chart for every pair.
 */
export function toneChartPaths(chart: Pick<ToneChartLayout, 'bars'>): { toneClass: string; d: string }[] {
  const byClass = new Map<string, string[]>();
  for (const bar of chart.bars) {
    const parts = byClass.get(bar.toneClass) ?? [];
    parts.push(`M${bar.x} ${bar.y}h${bar.width}v${bar.height}h-${bar.width}z`);
    byClass.set(bar.toneClass, parts);
  }
  return [...byClass].map(([toneClass, parts]) => ({ toneClass, d: parts.join('') }));
}
