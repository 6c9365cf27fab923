import type { Locale } from '../lib/locale';
import type { EdgeKind } from '../lib/graph/graph-state';
import type { EnglishForms, GermanForms, Grammar } from '../lib/schema/actor';
import type { RelationKind } from '../lib/schema/relation';

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
  /** The key to the tone's marks on the lines, which carry it on paper without colour. */
  legendMarks: string;
  legendArrow: string;
  legendWidth: (days: number) => string;
  /** The key to a paler line: an open end, drawn on past its last evidence. */
  legendBeyond: string;
  /** What no line means. */
  legendNoLine: string;
  hostile: string;
  cooperative: string;
  /** The kind of a relation as a noun phrase for keys and table cells ("tension"). */
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
  /**
   * One relation in words, the names declined from the actors' grammar: "Die USA unterstützen
   * Armenien", "Relations between the United States and Azerbaijan are strained". `beyond` adds
   * that the date lies past the relation's last evidence.
   */
  relationSentence: (a: Grammar, b: Grammar, kind: RelationKind, directed: boolean, attribution: string | undefined, label: string, beyond: string | undefined) => string;
  /** The events between a pair in the window, in words. */
  eventsSentence: (a: Grammar, b: Grammar, count: number, days: number, titles: string[]) => string;
  /** "last attested on 28 November 2023", for a relation drawn on past its evidence. */
  lastAttested: (day: string) => string;
  eventCount: (count: number) => string;
  nodeLabel: (name: string, links: number) => string;
  none: string;
  toSources: string;
  sourcesEntry: string;
  /** The link from a compact graph to its own page. */
  allDetails: string;
}

const kindsEn: Record<EdgeKind, string> = {
  ally: 'alliance',
  friendly: 'friendly relations',
  support: 'support',
  rapprochement: 'rapprochement',
  normalising: 'normalisation',
  strained: 'tension',
  hostile: 'hostility',
  'armed-conflict': 'armed conflict',
  events: 'events only',
};
const kindsDe: Record<EdgeKind, string> = {
  ally: 'Bündnis',
  friendly: 'freundschaftliche Beziehungen',
  support: 'Unterstützung',
  rapprochement: 'Annäherung',
  normalising: 'Normalisierung',
  strained: 'Spannungen',
  hostile: 'Feindschaft',
  'armed-conflict': 'bewaffneter Konflikt',
  events: 'nur Ereignisse',
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The main clause of a relation in English, by kind; `directed` relations read from `a` to `b`. */
function clauseEn(a: EnglishForms, b: EnglishForms, kind: RelationKind, directed: boolean): string {
  const verb = (singular: string, plural: string, forms: EnglishForms) => (forms.number === 'plural' ? plural : singular);
  const between = `relations between ${a.name} and ${b.name}`;
  switch (kind) {
    case 'ally':
      return `${a.name} and ${b.name} are allies`;
    case 'friendly':
      return `${between} are friendly`;
    case 'support':
      return directed ? `${a.name} ${verb('supports', 'support', a)} ${b.name}` : `${a.name} and ${b.name} support each other`;
    case 'rapprochement':
      return directed ? `${a.name} ${verb('is', 'are', a)} seeking closer ties with ${b.name}` : `${a.name} and ${b.name} are drawing closer`;
    case 'normalising':
      return `${between} are returning to normal`;
    case 'strained':
      return directed ? `${a.name} ${verb('takes', 'take', a)} a cooler line towards ${b.name}` : `${between} are strained`;
    case 'hostile':
      return directed ? `${a.name} ${verb('acts', 'act', a)} against ${b.name}` : `${a.name} and ${b.name} are hostile to each other`;
    case 'armed-conflict':
      return `there is fighting between ${a.name} and ${b.name}`;
  }
}

/** The main clause of a relation in German, by kind, with the names declined. */
function clauseDe(a: GermanForms, b: GermanForms, kind: RelationKind, directed: boolean): string {
  const verb = (singular: string, plural: string, forms: GermanForms) => (forms.number === 'plural' ? plural : singular);
  const between = `die Beziehungen zwischen ${a.dat} und ${b.dat}`;
  switch (kind) {
    case 'ally':
      return `${a.nom} und ${b.nom} sind Verbündete`;
    case 'friendly':
      return `${between} sind freundschaftlich`;
    case 'support':
      return directed ? `${a.nom} ${verb('unterstützt', 'unterstützen', a)} ${b.acc}` : `${a.nom} und ${b.nom} unterstützen einander`;
    case 'rapprochement':
      return directed ? `${a.nom} ${verb('sucht', 'suchen', a)} eine engere Bindung an ${b.acc}` : `${a.nom} und ${b.nom} nähern sich einander an`;
    case 'normalising':
      return `${between} normalisieren sich`;
    case 'strained':
      return directed ? `${a.nom} ${verb('geht', 'gehen', a)} gegenüber ${b.dat} auf Distanz` : `${between} sind angespannt`;
    case 'hostile':
      return directed ? `${a.nom} ${verb('tritt', 'treten', a)} ${b.dat} feindlich gegenüber` : `${a.nom} und ${b.nom} stehen einander feindlich gegenüber`;
    case 'armed-conflict':
      return `zwischen ${a.dat} und ${b.dat} wird gekämpft`;
  }
}

/** Strings of the relationship graph, by language. */
export const relations: Record<Locale, RelationsStrings> = {
  en: {
    pageTitle: 'Relations',
    description: 'How relations between the United States, Azerbaijan, Armenia, Russia, Karabakh\'s de facto authorities and the West changed, date by date, from the records of one Reuters report and its background.',
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
    legendMarks: 'Mark on the line, also in black and white: the tone again, as minus or plus, filled for the strongest',
    legendArrow: 'Arrow: who acts towards whom (a directed relation, or events)',
    legendWidth: (days) => `Width: number of events in the ${days} days up to the date (the accounts of one call count once)`,
    legendBeyond: 'Paler line: a relation without a known end, drawn on past its last evidence until a later record replaces it',
    legendNoLine: 'No line: nothing in our records for that pair on that date, which does not mean there was no conflict or contact',
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
    relationSentence: (a, b, kind, directed, attribution, label, beyond) =>
      `${capitalise(clauseEn(a.en, b.en, kind, directed))}${attribution ? `, ${attribution}` : ''}: ${label}${beyond ? ` (${beyond})` : ''}.`,
    eventsSentence: (a, b, count, days, titles) => `${count} ${count === 1 ? 'event' : 'events'} between ${a.en.name} and ${b.en.name} in the ${days} days before: ${titles.join('; ')}.`,
    lastAttested: (day) => `last attested on ${day}; no later record replaces it`,
    eventCount: (count) => `${count} ${count === 1 ? 'event' : 'events'}`,
    nodeLabel: (name, links) => `${name}: ${links} ${links === 1 ? 'link' : 'links'}`,
    none: 'none',
    toSources: 'All records with their sources',
    sourcesEntry: 'Entry in the sources',
    allDetails: 'All details (quotes, sources, tone over time) and a text version on the relations page',
  },
  de: {
    pageTitle: 'Beziehungen',
    description: 'Wie sich die Beziehungen zwischen den USA, Aserbaidschan, Armenien, Russland, den De-facto-Behörden Karabachs und dem Westen veränderten, Datum für Datum, aus den Einträgen eines Reuters-Berichts und seines Hintergrunds.',
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
    legendMarks: 'Zeichen auf der Linie, auch schwarz-weiß lesbar: der Ton als Minus oder Plus, ausgefüllt für die stärkste Stufe',
    legendArrow: 'Pfeil: wer gegenüber wem handelt (gerichtete Beziehung oder Ereignisse)',
    legendWidth: (days) => `Breite: Zahl der Ereignisse in den ${days} Tagen bis zum Datum (die Darstellungen eines Telefonats zählen einmal)`,
    legendBeyond: 'Blassere Linie: eine Beziehung ohne bekanntes Ende, nach ihrem letzten Beleg weitergezeichnet, bis ein späterer Eintrag sie ablöst',
    legendNoLine: 'Keine Linie: zu diesem Paar an diesem Datum steht nichts in unseren Einträgen; das heißt nicht, dass es keinen Konflikt oder Kontakt gab',
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
    relationSentence: (a, b, kind, directed, attribution, label, beyond) =>
      `${capitalise(clauseDe(a.de, b.de, kind, directed))}${attribution ? `, ${attribution}` : ''}: ${label}${beyond ? ` (${beyond})` : ''}.`,
    eventsSentence: (a, b, count, days, titles) => `${count} ${count === 1 ? 'Ereignis' : 'Ereignisse'} zwischen ${a.de.dat} und ${b.de.dat} in den ${days} Tagen davor: ${titles.join('; ')}.`,
    lastAttested: (day) => `zuletzt belegt am ${day}; kein späterer Eintrag löst sie ab`,
    eventCount: (count) => `${count} ${count === 1 ? 'Ereignis' : 'Ereignisse'}`,
    nodeLabel: (name, links) => `${name}: ${links} ${links === 1 ? 'Verbindung' : 'Verbindungen'}`,
    none: 'keine',
    toSources: 'Alle Einträge mit ihren Quellen',
    sourcesEntry: 'Eintrag in den Quellen',
    allDetails: 'Alle Details (Zitate, Quellen, Ton im Zeitverlauf) und eine Textfassung auf der Seite „Beziehungen“',
  },
};
