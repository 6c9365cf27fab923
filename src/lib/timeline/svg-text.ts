/**
 * The words of a timeline drawing, from the data: the lanes' names, what hovering each event
 * tells (title, date, precision, origin, how the date was found), the title and description.
 * Shared by the timeline view and by the worksheet's second drawing.
 */
import type { Locale } from '../locale';
import type { DataActor, DataEvent } from '../data/types';
import { mainActorIds } from '../encoding/actors';
import { uiStrings } from '../../i18n/ui';
import { timelineStrings } from '../../i18n/timeline';
import { describeDerivation } from '../../i18n/derivation';
import { describeDate } from '../text/describe';
import { namedActorsOf } from './events';
import type { TimelineSvgText } from './render-svg';

/** The lanes' names for either lane mode: the main actors' short names, and the themes. */
export function timelineLaneNames(actors: readonly DataActor[], locale: Locale): { actor: Record<string, string>; theme: Record<string, string> } {
  const short = new Map(actors.map((a) => [a.id, a.short[locale]]));
  return { actor: Object.fromEntries(mainActorIds.map((id) => [id, short.get(id) ?? id])), theme: { ...timelineStrings[locale].themes } };
}

/** The text of a timeline SVG in lanes by actor; `compact` points to the timeline page for the text alternative. */
export function timelineSvgText(events: readonly DataEvent[], actors: readonly DataActor[], locale: Locale, compact = false): TimelineSvgText {
  const t = timelineStrings[locale];
  const ui = uiStrings(locale);
  const hover = Object.fromEntries(
    events.map((e) => [e.id, [`${e.title[locale]}: ${describeDate(e.date, locale)} (${ui.precision[e.date.precision]}, ${ui.origin[e.origin]}).`, describeDerivation(e.date, locale), e.date.boundsNote?.[locale]].filter(Boolean).join(' ')]),
  );
  const speaksFor = new Map(actors.flatMap((a) => (a.speaksFor ? [[a.id, a.speaksFor] as [string, string]] : [])));
  return {
    named: Object.fromEntries(events.map((e) => [e.id, namedActorsOf(e, speaksFor)])),
    title: t.svgTitle,
    description: compact ? t.svgDescriptionCompact : t.svgDescription,
    lanes: timelineLaneNames(actors, locale).actor,
    hover,
    cluster: (n) => t.cluster.replace('{n}', String(n)),
    overview: t.overview,
  };
}
