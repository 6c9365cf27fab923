/** The props of `EventCard.astro`: one event's card, its words and links in place. */
import type { DataEvent } from '../lib/data/types';
import type { Locale } from '../lib/locale';
import { dataset } from '../lib/data/dataset';
import { describeDate, sourcesAnchor } from '../lib/text/describe';
import { uiStrings } from '../i18n/ui';
import { timelineStrings } from '../i18n/timeline';
import { describeDerivation } from '../i18n/derivation';

/** What an event's card says around its source (which `RecordSource` renders from the event). */
export interface EventCardView {
  title: string;
  date: string;
  dateText: string;
  precision: string;
  originLabel: string;
  dateKnownLabel: string;
  /** How a relative date was derived, where it was. */
  derivation: string | undefined;
  boundsNote: string | undefined;
  actorsLabel: string;
  actors: string;
  summary: string;
  sourcesHref: string;
  sourcesLabel: string;
  /** The map link, for an event with a place. */
  map: { href: string; label: string } | undefined;
}

/** What `EventCard.astro` shows for `event`. */
export function eventCardView(event: DataEvent, locale: Locale): EventCardView {
  const t = uiStrings(locale);
  const s = timelineStrings[locale].card;
  const actorName = new Map(dataset.actors.map((a) => [a.id, a.name[locale]]));
  const place = event.place ? dataset.places.find((p) => p.id === event.place) : undefined;
  return {
    title: event.title[locale],
    date: event.date.start,
    dateText: describeDate(event.date, locale),
    precision: t.precision[event.date.precision],
    originLabel: t.origin[event.origin],
    dateKnownLabel: s.dateKnown,
    derivation: describeDerivation(event.date, locale),
    boundsNote: event.date.boundsNote?.[locale],
    actorsLabel: s.actors,
    actors: event.actors.map((id) => actorName.get(id) ?? id).join(', '),
    summary: event.summary[locale],
    sourcesHref: `/${locale}/sources/#${sourcesAnchor('event', event.id)}`,
    sourcesLabel: s.sources,
    map: place ? { href: `/${locale}/map/?event=${event.id}`, label: `${s.map}: ${place.names[locale]}` } : undefined,
  };
}
