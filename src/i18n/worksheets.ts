import type { Locale } from '../lib/locale';
import type { AnswerCopy } from '../lib/kit/answer-key';
import { describeDerivation } from './derivation';

/** A record whose quotation a worksheet prints for its questions. */
export interface WorksheetMaterial {
  kind: 'event' | 'relation' | 'place';
  id: string;
}

/** What each worksheet prints besides its view, the same in both languages: the quotations, and the date of a second drawing. */
const sheetExtras: Record<'timeline' | 'relations' | 'map', { material: WorksheetMaterial[]; compareDate?: string }> = {
  timeline: { material: [{ kind: 'event', id: 'phone-call' }] },
  map: { material: [{ kind: 'place', id: 'khankendi-stepanakert' }] },
  relations: {
    material: [
      { kind: 'relation', id: 'usa-azerbaijan-friendly' },
      { kind: 'event', id: 'statement-relations-damaged' },
      { kind: 'event', id: 'armenia-distances-from-moscow' },
    ],
    compareDate: '2023-12-06',
  },
};

/**
 * Worksheet questions per view, in both languages: four questions each, answerable from the sheet
 * and the sources page. A question about change names `compareDate`, the date of a second drawing
 * that the sheet prints after the first. A question about the report's words has them in the
 * sheet's `material`: the records whose quotations it prints.
 */
export const worksheets: Record<
  Locale,
  {
    heading: string;
    intro: string;
    name: string;
    date: string;
    questions: string;
    printHint: string;
    materialHeading: string;
    /** The teacher's answer key: its title, its note, and the sentences its answers are made of. */
    answers: { title: (sheet: string) => string; intro: string; link: string; backToSheet: string; /** Whether the key gives the English translation under each quotation. */ withTranslation: boolean; open: Record<'reasoning' | 'any-of', string>; copy: AnswerCopy };
    views: Record<'timeline' | 'relations' | 'map', { title: string; questions: string[]; compareDate?: string; material?: WorksheetMaterial[] }>;
  }
> = {
  de: {
    heading: 'Arbeitsblatt',
    intro: 'Beantworten Sie die Fragen mit Hilfe der Grafik. Jede Aussage der Grafik ist auf der Quellenseite belegt.',
    name: 'Name',
    date: 'Datum',
    questions: 'Fragen',
    printHint: 'Zum Drucken: Strg+P (Mac: ⌘+P). Das Blatt passt auf A4 und Letter.',
    materialHeading: 'Aus dem Bericht',
    answers: {
      title: (sheet) => `Lösungen zum ${sheet}`,
      intro: 'Für die Lehrkraft, nicht für das Blatt der Schülerinnen und Schüler. Die Lösungen entstehen aus denselben Einträgen wie die Grafiken des Blatts; jede Zeile ist auf der Quellenseite belegt.',
      link: 'Lösungen für die Lehrkraft',
      backToSheet: 'Zum Arbeitsblatt',
      withTranslation: false,
      open: { reasoning: 'Die Begründung ist offen.', 'any-of': 'Jedes der genannten Ereignisse ist eine richtige Antwort; die Begründung ist offen.' },
      copy: {
        dated: (title, date) => `${title} (${date})`,
        relativeDate: (phrase, derivation) => `„${phrase}“: ${derivation}.`,
        derivation: (date) => describeDerivation(date, 'de'),
        approximateMark: 'In der Grafik: ein verlaufender Balken statt eines Punkts; ein schmaler Balken, wo nur der Monat bekannt ist.',
        claimBy: (who) => `Die Aussage stammt von ${who}; sie gibt eine Seite wieder, nicht eine Tatsache.`,
        pairOn: (date, pair, label) => `Am ${date} zeigt die Grafik für ${pair}: ${label}`,
        pairChange: (pair, to, added, ended) => [`${pair}:`, added.length > 0 && `am ${to} neu hinzugekommen: ${added.join(', ')}.`, ended.length > 0 && `Nicht mehr gezeigt: ${ended.join(', ')}.`].filter(Boolean).join(' '),
        othersUnchanged: 'Alle anderen Linien bleiben, wie sie waren.',
        route: (places, registeredAt) => `Der Weg führt von ${places[0]} über ${places.slice(1, -1).join(' und ')} nach ${places[places.length - 1]}; registriert wurden die Geflüchteten in ${registeredAt}.`,
        figure: (value, label, by, asOf) => `${value} ${label}: ${by}${asOf ? `, Stand ${asOf}` : ''}`,
        names: (names) => `Zwei Namen: ${names}.`,
      },
    },
    views: {
      timeline: {
        title: 'Arbeitsblatt: Zeitleiste',
        questions: [
          'Ordnen Sie drei Ereignisse aus dem Bericht zeitlich: Was geschah zuerst, was zuletzt?',
          'Der Bericht sagt „am Montag“. Welches Datum ist gemeint, und wie lässt es sich bestimmen?',
          'Welche Ereignisse sind nur ungefähr datiert? Woran erkennen Sie das in der Grafik?',
          'Nennen Sie ein Hintergrundereignis vor 2023 und erklären Sie, warum es für den Bericht wichtig ist.',
        ],
        ...sheetExtras.timeline,
      },
      relations: {
        title: 'Arbeitsblatt: Beziehungsnetz',
        questions: [
          'Wie beschreibt der Artikel die Beziehungen zwischen den USA und Aserbaidschan vor September 2023?',
          'Wer sagt, die Beziehungen seien „ernsthaft beschädigt“? Warum ist es wichtig, das zu wissen?',
          'Welche Beziehung Armeniens ändert sich laut Bericht „in den letzten Monaten“, und in welche Richtung?',
          'Vergleichen Sie die beiden Grafiken: Was ändert sich im Netz zwischen dem 28. November und dem 6. Dezember 2023?',
        ],
        ...sheetExtras.relations,
      },
      map: {
        title: 'Arbeitsblatt: Karte',
        questions: [
          'Zeichnen Sie den Weg der Geflüchteten nach: Über welche Orte führt er nach Jerewan, und wo wurden die Geflüchteten registriert?',
          'Welche zwei Namen hat die Hauptstadt der Region, und wer verwendet welchen?',
          'Drei Zahlen zur Flucht: Wer nennt welche Zahl, und für welchen Zeitpunkt?',
          'Was ist eine Exklave? Finden Sie die Exklave auf der Karte.',
        ],
        ...sheetExtras.map,
      },
    },
  },
  en: {
    heading: 'Worksheet',
    intro: 'Answer the questions with the help of the graphic. Every statement in the graphic is backed on the sources page.',
    name: 'Name',
    date: 'Date',
    questions: 'Questions',
    printHint: 'To print: Ctrl+P (Mac: ⌘+P). The sheet fits A4 and Letter.',
    materialHeading: 'From the report',
    answers: {
      title: (sheet) => `Answer key: ${sheet.replace(/^Worksheet: /, '')} worksheet`,
      intro: 'For the teacher, not for the pupils\' sheet. The answers come from the same records as the sheet\'s graphics; every line is backed on the sources page.',
      link: 'Answer key for the teacher',
      backToSheet: 'To the worksheet',
      withTranslation: true,
      open: { reasoning: 'The reasoning is open.', 'any-of': 'Any of the events listed is a right answer; the reasoning is open.' },
      copy: {
        dated: (title, date) => `${title} (${date})`,
        relativeDate: (phrase, derivation) => `“${phrase}”: ${derivation}.`,
        derivation: (date) => describeDerivation(date, 'en'),
        approximateMark: 'In the graphic: a fading bar instead of a point; a thin bar where only the month is known.',
        claimBy: (who) => `The statement comes from ${who}; it gives one side's view, not a fact.`,
        pairOn: (date, pair, label) => `On ${date} the graph shows for ${pair}: ${label}`,
        pairChange: (pair, to, added, ended) => [`${pair}:`, added.length > 0 && `new on ${to}: ${added.join(', ')}.`, ended.length > 0 && `No longer shown: ${ended.join(', ')}.`].filter(Boolean).join(' '),
        othersUnchanged: 'Every other line stays as it was.',
        route: (places, registeredAt) => `The route runs from ${places[0]} via ${places.slice(1, -1).join(' and ')} to ${places[places.length - 1]}; the refugees were registered in ${registeredAt}.`,
        figure: (value, label, by, asOf) => `${value} ${label}: ${by}${asOf ? `, as of ${asOf}` : ''}`,
        names: (names) => `Two names: ${names}.`,
      },
    },
    views: {
      timeline: {
        title: 'Worksheet: timeline',
        questions: [
          'Put three events of the report in order: what happened first, what last?',
          'The report says “on Monday”. Which date is meant, and how can you work it out?',
          'Which events are dated only approximately? How can you tell in the graphic?',
          'Name a background event before 2023 and explain why it matters for the report.',
        ],
        ...sheetExtras.timeline,
      },
      relations: {
        title: 'Worksheet: relationship graph',
        questions: [
          'How does the article describe relations between the US and Azerbaijan before September 2023?',
          'Who says relations were “seriously damaged”? Why does it matter to know?',
          'Which of Armenia\'s relations changes “in recent months”, according to the report, and in which direction?',
          'Compare the two graphs: what changes in the network between 28 November and 6 December 2023?',
        ],
        ...sheetExtras.relations,
      },
      map: {
        title: 'Worksheet: map',
        questions: [
          'Trace the refugees\' route: through which places does it lead to Yerevan, and where were the refugees registered?',
          'Which two names does the region\'s capital have, and who uses which?',
          'Three numbers on the exodus: who gives which number, and for which point in time?',
          'What is an exclave? Find the exclave on the map.',
        ],
        ...sheetExtras.map,
      },
    },
  },
};
