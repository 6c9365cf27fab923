import type { Locale } from '../lib/locale';

/**
 * Strings of the three linked views on the home page. The intro ends one way where the views
 * follow each other (`introInteractive`) and another without scripts or on paper (`introStatic`).
 */
export const homeViews = {
  de: {
    intro: 'Zeitleiste, Beziehungsnetz und Karte zeigen dieselben Daten',
    introInteractive: ' und folgen einander: Was Sie in einer Ansicht wählen – ein Ereignis, ein Datum oder einen Akteur –, ist in den beiden anderen hervorgehoben. Die Adresse der Seite hält die Auswahl fest, ein Link zeigt also dasselbe.',
    introStatic: '.',
    timelineHeading: 'Zeitleiste: was wann geschah',
    relationsHeading: 'Beziehungen: wer zu wem stand, zu jedem Datum',
    mapHeading: 'Karte: wo es geschah',
    timelineLink: 'Die Zeitleiste als eigene Seite, mit jedem Ereignis als Text (Zitat, Quelle)',
    relationsLink: 'Die Beziehungen als eigene Seite, mit allen Details und einer Textfassung',
    mapLink: 'Die Karte als eigene Seite, mit allen Orten und Ereignissen als Text',
    storyLink: 'Dasselbe in Worten: „Was der Bericht sagt“ weiter unten.',
    selectedEvent: 'Ausgewählt:',
    focusedActor: 'Hervorgehoben:',
    inTimeline: 'Seite Zeitleiste',
    inMap: 'Seite Karte',
    inRelations: 'Seite Beziehungen',
    clear: 'Ereignis abwählen',
  },
  en: {
    intro: 'The timeline, the relationship graph and the map show the same data',
    introInteractive: ' and follow each other: an event, a date or an actor you select in one is highlighted in the other two. The page’s address keeps the selection, so a link shows the same.',
    introStatic: '.',
    timelineHeading: 'Timeline: what happened when',
    relationsHeading: 'Relations: who stood where, at any date',
    mapHeading: 'Map: where it happened',
    timelineLink: 'The timeline on its own page, with every event as text (quote, source)',
    relationsLink: 'The relations on their own page, with all details and a text version',
    mapLink: 'The map on its own page, with every place and event as text',
    storyLink: 'The same in words: “What the report says” below.',
    selectedEvent: 'Selected:',
    focusedActor: 'Highlighted:',
    inTimeline: 'Timeline page',
    inMap: 'Map page',
    inRelations: 'Relations page',
    clear: 'Clear the event',
  },
} as const satisfies Record<Locale, unknown>;
