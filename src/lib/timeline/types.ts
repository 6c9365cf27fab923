import type { Locale } from '../locale';
import type { LaneMode, OriginFilter, TimeRange } from '../state/view-state';

/** How exactly an event's date is known; decides the mark: point, span, fuzzy span or bar. */
export type Precision = 'day' | 'month' | 'span' | 'vague';

/**
 * One event as the timeline needs it: already in the page's language, with its main actor
 * (the one that gives it its lane and colour) resolved. Dates are ISO days, `end` inclusive.
 */
export interface TimelineEvent {
  id: string;
  /** The title in the page's language; a label shows it whole, on several lines where the frame is narrower. */
  title: string;
  start: string;
  end: string;
  precision: Precision;
  origin: 'article' | 'background';
  /** The main actor (one of the encoding's main actors): lane in actor mode, colour, shape, filter. */
  actor: string;
  /** The theme lane: diplomacy, military, humanitarian. */
  theme: string;
}

/** A stretch of time in milliseconds since the epoch (UTC), end exclusive. */
export interface TimeDomain {
  start: number;
  end: number;
}

/** What the layout is asked to draw. */
export interface TimelineOptions {
  width: number;
  /** Minimum height; the layout grows lanes to fit their rows and returns the real height. */
  height: number;
  /** A named range, or any domain (the browser passes the zoomed one). */
  range: TimeRange | TimeDomain;
  lanes: LaneMode;
  locale: Locale;
  /** Main actors whose events are hidden. */
  hide?: readonly string[];
  origin?: OriginFilter;
  /** Most rows per lane before events lose their label (default 8; 16 in a frame narrower than 480 px, where a title may take two or three rows). */
  maxRowsPerLane?: number;
  /** Rows each lane keeps at least, so lanes do not jump while zooming. */
  minRows?: Readonly<Record<string, number>>;
}

/** A label's box, absolute in the SVG's coordinates; `y` is the top edge. */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The title, whole. */
  text: string;
  /** Where the title is wider than the frame: the lines it is broken into (drawn one under the other), the box as high as they are. */
  lines?: string[];
}

/** An event after layout. Hidden events (filtered, outside the domain, aggregated) keep their id. */
export interface PlacedEvent {
  id: string;
  /** Drawn as a mark: false when filtered out, outside the domain, or counted in a cluster. */
  visible: boolean;
  /** True when the event is in view but only counted in a cluster badge. */
  clustered: boolean;
  lane: string;
  actor: string;
  origin: 'article' | 'background';
  precision: Precision;
  /** Mark extent in px (a point has x0 = x1), clipped to the frame. */
  x0: number;
  x1: number;
  /** Whether the span runs on past the left or right edge of the frame. */
  clippedStart: boolean;
  clippedEnd: boolean;
  /** Vertical centre of the mark. */
  y: number;
  label?: LabelBox;
}

/** Events of one lane too dense to draw one by one, counted in one badge. */
export interface Cluster {
  id: string;
  lane: string;
  x: number;
  y: number;
  count: number;
  /** The time the clustered events cover, for zooming into them. */
  start: number;
  end: number;
  label: LabelBox;
}

/** One lane: its id (actor or theme) and vertical band. */
export interface PlacedLane {
  id: string;
  y: number;
  height: number;
  rows: number;
}

/** An axis tick with its label in the page's language. */
export interface Tick {
  time: number;
  x: number;
  /** The left edge of the label, just right of the tick. */
  labelX: number;
  label: string;
  /** Ticks that start a larger unit (a year) are drawn stronger. */
  major: boolean;
}

/** The overview strip: the whole period, every event as a tick, and the window in view. */
export interface Overview {
  y: number;
  height: number;
  marks: { id: string; x: number; actor: string }[];
  window: { x0: number; x1: number };
  ticks: Tick[];
  /** The x of each break of the scale (the focus band's ends). */
  breaks: number[];
}

/** Everything the renderer and the browser need: plain, serialisable data. */
export interface TimelineLayout {
  width: number;
  height: number;
  domain: TimeDomain;
  lanes: PlacedLane[];
  laneMode: LaneMode;
  /** The plot area, below the overview and axis. */
  plot: { top: number; bottom: number; left: number; right: number };
  axisY: number;
  ticks: Tick[];
  /** The x of each break of the scale inside the frame (an end of the focus band), marked on the axis. */
  breaks: number[];
  overview: Overview;
  /** In time order (start, then end, then id): the order of Tab and the arrow keys. */
  events: PlacedEvent[];
  clusters: Cluster[];
}
