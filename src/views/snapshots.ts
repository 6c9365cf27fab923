/**
 * The props of the worksheets' second drawings (`RelationSnapshot.astro`, `TimelineSnapshot.astro`):
 * the graph on one date and the timeline over one range, each laid out and drawn at build time.
 */
import type { Locale } from '../lib/locale';
import { dataset } from '../lib/data/dataset';
import { buildRelationGraphModel } from '../lib/graph/graph-model';
import { renderGraphSvg } from '../lib/graph/render-graph-svg';
import { toTimelineEvents } from '../lib/timeline/events';
import { layoutTimeline } from '../lib/timeline/layout';
import { renderTimelineSvg } from '../lib/timeline/render-svg';
import { timelineSvgText } from '../lib/timeline/svg-text';
import { timelineMarkers } from '../lib/timeline/markers';
import type { OriginFilter, TimeRange } from '../lib/state/view-state';
import { timelineStrings } from '../i18n/timeline';

/** A drawing with the title that says what it shows. */
export interface SnapshotView {
  title: string;
  svg: string;
}

/** The graph on `date` (snapped to the graph's nearest date, which the title names). */
export function relationSnapshotView(locale: Locale, date: string, idPrefix: string): SnapshotView {
  const model = buildRelationGraphModel({ ...dataset, locale, date });
  return { title: model.title, svg: renderGraphSvg(model.layout, { title: model.title, description: model.strings.svgDescriptionCompact }, idPrefix) };
}

/** The timeline over `range` at `width` px, with the events of `origin`; the title names a single origin. */
export function timelineSnapshotView(locale: Locale, range: TimeRange, origin: OriginFilter, width: number, idPrefix: string): SnapshotView {
  const t = timelineStrings[locale];
  const { events, actors } = dataset;
  const layout = layoutTimeline(toTimelineEvents(events, actors, locale), { width, height: 200, range, lanes: 'actor', locale, origin });
  return {
    title: `${t.ranges[range]}${origin !== 'all' ? ` (${t.originOnly[origin]})` : ''}`,
    svg: renderTimelineSvg(layout, timelineSvgText(events, actors, locale, true), timelineMarkers(), idPrefix),
  };
}
