import { mainActorIds } from '../encoding/actors';
import { eventExtent, fullDomain, resolveDomain } from './ranges';
import { estimateTextWidth, wrapToWidth } from './text-width';
import { timeTicks } from './ticks';
import { breaksOf, timeScaleOf, type TimeScale } from './time-scale';
import type { Cluster, PlacedEvent, PlacedLane, TimeDomain, TimelineEvent, TimelineLayout, TimelineOptions } from './types';

const HALF_DAY = 43_200_000;

/** The theme lanes, in order (the same values as the event schema's `theme`). */
export const themeLaneIds = ['diplomacy', 'military', 'humanitarian'] as const;

/** Sizes of the layout in px; the renderer and the browser read them from here. */
export const metrics = Object.freeze({
  /** Space at the left and right edge of the frame. */
  pad: 8,
  overviewHeight: 16,
  overviewTickGap: 30,
  axisTop: 46,
  plotTop: 72,
  laneHeader: 20,
  rowHeight: 30,
  markBand: 12,
  /** Events' marks: each shape has the area of a circle of this radius. */
  markRadius: 5,
  /** The smaller marks of the lane names and the actor filter. */
  keyMarkRadius: 4.5,
  labelFontSize: 13,
  labelHeight: 16,
  clusterBand: 20,
  clusterFontSize: 12,
  clusterBin: 44,
  laneGap: 8,
  labelGap: 12,
  markGap: 3,
});

/** The lanes in a mode, in order: the main actors by their lane in the encoding, or the three themes. */
export function laneIds(mode: TimelineOptions['lanes'], hide: readonly string[] = []): string[] {
  return mode === 'actor' ? mainActorIds.filter((id) => !hide.includes(id)) : [...themeLaneIds];
}

/** Orders ISO dates and ids by their characters: the same everywhere, and no collator to load. */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sort key of events: start, end, id, so equal dates keep a stable order. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return compareText(a.start, b.start) || compareText(a.end, b.end) || compareText(a.id, b.id);
}

/** An event with what every layout needs of it, worked out once: its extent and its title's width. */
interface Prepared {
  event: TimelineEvent;
  extent: TimeDomain;
  titleWidth: number;
}

const preparedCache = new WeakMap<readonly TimelineEvent[], Prepared[]>();

/**
 * The events in time order with their extents and title widths, computed once per events array
 * (the array and its events are treated as immutable): parsing dates, sorting and measuring
 * titles were most of a layout's time, and the browser lays out the same events on every zoom.
 */
function prepare(events: readonly TimelineEvent[]): Prepared[] {
  let prepared = preparedCache.get(events);
  if (!prepared) {
    prepared = [...events].sort(compareEvents).map((event) => ({ event, extent: eventExtent(event.start, event.end), titleWidth: estimateTextWidth(event.title, metrics.labelFontSize) }));
    preparedCache.set(events, prepared);
  }
  return prepared;
}

interface Packed {
  event: TimelineEvent;
  extent: TimeDomain;
  placed: PlacedEvent;
  row: number;
  /** Rows the item reaches down into: its label's lines may run past its own row. */
  span: number;
  lines?: string[];
  labelX?: number;
  labelWidth?: number;
}

/** The scale of the overview strip, which shows the whole period between `left` and `right`. */
export function overviewScale(left: number, right: number): TimeScale {
  return timeScaleOf(fullDomain, left, right);
}

/** The overview's window for `domain`: the part of the whole period it shows, clipped to that period. */
export function overviewWindow(domain: TimeDomain, left: number, right: number): { x0: number; x1: number } {
  const x = overviewScale(left, right);
  return { x0: x(Math.max(domain.start, fullDomain.start)), x1: x(Math.min(domain.end, fullDomain.end)) };
}

/**
 * Lays out the timeline: `TimelineEvent[]` → `TimelineLayout`. Events are packed lane by lane,
 * in time order, into rows; each item claims its mark's extent in the row's mark band and its
 * label's extent in the row's label band, so labels never overlap and are clamped inside the
 * frame. When no row has room for a label, the event keeps a bare mark; when not even the mark
 * fits, it is counted in a cluster badge ("+12") for its stretch of the lane. The number of
 * drawn labels is therefore bounded by the width and the rows, however many events there are.
 * The events' order, extents and title widths are cached per `events` array (see `prepare`).
 */
export function layoutTimeline(events: readonly TimelineEvent[], options: TimelineOptions): TimelineLayout {
  const m = metrics;
  const { width, locale } = options;
  const hide = options.hide ?? [];
  const origin = options.origin ?? 'all';
  // A narrow frame breaks titles onto two or three lines, each label taking as many rows.
  const maxRows = Math.max(1, options.maxRowsPerLane ?? (width < 480 ? 16 : 8));
  const domain = resolveDomain(options.range);
  const left = m.pad;
  const right = Math.max(left + 1, width - m.pad);
  const toX = timeScaleOf(domain, left, right);
  const clampX = (x: number) => Math.min(right, Math.max(left, x));
  const lanes = laneIds(options.lanes, hide);
  const laneOf = (e: TimelineEvent) => (options.lanes === 'actor' ? e.actor : e.theme);
  const sorted = prepare(events);
  const isShown = (e: TimelineEvent) => !hide.includes(e.actor) && (origin === 'all' || origin === e.origin);

  const packedByLane = new Map<string, Packed[]>(lanes.map((id) => [id, []]));
  const clusteredByLane = new Map<string, Packed[]>(lanes.map((id) => [id, []]));
  const placed: PlacedEvent[] = [];
  const rowsUsed = new Map<string, number>();

  const markRight = new Map<string, number[]>();
  const labelRight = new Map<string, number[]>();
  for (const id of lanes) {
    markRight.set(id, Array(maxRows).fill(-Infinity));
    labelRight.set(id, Array(maxRows).fill(-Infinity));
  }

  for (const { event, extent, titleWidth } of sorted) {
    const lane = laneOf(event);
    const filtered = !isShown(event) || !packedByLane.has(lane);
    const inDomain = extent.end > domain.start && extent.start < domain.end;
    const point = event.precision === 'day';
    const rawX0 = point ? toX(extent.start + HALF_DAY) : toX(extent.start);
    const rawX1 = point ? rawX0 : toX(extent.end);
    const item: PlacedEvent = {
      id: event.id,
      visible: false,
      clustered: false,
      lane,
      actor: event.actor,
      origin: event.origin,
      precision: event.precision,
      x0: clampX(rawX0),
      x1: clampX(rawX1),
      clippedStart: rawX0 < left,
      clippedEnd: rawX1 > right,
      y: 0,
    };
    placed.push(item);
    if (filtered || !inDomain) continue;

    const marks = markRight.get(lane)!;
    const labels = labelRight.get(lane)!;
    const markStart = item.x0 - m.markRadius - 1;
    const markEnd = Math.max(item.x1, item.x0 + m.markRadius) + 1;
    // A title wider than the frame (on a phone) is broken into lines; its label then claims the
    // rows below its own, as far down as its lines reach, from its left edge to its right.
    const lines = titleWidth <= right - left ? [event.title] : wrapToWidth(event.title, m.labelFontSize, right - left);
    const labelWidth = lines.length > 1 ? Math.max(...lines.map((line) => estimateTextWidth(line, m.labelFontSize))) : titleWidth;
    const span = Math.ceil((m.markBand + 1 + lines.length * m.labelHeight) / m.rowHeight);
    const labelX = Math.min(right - labelWidth, Math.max(left, markStart));
    const packed: Packed = { event, extent, placed: item, row: -1, span: 1 };
    const free = (i: number) => i + span <= maxRows && marks[i]! + m.markGap <= markStart && labels.slice(i, i + span).every((r, j) => r + m.labelGap <= labelX && (j === 0 || marks[i + j]! + m.markGap <= labelX));

    let row = marks.findIndex((_, i) => free(i));
    if (row >= 0) {
      Object.assign(packed, { row, span, lines, labelX, labelWidth });
      for (let j = 0; j < span; j++) {
        labels[row + j] = labelX + labelWidth;
        if (j > 0) marks[row + j] = Math.max(marks[row + j]!, labelX + labelWidth);
      }
    } else {
      row = marks.findIndex((r) => r + m.markGap <= markStart);
      if (row >= 0) packed.row = row;
    }
    if (row >= 0) {
      marks[row] = markEnd;
      item.visible = true;
      rowsUsed.set(lane, Math.max(rowsUsed.get(lane) ?? 0, row + packed.span));
      packedByLane.get(lane)!.push(packed);
    } else {
      item.clustered = true;
      clusteredByLane.get(lane)!.push(packed);
    }
  }

  const placedLanes: PlacedLane[] = [];
  const clusters: Cluster[] = [];
  let y = m.plotTop;
  for (const id of lanes) {
    const rows = Math.min(maxRows, Math.max(1, options.minRows?.[id] ?? 1, rowsUsed.get(id) ?? 0));
    const laneClustered = clusteredByLane.get(id)!;
    const height = m.laneHeader + rows * m.rowHeight + (laneClustered.length > 0 ? m.clusterBand : 0);
    const rowTop = (row: number) => y + m.laneHeader + row * m.rowHeight;
    for (const p of packedByLane.get(id)!) {
      p.placed.y = rowTop(p.row) + m.markBand / 2;
      if (p.lines) {
        p.placed.label = { x: p.labelX!, y: rowTop(p.row) + m.markBand + 1, width: p.labelWidth!, height: p.lines.length * m.labelHeight, text: p.event.title, ...(p.lines.length > 1 ? { lines: p.lines } : {}) };
      }
    }
    const bins = new Map<number, Packed[]>();
    for (const p of laneClustered) {
      const bin = Math.floor((p.placed.x0 - left) / m.clusterBin);
      if (!bins.has(bin)) bins.set(bin, []);
      bins.get(bin)!.push(p);
    }
    for (const [bin, members] of [...bins].sort((a, b) => a[0] - b[0])) {
      const text = `+${members.length}`;
      const w = estimateTextWidth(text, m.clusterFontSize) + 8;
      const x = Math.min(right - w, left + bin * m.clusterBin);
      const cy = rowTop(rows);
      let start = Infinity;
      let end = -Infinity;
      for (const p of members) {
        start = Math.min(start, p.extent.start);
        end = Math.max(end, p.extent.end);
      }
      clusters.push({
        id: `${id}-${bin}`,
        lane: id,
        x,
        y: cy + m.clusterBand / 2,
        count: members.length,
        start,
        end,
        label: { x, y: cy + 2, width: w, height: m.clusterBand - 4, text },
      });
    }
    placedLanes.push({ id, y, height, rows });
    y += height + m.laneGap;
  }
  const plotBottom = y - m.laneGap;

  const toOverviewX = overviewScale(left, right);
  const overview = {
    y: 0,
    height: m.overviewHeight,
    marks: sorted.filter((p) => isShown(p.event)).map((p) => ({ id: p.event.id, x: toOverviewX(p.extent.start), actor: p.event.actor })),
    window: overviewWindow(domain, left, right),
    ticks: timeTicks(fullDomain, left, right, locale),
    breaks: breaksOf(toOverviewX).map(toOverviewX),
  };

  return {
    width,
    height: Math.max(options.height, plotBottom + m.pad),
    domain: { start: domain.start, end: domain.end },
    lanes: placedLanes,
    laneMode: options.lanes,
    plot: { top: m.plotTop, bottom: plotBottom, left, right },
    axisY: m.axisTop + 18,
    ticks: timeTicks(domain, left, right, locale),
    breaks: breaksOf(toX).map(toX).filter((x) => x > left && x < right),
    overview,
    events: placed,
    clusters,
  };
}
