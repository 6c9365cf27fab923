/**
 * The guided story's checks, run by the pipeline on `data/story.yaml`: every reference names a
 * record, every key-word quotation is in the article and inside the sentences of the step's own
 * records, the report's steps follow the order of its sentences, the background chapter comes
 * first, and every article record is told by some step or listed with the reason it is not.
 */
import type { z } from 'astro/zod';
import type { DataActor, DataEvent, DataPlace, DataRelation, DataStory, DataStoryStep, QuoteLocation, ResolvedDating } from '../data/types';
import type { Citation, Claim } from '../schema/common';
import { storyFileSchema } from '../schema/story';
import type { DataError } from './errors';
import { findQuote } from './quotes';
import type { Sentence } from './sentences';
import type { YamlFile } from './yaml-file';

/** What the story's checks need to know about one record of the data. */
export interface StoryRecord {
  origin: 'article' | 'background';
  /** Sentence numbers of its quotation, for article records. */
  sentences: number[];
  date?: ResolvedDating;
  claim?: Claim;
  citation?: Citation;
  /** Records it brings with it: an event's actors and place, a relation's two actors. */
  reaches: string[];
}

/**
 * The records a story step can name, by reference (`event:phone-call`): what each says about its
 * sources and date, and the actors and place it brings with it.
 */
export function storyRecordsOf(data: { events: readonly DataEvent[]; relations: readonly DataRelation[]; actors: readonly DataActor[]; places: readonly DataPlace[] }): Map<string, StoryRecord> {
  const records = new Map<string, StoryRecord>();
  const sentencesOf = (q: { quoteLocation?: { sentences: number[] } }) => q.quoteLocation?.sentences ?? [];
  for (const e of data.events) {
    records.set(`event:${e.id}`, { origin: e.origin, sentences: sentencesOf(e), date: e.date, claim: e.claim, citation: e.citation ?? e.date.citation, reaches: [...e.actors.map((a) => `actor:${a}`), ...(e.place ? [`place:${e.place}`] : [])] });
  }
  for (const r of data.relations) {
    records.set(`relation:${r.id}`, { origin: r.origin, sentences: sentencesOf(r), date: r.date, claim: r.claim, citation: r.citation ?? r.date.citation, reaches: [`actor:${r.from}`, `actor:${r.to}`] });
  }
  for (const a of data.actors) records.set(`actor:${a.id}`, { origin: a.origin, sentences: sentencesOf(a), reaches: [] });
  for (const p of data.places) records.set(`place:${p.id}`, { origin: p.origin, sentences: sentencesOf(p), reaches: [] });
  return records;
}

/** The records of the data by reference (`event:phone-call`), and the actor ids. */
export interface StoryContext {
  records: ReadonlyMap<string, StoryRecord>;
  actorIds: ReadonlySet<string>;
  placeIds: ReadonlySet<string>;
  article: string;
  sentences: readonly Sentence[];
}

type Locate = (path: (string | number)[], message: string) => void;

/**
 * Validates the story file and resolves each step's speaker, date and sources from its first
 * record. Errors go to `errors`, located in the file; the result is undefined when any was found.
 */
export function buildStory(yaml: YamlFile, ctx: StoryContext, errors: DataError[]): DataStory | undefined {
  const before = errors.length;
  const report: Locate = (path, message) => {
    const { line, col } = yaml.locate(path);
    const where = path.filter((p) => typeof p === 'string').join('.');
    errors.push({ file: yaml.file, line, col, message: where ? `${where}: ${message}` : message });
  };
  if (yaml.errors.length > 0) {
    errors.push(...yaml.errors);
    return undefined;
  }
  const parsed = storyFileSchema.safeParse(yaml.value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) report(issue.path, issue.message);
    return undefined;
  }
  const file: z.output<typeof storyFileSchema> = parsed.data;
  const seen = new Set<string>();
  const reached = new Set<string>();
  const steps: DataStoryStep[] = [];
  let lastQuoteStart = -1;
  let reportStarted = false;

  file.steps.forEach((step, index) => {
    const at = (...path: (string | number)[]) => ['steps', index, ...path];
    if (seen.has(step.id)) report(at('id'), `duplicate step id "${step.id}"`);
    seen.add(step.id);
    if (step.chapter === 'report') reportStarted = true;
    else if (reportStarted) report(at('chapter'), 'the background chapter comes before the report\'s steps');

    const records = step.records.map((ref, i) => {
      const record = ctx.records.get(ref);
      if (!record) report(at('records', i), `unknown record "${ref}"`);
      else if (step.chapter === 'background' && record.origin !== 'background') report(at('records', i), `a background step tells background records; "${ref}" is from the article`);
      return record;
    });
    for (const ref of step.records) {
      reached.add(ref);
      for (const more of ctx.records.get(ref)?.reaches ?? []) reached.add(more);
    }

    const { view } = step;
    const event = ctx.records.get(`event:${view.event}`);
    if (!event) report(at('view', 'event'), `unknown event "${view.event}"`);
    else if (!step.records.includes(`event:${view.event}`)) report(at('view', 'event'), `the step's event "${view.event}" is not among its records`);
    if (view.place !== undefined) {
      if (!ctx.placeIds.has(view.place)) report(at('view', 'place'), `unknown place "${view.place}"`);
      else reached.add(`place:${view.place}`);
    }
    view.pair?.forEach((id, i) => {
      if (!ctx.actorIds.has(id)) report(at('view', 'pair', i), `unknown actor "${id}"`);
    });

    let quoteLocation: QuoteLocation | undefined;
    if (step.quote !== undefined) {
      const found = findQuote(ctx.article, step.quote);
      if (!found) report(at('quote'), `quote not found in the article: "${step.quote.length > 80 ? `${step.quote.slice(0, 79)}…` : step.quote}"`);
      else {
        const hit = ctx.sentences.filter((s) => s.start < found.end && found.start < s.end).map((s) => s.index);
        quoteLocation = { start: found.start, end: found.end, sentences: hit };
        const own = new Set(records.flatMap((r) => r?.sentences ?? []));
        if (records.every(Boolean) && !hit.every((n) => own.has(n))) report(at('quote'), `the key words are in sentence ${hit.join(', ')}, which none of the step's records quotes`);
        if (found.start <= lastQuoteStart) report(at('quote'), 'the report\'s steps follow the order of its sentences: this quotation comes before the previous step\'s');
        lastQuoteStart = found.start;
      }
    }

    const main = records[0];
    if (!main?.date) return;
    steps.push({
      ...step,
      number: index + 1,
      date: main.date,
      origin: main.origin,
      ...(main.claim ? { claim: main.claim } : {}),
      citations: dedupeCitations(records.map((r) => r?.citation).filter((c): c is Citation => c !== undefined)),
      ...(quoteLocation ? { quoteLocation } : {}),
    });
  });

  const listed = new Set<string>();
  file.notReached.forEach((entry, i) => {
    const path = ['notReached', i, 'record'];
    if (!ctx.records.has(entry.record)) report(path, `unknown record "${entry.record}"`);
    else if (reached.has(entry.record)) report(path, `"${entry.record}" is told by a step; it cannot also be left out`);
    listed.add(entry.record);
  });
  for (const [ref, record] of ctx.records) {
    if (record.origin !== 'article' || reached.has(ref) || listed.has(ref)) continue;
    report(['steps'], `the article record "${ref}" is told by no step; add it to a step's records or to notReached with the reason`);
  }

  if (errors.length > before) return undefined;
  return { steps, notReached: file.notReached };
}

function dedupeCitations(citations: Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.publisher}|${c.url ?? ''}|${c.title ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
