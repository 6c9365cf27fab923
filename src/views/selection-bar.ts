/** The props of `SelectionBar.astro`: one entry per event and per main actor, words and links in place. */
import type { Locale } from '../lib/locale';
import { dataset } from '../lib/data/dataset';
import { describeDate, sourcesAnchor } from '../lib/text/describe';
import { mainActorIds } from '../lib/encoding/actors';
import { pageUrl } from '../lib/site/pages';
import { uiStrings } from '../i18n/ui';
import { homeViews } from '../i18n/home-views';
import { home } from '../i18n/pages';

/** One event's entry: title, date with its precision and who claims it, and its links. */
export interface SelectionEventView {
  id: string;
  title: string;
  dateText: string;
  precision: string;
  /** Who makes the claim, where a side does. */
  attribution: string | undefined;
  timelineHref: string;
  /** The map link, for an event at a place on the map. */
  mapHref: string | undefined;
  sourcesHref: string;
}

/** One main actor's entry: its name and its links. */
export interface SelectionActorView {
  id: string;
  name: string;
  relationsHref: string;
  sourcesHref: string;
}

/** What the bar says and links. */
export interface SelectionBarView {
  labels: { clear: string; selectedEvent: string; focusedActor: string; inTimeline: string; inMap: string; inRelations: string; source: string };
  events: SelectionEventView[];
  actors: SelectionActorView[];
}

/** What `SelectionBar.astro` holds, in `locale`: the events by date, then the main actors. */
export function selectionBarView(locale: Locale): SelectionBarView {
  const v = homeViews[locale];
  const t = uiStrings(locale);
  const { events, actors, places } = dataset;
  const timeline = pageUrl(locale, 'timeline/');
  const map = pageUrl(locale, 'map/');
  const relations = pageUrl(locale, 'relations/');
  const sources = pageUrl(locale, 'sources/');
  const onMap = (place: string | undefined) => place !== undefined && places.some((p) => p.id === place);
  const ordered = [...events].sort((a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id));
  return {
    labels: { clear: v.clear, selectedEvent: v.selectedEvent, focusedActor: v.focusedActor, inTimeline: v.inTimeline, inMap: v.inMap, inRelations: v.inRelations, source: home[locale].sourceLink },
    events: ordered.map((e) => ({
      id: e.id,
      title: e.title[locale],
      dateText: describeDate(e.date, locale),
      precision: t.precision[e.date.precision],
      attribution: e.claim?.attribution[locale],
      timelineHref: `${timeline}?event=${e.id}`,
      mapHref: onMap(e.place) ? `${map}?event=${e.id}` : undefined,
      sourcesHref: `${sources}#${sourcesAnchor('event', e.id)}`,
    })),
    actors: mainActorIds
      .map((id) => actors.find((a) => a.id === id))
      .filter((a) => a !== undefined)
      .map((a) => ({ id: a.id, name: a.name[locale], relationsHref: `${relations}?focus=${a.id}`, sourcesHref: `${sources}#${sourcesAnchor('actor', a.id)}` })),
  };
}
