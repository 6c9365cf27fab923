import { escapeMarkup } from '../text/escape';
import { mainActorIds } from '../encoding/actors';
import { metrics } from './layout';
import type { LabelBox, PlacedEvent, TimelineLayout } from './types';

/** The words the SVG needs besides the layout, all in the page's language. */
export interface TimelineSvgText {
  /** The chart's title and description (the SVG's `<title>` and `<desc>`). */
  title: string;
  description: string;
  /** Lane names by lane id. */
  lanes: Readonly<Record<string, string>>;
  /** Per event id: what hovering tells ("Phone call: 27 November 2023 (exact day). Monday before …"). */
  hover: Readonly<Record<string, string>>;
  /** Per event id: every main actor it names (`data-actors`), so a highlighted actor lights all its events. */
  named?: Readonly<Record<string, readonly string[]>>;
  /** Hover text of a cluster badge ("12 more events; select to zoom in"). */
  cluster: (count: number) => string;
  /** The label of the overview strip. */
  overview: string;
}

/**
 * The marker paths of a drawing, by actor: `mark` for events, `key` for the smaller marks beside
 * the lanes' names. Made at build time from the encoding's symbols (`timelineMarkers`); the
 * browser takes them from the page, so it draws the same shapes without making any.
 */
export interface TimelineMarkers {
  mark: Readonly<Record<string, string>>;
  key: Readonly<Record<string, string>>;
}

/** Rounds to one decimal, so snapshots do not change with floating-point noise. */
export const round = (n: number): string => String(Math.round(n * 10) / 10);

/** The `transform` of an event's group: the mark's start, on its row. */
export function eventTransform(e: Pick<PlacedEvent, 'x0' | 'y'>): string {
  return `translate(${round(e.x0)},${round(e.y)})`;
}

/** A label's content: its title, or one line per `<tspan>`, each starting again at `x` (the label's own x). */
export function labelContent(label: LabelBox, x: string): string {
  return label.lines ? label.lines.map((line, i) => `<tspan x="${x}"${i ? ` dy="${metrics.labelHeight}"` : ''}>${escapeMarkup(line)}</tspan>`).join('') : escapeMarkup(label.text);
}

function renderEvent(e: PlacedEvent, text: TimelineSvgText, markers: TimelineMarkers, idPrefix: string): string {
  const classes = `tl-event tl-origin-${e.origin} tl-precision-${e.precision} tl-actor-${e.actor}${e.clippedStart ? ' tl-clipped-start' : ''}${e.clippedEnd ? ' tl-clipped-end' : ''}`;
  const named = text.named?.[e.id];
  const actors = named && named.length > 0 ? ` data-actors="${escapeMarkup(named.join(' '))}"` : '';
  const parts = [`<g class="${classes}" data-id="${escapeMarkup(e.id)}"${actors} transform="${eventTransform(e)}"${e.visible ? '' : ' display="none"'}>`];
  parts.push(`<title>${escapeMarkup(text.hover[e.id] ?? e.id)}</title>`);
  if (e.precision !== 'day') {
    const h = e.precision === 'month' ? 4 : 8;
    const fill = e.precision === 'vague' ? ` style="--fuzzy:url(#${idPrefix}-fuzzy-${e.actor})"` : '';
    parts.push(`<rect class="tl-bar" x="0" y="${-h / 2}" width="${round(Math.max(0, e.x1 - e.x0))}" height="${h}" rx="2"${fill}/>`);
  }
  parts.push(`<path class="tl-shape" d="${markers.mark[e.actor] ?? markers.mark.west}"/>`);
  if (e.label) {
    const x = round(e.label.x - e.x0);
    parts.push(`<text class="tl-label" x="${x}" y="${round(e.label.y + 12 - e.y)}">${labelContent(e.label, x)}</text>`);
  } else {
    parts.push(`<text class="tl-label" x="0" y="0" display="none"></text>`);
  }
  parts.push('</g>');
  return parts.join('');
}

/** The lanes' backgrounds and names; the browser redraws this group when lanes change. */
export function renderLanes(layout: TimelineLayout, text: TimelineSvgText, markers: TimelineMarkers): string {
  return layout.lanes
    .map((lane) => {
      const shape = layout.laneMode === 'actor' ? `<path class="tl-shape tl-actor-${lane.id}" transform="translate(6,10)" d="${markers.key[lane.id] ?? markers.key.west}"/>` : '';
      const labelX = layout.laneMode === 'actor' ? 16 : 0;
      return `<g class="tl-lane" data-lane="${lane.id}" transform="translate(${layout.plot.left},${round(lane.y)})"><rect class="tl-lane-bg" x="0" y="0" width="${round(layout.plot.right - layout.plot.left)}" height="${round(lane.height)}"/>${shape}<text class="tl-lane-label" x="${labelX}" y="14">${escapeMarkup(text.lanes[lane.id] ?? lane.id)}</text></g>`;
    })
    .join('');
}

/** The mark of a break of the scale at `x`: a slanted gap, edged, that cuts the line at `y`. */
const breakMark = (x: number, y: number): string => `<path class="tl-break" d="M${round(x - 4)},${y + 6}l3,-12h3l-3,12z"/>`;

/** The axis: one line and label per tick, lines running down through the lanes, and the mark of each break of the scale. */
export function renderTicks(layout: TimelineLayout): string {
  return (
    layout.ticks
      .map((t) => `<g class="tl-tick${t.major ? ' tl-tick-major' : ''}"><line x1="${round(t.x)}" x2="${round(t.x)}" y1="${layout.axisY}" y2="${round(layout.plot.bottom)}"/><text x="${round(t.labelX)}" y="${layout.axisY - 6}">${escapeMarkup(t.label)}</text></g>`)
      .join('') + layout.breaks.map((x) => breakMark(x, layout.axisY)).join('')
  );
}

/** The cluster badges of dense stretches. */
export function renderClusters(layout: TimelineLayout, text: TimelineSvgText): string {
  return layout.clusters
    .map((c) => `<g class="tl-cluster" data-cluster="${c.id}" data-start="${c.start}" data-end="${c.end}" transform="translate(${round(c.label.x)},${round(c.label.y)})"><title>${escapeMarkup(text.cluster(c.count))}</title><rect width="${round(c.label.width)}" height="${c.label.height}" rx="${c.label.height / 2}"/><text x="${round(c.label.width / 2)}" y="${c.label.height - 4}">${escapeMarkup(c.label.text)}</text></g>`)
    .join('');
}

/** The overview strip: the whole period, a tick per event, and the window in view. */
export function renderOverview(layout: TimelineLayout, text: TimelineSvgText): string {
  const o = layout.overview;
  const { left, right } = layout.plot;
  const marks = o.marks.map((mk) => `<line class="tl-actor-${mk.actor}" data-overview-id="${escapeMarkup(mk.id)}" x1="${round(mk.x)}" x2="${round(mk.x)}" y1="3" y2="${o.height - 3}"/>`).join('');
  const ticks = o.ticks.map((t) => `<text x="${round(t.labelX)}" y="${metrics.overviewTickGap}">${escapeMarkup(t.label)}</text>`).join('');
  const breaks = o.breaks.map((x) => breakMark(x, o.height / 2)).join('');
  return `<g class="tl-overview" role="img" aria-label="${escapeMarkup(text.overview)}"><rect class="tl-overview-bg" x="${left}" y="0" width="${round(right - left)}" height="${o.height}"/>${marks}${breaks}<rect class="tl-overview-window" x="${round(o.window.x0)}" y="0" width="${round(Math.max(2, o.window.x1 - o.window.x0))}" height="${o.height}"/>${ticks}</g>`;
}

/**
 * Renders a layout to one SVG element as a string: the same markup at build time, in tests
 * (file snapshots) and as the browser's starting point. Every event group has a `data-id`;
 * the browser moves these groups instead of drawing new ones. `idPrefix` (default `tl`) starts
 * the ids of its title, description and gradients, so that a second drawing on a page has its own.
 */
export function renderTimelineSvg(layout: TimelineLayout, text: TimelineSvgText, markers: TimelineMarkers, idPrefix = 'tl'): string {
  const p = idPrefix;
  const gradients = mainActorIds
    .map((actor) => `<linearGradient id="${p}-fuzzy-${actor}"><stop offset="0" style="stop-color:var(--actor-${actor});stop-opacity:0"/><stop offset="0.3" style="stop-color:var(--actor-${actor})"/><stop offset="0.7" style="stop-color:var(--actor-${actor})"/><stop offset="1" style="stop-color:var(--actor-${actor});stop-opacity:0"/></linearGradient>`)
    .join('');
  const events = layout.events.map((e) => renderEvent(e, text, markers, p)).join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="tl-svg" viewBox="0 0 ${layout.width} ${round(layout.height)}" width="${layout.width}" height="${round(layout.height)}" role="img" aria-labelledby="${p}-title ${p}-desc">`,
    `<title id="${p}-title">${escapeMarkup(text.title)}</title><desc id="${p}-desc">${escapeMarkup(text.description)}</desc>`,
    `<defs>${gradients}</defs>`,
    `<g class="tl-overview-wrap">${renderOverview(layout, text)}</g>`,
    // The axis' lines run under the lanes (whose bands are translucent) and every label.
    `<g class="tl-axis"><line class="tl-axis-line" x1="${layout.plot.left}" x2="${layout.plot.right}" y1="${layout.axisY}" y2="${layout.axisY}"/><g class="tl-ticks">${renderTicks(layout)}</g></g>`,
    `<g class="tl-lanes">${renderLanes(layout, text, markers)}</g>`,
    `<g class="tl-events">${events}</g>`,
    `<g class="tl-clusters">${renderClusters(layout, text)}</g>`,
    '</svg>',
  ].join('');
}
