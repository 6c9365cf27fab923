/**
 * The teacher's answer key to each worksheet, from the records the sheet draws: the graph's
 * lines come from `graphStateAt` on the question's date, the route from the map's own waypoints,
 * the figures and names from the records. So the key cannot say what the drawing does not show;
 * when the data changes, the key changes with it.
 */
import type { Dataset, ResolvedDating } from '../data/types';
import { formatDay, formatMonth, formatNumber } from '../format/dates';
import type { Locale } from '../locale';
import { graphDataOf } from '../graph/graph-model';
import { graphStateAt } from '../graph/graph-state';
import { exodusWaypoints } from '../map/features';
import { lessonClaims } from './lesson-claims';
import { describeDate } from '../text/describe';

type Data = Pick<Dataset, 'events' | 'relations' | 'actors' | 'places'>;

/** The worksheets that have an answer key. */
export type SheetView = 'timeline' | 'relations' | 'map';

/** One line of an answer: what to look for, and where given the report's words that back it. */
export interface AnswerLine {
  text: string;
  /** The article's words, when the line rests on a quotation. */
  quote?: string;
  /** Their English translation, for the English key. */
  translation?: string;
}

/**
 * The answer to one question: its lines, and whether the question also asks for the pupil's own
 * reasoning (`reasoning`), or for one of the listed items with the reasoning (`any-of`).
 */
export interface Answer {
  lines: AnswerLine[];
  open?: 'reasoning' | 'any-of';
}

/** The sentences an answer key is written in, in the sheet's language. */
export interface AnswerCopy {
  /** `"Title" (date)` for an event in a list. */
  dated: (title: string, date: string) => string;
  /** What a relative date in the report means, and how it is worked out. */
  relativeDate: (phrase: string, derivation: string) => string;
  /** How a relative date was worked out from the report's own date, in words. */
  derivation: (date: ResolvedDating) => string | undefined;
  /** The mark the timeline draws for an approximate date. */
  approximateMark: string;
  /** Who makes a claim. */
  claimBy: (who: string) => string;
  /** One relation the graph draws for a pair on a date. */
  pairOn: (date: string, pair: string, label: string) => string;
  /** A pair whose relations change between two dates: what the later drawing adds and what it no longer shows. */
  pairChange: (pair: string, to: string, added: string[], ended: string[]) => string;
  /** Every other line stays as it was. */
  othersUnchanged: string;
  /** The route in order, and where the refugees were registered. */
  route: (places: string[], registeredAt: string) => string;
  /** One figure of the exodus with who gives it. */
  figure: (value: string, label: string, by: string, asOf?: string) => string;
  /** A place with its two names. */
  names: (names: string) => string;
}

const pairName = (pair: string, name: (id: string) => string) => pair.split('--').map(name).join(' – ');

/** The answers to a sheet's questions, in the order of its questions. */
export function answerKey(view: SheetView, data: Data, locale: Locale, copy: AnswerCopy): Answer[] {
  const actorName = (id: string) => data.actors.find((a) => a.id === id)?.short[locale] ?? id;
  const placeName = (id: string) => data.places.find((p) => p.id === id)?.names[locale] ?? id;
  const day = (iso: string) => formatDay(iso, locale);
  const dated = (e: Data['events'][number]) => copy.dated(e.title[locale], describeDate(e.date, locale));
  const byDate = [...data.events].sort((a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id));
  const graph = graphDataOf(data.actors, data.relations, data.events);
  const relationsOf = (date: string, pair: string) =>
    (graphStateAt(date, graph).edges.find((e) => e.id === pair)?.relationIds ?? []).map((id) => data.relations.find((r) => r.id === id)!);
  const labelsOf = (date: string, pair: string) => relationsOf(date, pair).map((r) => r.label[locale]);
  const claims = (index: number) => lessonClaims[`worksheet.${view}.${index}`] ?? [];

  switch (view) {
    case 'timeline': {
      const weekday = claims(1).flatMap((c) => (c.kind === 'weekday-date' ? [c.event] : []));
      const relative = data.events.filter((e) => weekday.includes(e.id) && e.date.phrase && copy.derivation(e.date));
      return [
        { lines: byDate.filter((e) => e.origin === 'article').map((e) => ({ text: dated(e) })) },
        { lines: relative.map((e) => ({ text: copy.relativeDate(e.date.phrase!, copy.derivation(e.date)!), quote: e.quote, translation: e.translation })) },
        { lines: [...byDate.filter((e) => e.date.precision === 'vague' || e.date.precision === 'month').map((e) => ({ text: dated(e) })), { text: copy.approximateMark }] },
        { lines: byDate.filter((e) => e.origin === 'background' && e.date.start < '2023').map((e) => ({ text: dated(e) })), open: 'any-of' },
      ];
    }
    case 'relations': {
      const linesOf = (index: number): AnswerLine[] => {
        const lines = claims(index).flatMap((claim): AnswerLine[] => {
          if (claim.kind === 'pair-relations') return relationsOf(claim.date, claim.pair).map((r) => ({ text: copy.pairOn(day(claim.date), pairName(claim.pair, actorName), r.label[locale]), quote: r.quote, translation: r.translation }));
          if (claim.kind === 'claimed-by') {
            const record = [...data.events, ...data.relations].find((r) => r.id === claim.record);
            return record?.claim?.by ? [{ text: copy.claimBy(actorName(record.claim.by)), quote: record.quote, translation: record.translation }] : [];
          }
          if (claim.kind === 'pairs-change') {
            const before = graphStateAt(claim.from, graph).edges;
            const after = graphStateAt(claim.to, graph).edges;
            const pairs = [...new Set([...before, ...after].map((e) => e.id))].sort();
            const changes = pairs.map((p) => {
              const was = labelsOf(claim.from, p);
              const is = labelsOf(claim.to, p);
              return { pair: p, added: is.filter((l) => !was.includes(l)), ended: was.filter((l) => !is.includes(l)) };
            });
            return [...changes.filter((c) => c.added.length + c.ended.length > 0).map((c) => ({ text: copy.pairChange(pairName(c.pair, actorName), day(claim.to), c.added, c.ended) })), { text: copy.othersUnchanged }];
          }
          return [];
        });
        // A relation and the event that reports it make the same line: it is given once, with the longer quotation.
        const longest = (text: string) => lines.filter((l) => l.text === text).sort((a, b) => (b.quote?.length ?? 0) - (a.quote?.length ?? 0))[0]!;
        return [...new Set(lines.map((l) => l.text))].map(longest);
      };
      return [0, 1, 2, 3].map((i): Answer => (i === 1 ? { lines: linesOf(i), open: 'reasoning' } : { lines: linesOf(i) }));
    }
    case 'map': {
      const exodus = data.events.find((e) => e.id === 'exodus');
      const capital = data.places.find((p) => p.id === 'khankendi-stepanakert');
      const exclave = data.places.find((p) => p.id === 'nakhchivan');
      return [
        { lines: exodus?.place ? [{ text: copy.route(exodusWaypoints.map(placeName), placeName(exodus.place)) }] : [] },
        { lines: capital ? [{ text: copy.names(capital.names[locale]) }, ...(capital.description ? [{ text: capital.description[locale], quote: capital.quote, translation: capital.translation }] : [])] : [] },
        { lines: (exodus?.figures ?? []).map((f) => ({ text: copy.figure(formatNumber(f.value, locale), f.label[locale], f.by[locale], f.asOf ? (f.asOf.length === 7 ? formatMonth(`${f.asOf}-01`, locale) : day(f.asOf)) : undefined), quote: f.quote })) },
        { lines: exclave?.description ? [{ text: `${exclave.names[locale]}: ${exclave.description[locale]}` }] : [] },
      ];
    }
  }
}
