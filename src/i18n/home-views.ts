import type { Locale } from '../lib/format/dates';

/** Strings of the three linked views on the home page. */
export const homeViews = {
  de: {
    intro: 'Zeitleiste, Beziehungsgeflecht und Karte zeigen dieselben Daten und folgen einander: Ein Ereignis, ein Datum oder ein Akteur, das Sie in einer Ansicht wählen, ist in den beiden anderen hervorgehoben. Die Adresse der Seite hält die Auswahl fest, ein Link zeigt also dasselbe.',
    timelineHeading: 'Zeitleiste: was wann geschah',
    relationsHeading: 'Beziehungen: wer zu wem stand, zu jedem Datum',
    mapHeading: 'Karte: wo es geschah',
    timelineLink: 'Die Zeitleiste als eigene Seite',
    relationsLink: 'Die Beziehungen als eigene Seite',
    mapLink: 'Die Karte als eigene Seite',
  },
  en: {
    intro: 'The timeline, the relationship graph and the map show the same data and follow each other: an event, a date or an actor you select in one is highlighted in the other two. The page’s address keeps the selection, so a link shows the same.',
    timelineHeading: 'Timeline: what happened when',
    relationsHeading: 'Relations: who stood where, at any date',
    mapHeading: 'Map: where it happened',
    timelineLink: 'The timeline on its own page',
    relationsLink: 'The relations on their own page',
    mapLink: 'The map on its own page',
  },
} as const satisfies Record<Locale, unknown>;
