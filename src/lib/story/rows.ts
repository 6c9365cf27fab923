/**
 * Joins the story's steps with the records and the copy into what the story page renders: each
 * step's texts in one language, who says it, when (with its precision), the link to its first
 * record on the sources page, and the graph's date and pair for its drawing.
 */
import type { DataEvent, DataStoryStep } from '../data/types';
import type { Locale } from '../locale';
import { describeCitation, describeDate, sourcesAnchor } from '../text/describe';
import { pairKey } from './steps';

/** One step as the page renders it. */
export interface StoryRow {
  number: number;
  id: string;
  chapter: DataStoryStep['chapter'];
  title: string;
  text: string;
  quote?: string;
  translation?: string;
  /** Whose account it is: the claim's attribution, the reporter, or the background's sources. */
  who: string;
  /** The date in words, with its precision's name. */
  when: string;
  isoDate: string;
  precision: DataStoryStep['date']['precision'];
  /** Anchor of the step's first record on the sources page. */
  sourcesAnchor: string;
  /** The date the graph shows for the step: its own, else its event's start. */
  graphDate: string;
  /** The graph's edge ids the step highlights (both orders of its pair). */
  pairEdges: string[];
}

/** Words the rows need, in the page's language. */
export interface StoryRowText {
  reporter: string;
  background: string;
  precision: Record<DataStoryStep['date']['precision'], string>;
}

/** The story's rows in one language; a step whose event is missing stops the build. */
export function storyRows(steps: readonly DataStoryStep[], events: readonly DataEvent[], locale: Locale, text: StoryRowText): StoryRow[] {
  const eventById = new Map(events.map((e) => [e.id, e]));
  return steps.map((step) => {
    const event = eventById.get(step.view.event);
    if (!event) throw new Error(`story step ${step.id}: unknown event ${step.view.event}`);
    const [kind, id] = step.records[0]!.split(':') as ['event' | 'relation' | 'actor' | 'place', string];
    const who = step.claim
      ? step.claim.attribution[locale]
      : step.origin === 'article'
        ? text.reporter
        : `${text.background}: ${step.citations.map((c) => describeCitation(c, locale)).join('; ')}`;
    const pair = step.view.pair ? pairKey(step.view.pair) : undefined;
    return {
      number: step.number,
      id: step.id,
      chapter: step.chapter,
      title: step.title[locale],
      text: step.text[locale],
      ...(step.quote ? { quote: step.quote } : {}),
      ...(step.translation ? { translation: step.translation } : {}),
      who,
      when: `${describeDate(step.date, locale)} (${text.precision[step.date.precision]})`,
      isoDate: step.date.start,
      precision: step.date.precision,
      sourcesAnchor: sourcesAnchor(kind, id),
      graphDate: step.view.date ?? event.date.start,
      pairEdges: pair ? [pair, pair.split('--').reverse().join('--')] : [],
    };
  });
}
