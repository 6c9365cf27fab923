import type { Locale } from '../lib/format/dates';
import type { EdgeKind } from '../lib/graph/graph-state';

/** Strings of the relationship graph and its page. */
export interface RelationsStrings {
  pageTitle: string;
  description: string;
  /** The page's lede: its first sentence for a reader who can move the date, or for one who cannot (without scripts, on paper), then the rest. */
  ledeInteractive: string;
  ledeStatic: string;
  lede: string;
  /** The figure's title, with the date in words. */
  chartTitle: (asOf: string) => string;
  /** "as of 27 November 2023". */
  asOf: (day: string) => string;
  svgDescription: string;
  /** The description of a compact graph, which has no text below it. */
  svgDescriptionCompact: string;
  sourceLine: (background: string) => string;
  sliderLabel: string;
  play: string;
  pause: string;
  legendHeading: string;
  legendColour: string;
  legendDash: string;
  legendArrow: string;
  legendWidth: (days: number) => string;
  hostile: string;
  cooperative: string;
  /** The kind of a relation as an adjective or short phrase ("strained"). */
  kinds: Record<EdgeKind, string>;
  keyboardHelp: string;
  detailsHeading: string;
  detailsEmpty: string;
  clear: string;
  nodeHeading: string;
  edgeHeading: string;
  relationsOf: string;
  eventsOf: (days: number) => string;
  toneChartTitle: (pair: string) => string;
  toneChartDesc: string;
  toneAxis: string;
  tableHeading: string;
  tableCaption: (asOf: string) => string;
  summaryHeading: string;
  /** The sentence that opens the summary of a date. */
  intro: (day: string, links: number, actors: number, total: number) => string;
  /** One relation in words. `a` and `b` are names as used inside a sentence. */
  relationSentence: (a: string, b: string, directed: boolean, kind: string, attribution: string | undefined, label: string) => string;
  eventsSentence: (a: string, b: string, count: number, days: number, titles: string[]) => string;
  eventCount: (count: number) => string;
  nodeLabel: (name: string, links: number) => string;
  none: string;
  toSources: string;
  sourcesEntry: string;
  /** The link from a compact graph to its own page. */
  allDetails: string;
}

const kindsEn: Record<EdgeKind, string> = {
  ally: 'allied',
  friendly: 'friendly',
  support: 'supportive',
  rapprochement: 'drawing closer',
  normalising: 'normalising',
  strained: 'strained',
  hostile: 'hostile',
  'armed-conflict': 'in armed conflict',
  events: 'events only',
};
const kindsDe: Record<EdgeKind, string> = {
  ally: 'verbündet',
  friendly: 'freundschaftlich',
  support: 'unterstützend',
  rapprochement: 'in Annäherung',
  normalising: 'in Normalisierung',
  strained: 'angespannt',
  hostile: 'feindlich',
  'armed-conflict': 'im bewaffneten Konflikt',
  events: 'nur Ereignisse',
};

/** Strings of the relationship graph, by language. */
export const relations: Record<Locale, RelationsStrings> = {
  en: {
    pageTitle: 'Relations',
    description: 'How relations between the United States, Azerbaijan, Armenia, Russia, Karabakh\'s separatist authorities and the West changed, date by date, from the records of one Reuters report and its background.',
    ledeInteractive: 'Who stood how towards whom: move the date to see relations appear, change and end.',
    ledeStatic: "Who stood how towards whom, on the date in the chart's title.",
    lede: 'Every line comes from a record with its quotation or source.',
    chartTitle: (asOf) => `Relations between the main actors, ${asOf}`,
    asOf: (day) => `as of ${day}`,
    svgDescription: 'A network of six actors. Lines join actors that have a relation at the date or events between them in the 30 days before; the text below the drawing lists them.',
    svgDescriptionCompact: 'A network of six actors. Lines join actors that have a relation at the date or events between them in the 30 days before; the relations page lists them as text.',
    sourceLine: (background) => `Source: Reuters, 28 Nov 2023; background: ${background}`,
    sliderLabel: 'Date',
    play: 'Play',
    pause: 'Pause',
    legendHeading: 'How to read the graph',
    legendColour: 'Colour: the tone of the relation',
    legendDash: 'Dash: kind of relation',
    legendArrow: 'Arrow: who acts towards whom (a directed relation, or events)',
    legendWidth: (days) => `Width: number of events in the ${days} days up to the date`,
    hostile: 'hostile',
    cooperative: 'cooperative',
    kinds: kindsEn,
    keyboardHelp: 'Tab to an actor or a line; arrow keys move to the nearest actor in that direction, or along the lines; Enter or Space shows the facts; Escape clears.',
    detailsHeading: 'The facts behind it',
    detailsEmpty: 'Select an actor or a line to see its relations and events at this date.',
    clear: 'Clear selection',
    nodeHeading: '{name}, {asOf}',
    edgeHeading: '{pair}, {asOf}',
    relationsOf: 'Relations',
    eventsOf: (days) => `Events in the ${days} days up to the date`,
    toneChartTitle: (pair) => `Tone of relations ${pair} over time`,
    toneChartDesc: 'Bars above the line are cooperative, below it hostile; one bar per date the slider stops at.',
    toneAxis: 'by date of change',
    tableHeading: 'The graph as a table',
    tableCaption: (asOf) => `Relation between each pair of actors, ${asOf} (row → column)`,
    summaryHeading: 'In words',
    intro: (day, links, actors, total) => links === 0 ? `On ${day} no two of the ${total} actors are linked.` : `On ${day} the graph shows ${links} ${links === 1 ? 'link' : 'links'} between ${actors} of the ${total} actors.`,
    relationSentence: (a, b, directed, kind, attribution, label) =>
      `${possessiveEn(a)} ${directed ? `stance towards ${b} is` : `relations with ${b} are`} ${kind}${attribution ? ` (${attribution})` : ''}: ${label}.`,
    eventsSentence: (a, b, count, days, titles) => `${count} ${count === 1 ? 'event' : 'events'} between ${a} and ${b} in the ${days} days before: ${titles.join('; ')}.`,
    eventCount: (count) => `${count} ${count === 1 ? 'event' : 'events'}`,
    nodeLabel: (name, links) => `${name}: ${links} ${links === 1 ? 'link' : 'links'}`,
    none: 'none',
    toSources: 'All records with their sources',
    sourcesEntry: 'Entry in the sources',
    allDetails: 'All details (quotes, sources, tone over time) and a text version on the relations page',
  },
  de: {
    pageTitle: 'Beziehungen',
    description: 'Wie sich die Beziehungen zwischen den USA, Aserbaidschan, Armenien, Russland, den separatistischen Behörden Karabachs und dem Westen veränderten, Datum für Datum, aus den Einträgen eines Reuters-Berichts und seines Hintergrunds.',
    ledeInteractive: 'Wer wem wie gegenüberstand: Verschieben Sie das Datum, und Beziehungen entstehen, ändern sich und enden.',
    ledeStatic: 'Wer wem wie gegenüberstand, an dem Datum im Titel der Grafik.',
    lede: 'Jede Linie stammt aus einem Eintrag mit Zitat oder Quelle.',
    chartTitle: (asOf) => `Beziehungen zwischen den Hauptakteuren, ${asOf}`,
    asOf: (day) => `Stand: ${day}`,
    svgDescription: 'Ein Netz aus sechs Akteuren. Linien verbinden Akteure, die am Datum eine Beziehung haben oder zwischen denen in den 30 Tagen davor etwas geschah; der Text unter der Zeichnung nennt sie.',
    svgDescriptionCompact: 'Ein Netz aus sechs Akteuren. Linien verbinden Akteure, die am Datum eine Beziehung haben oder zwischen denen in den 30 Tagen davor etwas geschah; die Seite „Beziehungen“ nennt sie als Text.',
    sourceLine: (background) => `Quelle: Reuters, 28. Nov. 2023; Hintergrund: ${background}`,
    sliderLabel: 'Datum',
    play: 'Abspielen',
    pause: 'Anhalten',
    legendHeading: 'So lesen Sie die Grafik',
    legendColour: 'Farbe: der Ton der Beziehung',
    legendDash: 'Strichart: Art der Beziehung',
    legendArrow: 'Pfeil: wer gegenüber wem handelt (gerichtete Beziehung oder Ereignisse)',
    legendWidth: (days) => `Breite: Zahl der Ereignisse in den ${days} Tagen bis zum Datum`,
    hostile: 'feindlich',
    cooperative: 'kooperativ',
    kinds: kindsDe,
    keyboardHelp: 'Mit Tab zu einem Akteur oder einer Linie; Pfeiltasten springen zum nächsten Akteur in dieser Richtung oder entlang der Linien; Enter oder Leertaste zeigt die Belege; Escape hebt die Auswahl auf.',
    detailsHeading: 'Die Belege dazu',
    detailsEmpty: 'Wählen Sie einen Akteur oder eine Linie, um Beziehungen und Ereignisse zu diesem Datum zu sehen.',
    clear: 'Auswahl aufheben',
    nodeHeading: '{name}, {asOf}',
    edgeHeading: '{pair}, {asOf}',
    relationsOf: 'Beziehungen',
    eventsOf: (days) => `Ereignisse in den ${days} Tagen bis zum Datum`,
    toneChartTitle: (pair) => `Ton der Beziehungen ${pair} im Zeitverlauf`,
    toneChartDesc: 'Balken über der Linie sind kooperativ, darunter feindlich; ein Balken je Datum, an dem der Regler hält.',
    toneAxis: 'nach Datum der Änderung',
    tableHeading: 'Die Grafik als Tabelle',
    tableCaption: (asOf) => `Beziehung zwischen je zwei Akteuren, ${asOf} (Zeile → Spalte)`,
    summaryHeading: 'In Worten',
    intro: (day, links, actors, total) => links === 0 ? `Am ${day} sind keine zwei der ${total} Akteure verbunden.` : `Am ${day} zeigt die Grafik ${links} ${links === 1 ? 'Verbindung' : 'Verbindungen'} zwischen ${actors} der ${total} Akteure.`,
    relationSentence: (a, b, directed, kind, attribution, label) =>
      `${directed ? `Die Haltung ${a} → ${b} ist` : `Die Beziehungen ${a}–${b} sind`} ${kind}${attribution ? ` (${attribution})` : ''}: ${label}.`,
    eventsSentence: (a, b, count, days, titles) => `${count} ${count === 1 ? 'Ereignis' : 'Ereignisse'} zwischen ${a} und ${b} in den ${days} Tagen davor: ${titles.join('; ')}.`,
    eventCount: (count) => `${count} ${count === 1 ? 'Ereignis' : 'Ereignisse'}`,
    nodeLabel: (name, links) => `${name}: ${links} ${links === 1 ? 'Verbindung' : 'Verbindungen'}`,
    none: 'keine',
    toSources: 'Alle Einträge mit ihren Quellen',
    sourcesEntry: 'Eintrag in den Quellen',
    allDetails: 'Alle Details (Zitate, Quellen, Ton im Zeitverlauf) und eine Textfassung auf der Seite „Beziehungen“',
  },
};

function possessiveEn(name: string): string {
  const capital = name.charAt(0).toUpperCase() + name.slice(1);
  return capital.endsWith('s') ? `${capital}'` : `${capital}'s`;
}

/** Names as they read inside a sentence, where they differ from the actor's name. */
export const sentenceNames: Record<Locale, Record<string, string>> = {
  en: { usa: 'the United States', west: 'other Western countries', 'karabakh-authorities': "Karabakh's separatist authorities" },
  de: { usa: 'USA', west: 'der Westen', 'karabakh-authorities': 'Karabach-Behörden' },
};
