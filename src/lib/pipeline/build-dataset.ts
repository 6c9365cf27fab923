import { z } from 'astro/zod';
import { actorSchema } from '../schema/actor';
import { articleMetaSchema, exclusionSchema } from '../schema/article';
import type { LocalizedText } from '../schema/common';
import type { Dating } from '../schema/date';
import { eventSchema } from '../schema/event';
import { placeSchema } from '../schema/place';
import { drawnEnds, periodEndOf } from './open-ends';
import { relationSchema, toneOfKind } from '../schema/relation';
import { mainActorIds } from '../encoding/actors';
import type { CoverageRow, DataStory, Dataset, DataActor, DataEvent, DataPlace, DataRelation, Derivation, QuoteLocation, ResolvedDating } from '../data/types';
import { sortDataErrors, type DataError } from './errors';
import { mainActorOf } from '../timeline/events';
import { findQuote } from './quotes';
import { checkInputText, maxFieldLength, overlongStrings } from './input-text';
import { deriveRelativeDate, lastDayOfMonth } from './relative-dates';
import { splitSentences, type Sentence } from './sentences';
import { buildStory, type StoryRecord } from './story';
import { parseYamlFile, type YamlFile } from './yaml-file';

/** The input files the pipeline reads, relative to the project root. */
export const inputPaths = {
  actors: 'data/actors.yaml',
  places: 'data/places.yaml',
  events: 'data/events.yaml',
  relations: 'data/relations.yaml',
  meta: 'data/sources/reuters-2023-11-28/meta.yaml',
  excluded: 'data/sources/reuters-2023-11-28/excluded.yaml',
  /** Optional: without it the dataset has an empty story. */
  story: 'data/story.yaml',
} as const;

/** The pipeline's inputs: file contents by path, plus the article text (path from the metadata). */
export type PipelineInputs = Record<string, string>;

/** Either every error found, or the whole dataset: never half of one. */
export type PipelineResult = { ok: true; dataset: Dataset } | { ok: false; errors: DataError[] };

/** Path of the article text, given the path of its metadata file and the `textFile` field. */
export function articleTextPath(textFile: string): string {
  return inputPaths.meta.replace(/[^/]+$/, textFile);
}

interface Located<T> {
  value: T;
  index: number;
}

function validateList<S extends z.ZodTypeAny>(yaml: YamlFile, schema: S, errors: DataError[]): Located<z.output<S>>[] {
  if (yaml.errors.length > 0) {
    errors.push(...yaml.errors);
    return [];
  }
  if (!Array.isArray(yaml.value)) {
    errors.push({ file: yaml.file, line: 1, col: 1, message: 'expected a list of records' });
    return [];
  }
  const out: Located<z.output<S>>[] = [];
  yaml.value.forEach((item, index) => {
    const overlong = overlongStrings(item, [index]);
    if (overlong.length > 0) {
      for (const path of overlong) pushIssue(yaml, path, `text is longer than ${maxFieldLength} characters`, errors);
      return;
    }
    const parsed = schema.safeParse(item);
    if (parsed.success) out.push({ value: parsed.data, index });
    else for (const issue of parsed.error.issues) pushIssue(yaml, [index, ...issue.path], issue.message, errors);
  });
  return out;
}

function pushIssue(yaml: YamlFile, path: (string | number)[], message: string, errors: DataError[]): void {
  const { line, col } = yaml.locate(path);
  const where = path.filter((p) => typeof p === 'string').join('.');
  errors.push({ file: yaml.file, line, col, message: where ? `${where}: ${message}` : message });
}

function truncate(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function excerptOf(text: string, words = 6): string {
  const parts = text.split(/\s+/);
  return parts.length > words ? `${parts.slice(0, words).join(' ')} …` : text;
}

/**
 * What the views need to say how a relative date was derived (the words are i18n's): the
 * report's date and, for a date after another event, that event's title and last day.
 */
function derivationOf(dating: Dating, published: string, anchor: { event: string; title: LocalizedText | undefined; end: string | undefined } | undefined): Derivation | undefined {
  if (dating.relative === undefined) return undefined;
  if (anchor === undefined || anchor.title === undefined || anchor.end === undefined) return { published };
  return { published, anchor: { event: anchor.event, title: anchor.title, end: anchor.end } };
}

/**
 * Validates every input and builds the dataset. Pure: it reads only `inputs` and returns either
 * the complete dataset or every error found, each located to file, line and column.
 */
export function buildDataset(inputs: PipelineInputs, generatedBy = 'npm run data'): PipelineResult {
  const errors: DataError[] = [];
  const read = (path: string): string | undefined => {
    const text = inputs[path];
    if (text === undefined) {
      errors.push({ file: path, line: 0, col: 0, message: 'file is missing' });
      return undefined;
    }
    const problems = checkInputText(path, text);
    errors.push(...problems);
    return problems.length > 0 ? undefined : text;
  };
  const yamlOf = (path: string): YamlFile | undefined => {
    const text = read(path);
    return text === undefined ? undefined : parseYamlFile(path, text);
  };

  const metaYaml = yamlOf(inputPaths.meta);
  let meta: z.output<typeof articleMetaSchema> | undefined;
  if (metaYaml) {
    if (metaYaml.errors.length) errors.push(...metaYaml.errors);
    else if (overlongStrings(metaYaml.value).length > 0) {
      for (const path of overlongStrings(metaYaml.value)) pushIssue(metaYaml, path, `text is longer than ${maxFieldLength} characters`, errors);
    } else {
      const parsed = articleMetaSchema.safeParse(metaYaml.value);
      if (parsed.success) meta = parsed.data;
      else for (const issue of parsed.error.issues) pushIssue(metaYaml, issue.path, issue.message, errors);
    }
  }
  const textPath = meta ? articleTextPath(meta.textFile) : undefined;
  const article = textPath ? read(textPath) : undefined;

  const files = {
    actors: yamlOf(inputPaths.actors),
    places: yamlOf(inputPaths.places),
    events: yamlOf(inputPaths.events),
    relations: yamlOf(inputPaths.relations),
    excluded: yamlOf(inputPaths.excluded),
  };
  const actors = files.actors ? validateList(files.actors, actorSchema, errors) : [];
  const places = files.places ? validateList(files.places, placeSchema, errors) : [];
  const events = files.events ? validateList(files.events, eventSchema, errors) : [];
  const relations = files.relations ? validateList(files.relations, relationSchema, errors) : [];
  const exclusions = files.excluded ? validateList(files.excluded, exclusionSchema, errors) : [];

  // Unique ids, per kind of record.
  const checkUnique = (yaml: YamlFile | undefined, list: Located<{ id: string }>[]) => {
    const seen = new Set<string>();
    for (const { value, index } of list) {
      if (seen.has(value.id)) pushIssue(yaml!, [index, 'id'], `duplicate id "${value.id}"`, errors);
      seen.add(value.id);
    }
    return seen;
  };
  const actorIds = checkUnique(files.actors, actors);
  const placeIds = checkUnique(files.places, places);
  const eventIds = checkUnique(files.events, events);
  checkUnique(files.relations, relations);

  // References.
  const refTo = (yaml: YamlFile, set: Set<string>, kind: string, id: string | undefined, path: (string | number)[]) => {
    if (id !== undefined && !set.has(id)) pushIssue(yaml, path, `unknown ${kind} "${id}"`, errors);
  };
  for (const { value: a, index } of actors) {
    refTo(files.actors!, actorIds, 'actor', a.speaksFor, [index, 'speaksFor']);
    refTo(files.actors!, actorIds, 'actor', a.claim?.by, [index, 'claim', 'by']);
  }
  for (const { value: e, index } of events) {
    e.actors.forEach((id, i) => refTo(files.events!, actorIds, 'actor', id, [index, 'actors', i]));
    refTo(files.events!, placeIds, 'place', e.place, [index, 'place']);
    refTo(files.events!, actorIds, 'actor', e.claim?.by, [index, 'claim', 'by']);
    refTo(files.events!, eventIds, 'event', e.partOf, [index, 'partOf']);
    if (e.partOf === e.id) pushIssue(files.events!, [index, 'partOf'], 'an event cannot be part of itself', errors);
    const figureIds = new Set<string>();
    e.figures?.forEach((f, i) => {
      if (figureIds.has(f.id)) pushIssue(files.events!, [index, 'figures', i, 'id'], `duplicate figure id "${f.id}"`, errors);
      figureIds.add(f.id);
    });
  }
  // Every event needs a lane: an actor with its own accent among its actors or their principals.
  const speaksFor = new Map(actors.flatMap(({ value: a }) => (a.speaksFor ? [[a.id, a.speaksFor] as [string, string]] : [])));
  for (const { value: e, index } of events) {
    if (e.actors.some((id) => !actorIds.has(id))) continue;
    if (mainActorOf(e, speaksFor) === undefined) pushIssue(files.events!, [index, 'actors'], `no actor with a lane of its own (${mainActorIds.join(', ')}), directly or through speaksFor: the event has no place on the timeline`, errors);
  }
  for (const { value: r, index } of relations) {
    refTo(files.relations!, actorIds, 'actor', r.from, [index, 'from']);
    refTo(files.relations!, actorIds, 'actor', r.to, [index, 'to']);
    refTo(files.relations!, actorIds, 'actor', r.claim?.by, [index, 'claim', 'by']);
  }

  // Quotes, against the article text.
  const sentences: Sentence[] = article ? splitSentences(article) : [];
  const usedBy = new Map<number, Set<string>>();
  const locateQuote = (yaml: YamlFile, path: (string | number)[], quote: string | undefined, owner: string): QuoteLocation | undefined => {
    if (quote === undefined || article === undefined) return undefined;
    const found = findQuote(article, quote);
    if (!found) {
      pushIssue(yaml, path, `quote not found in the article: "${truncate(quote)}"`, errors);
      return undefined;
    }
    const hit = sentences.filter((s) => s.start < found.end && found.start < s.end).map((s) => s.index);
    for (const n of hit) {
      if (!usedBy.has(n)) usedBy.set(n, new Set());
      usedBy.get(n)!.add(owner);
    }
    return { start: found.start, end: found.end, sentences: hit };
  };
  if (meta && metaYaml) locateQuote(metaYaml, ['headline', 'de'], meta.headline.de, 'article:headline');

  const withQuote = <T extends { id: string; quote?: string }>(yaml: YamlFile | undefined, list: Located<T>[], kind: string) =>
    list.map(({ value, index }) => ({ value, index, quoteLocation: yaml ? locateQuote(yaml, [index, 'quote'], value.quote, `${kind}:${value.id}`) : undefined }));
  const actorsQ = withQuote(files.actors, actors, 'actor');
  const placesQ = withQuote(files.places, places, 'place');
  const eventsQ = withQuote(files.events, events, 'event');
  const relationsQ = withQuote(files.relations, relations, 'relation');
  for (const { value: e, index } of events) {
    e.figures?.forEach((f, i) => locateQuote(files.events!, [index, 'figures', i, 'quote'], f.quote, `event:${e.id}`));
  }

  // Dates: resolve ends, derive relative phrases, check agreement.
  const published = meta?.published;
  const resolveEnd = (d: Dating) => d.end ?? (d.precision === 'month' ? lastDayOfMonth(d.start) : d.start);
  const eventEnds = new Map(events.map(({ value }) => [value.id, resolveEnd(value.date)]));
  const eventTitles = new Map(events.map(({ value }) => [value.id, value.title]));
  const resolveDate = (yaml: YamlFile, path: (string | number)[], d: Dating, quoted: boolean): ResolvedDating => {
    const end = resolveEnd(d);
    const resolved: ResolvedDating = { ...d, end };
    if (d.phrase !== undefined && quoted && article !== undefined && !findQuote(article, d.phrase)) {
      pushIssue(yaml, [...path, 'phrase'], `date phrase not found in the article: "${truncate(d.phrase)}"`, errors);
    }
    if (d.relative === undefined || published === undefined) return resolved;
    const derived = deriveRelativeDate(d.relative, published, eventEnds);
    if (derived.kind === 'error') {
      pushIssue(yaml, [...path, 'relative'], derived.message, errors);
      return resolved;
    }
    if (derived.kind === 'exact' && (d.start !== derived.date || end !== derived.date)) {
      pushIssue(yaml, [...path, 'start'], `"${d.phrase}" in a report of ${published} means ${derived.date}, but the record says ${d.start}`, errors);
    }
    if (derived.kind === 'window') {
      if (derived.earliest !== undefined && d.start < derived.earliest) pushIssue(yaml, [...path, 'start'], `"${d.phrase}" means on or after ${derived.earliest}, but the record starts ${d.start}`, errors);
      if (derived.latest !== undefined && end > derived.latest) pushIssue(yaml, [...path, 'end'], `"${d.phrase}" means on or before ${derived.latest}, but the record ends ${end}`, errors);
    }
    const anchor = d.relative.rule === 'after-event' ? { event: d.relative.event, title: eventTitles.get(d.relative.event), end: eventEnds.get(d.relative.event) } : undefined;
    const derivation = derivationOf(d, published, anchor);
    return derivation ? { ...resolved, derivation } : resolved;
  };

  const outEvents: DataEvent[] = eventsQ.map(({ value, index, quoteLocation }) => ({
    ...value,
    date: resolveDate(files.events!, [index, 'date'], value.date, value.origin === 'article'),
    ...(quoteLocation ? { quoteLocation } : {}),
  }));
  const resolvedRelations = relationsQ.map(({ value, index, quoteLocation }) => ({
    ...value,
    date: resolveDate(files.relations!, [index, 'date'], value.date, value.origin === 'article'),
    tone: toneOfKind[value.kind],
    ...(quoteLocation ? { quoteLocation } : {}),
  }));
  // An open end continues to a later record of the pair or to the end of the period shown.
  const ends = drawnEnds(resolvedRelations, periodEndOf([...outEvents, ...resolvedRelations]));
  const outRelations: DataRelation[] = resolvedRelations.map((r) => ({ ...r, drawnEnd: ends.get(r.id) ?? r.date.end }));
  const outActors: DataActor[] = actorsQ.map(({ value, quoteLocation }) => ({ ...value, ...(quoteLocation ? { quoteLocation } : {}) }));
  const outPlaces: DataPlace[] = placesQ.map(({ value, quoteLocation }) => ({ ...value, ...(quoteLocation ? { quoteLocation } : {}) }));

  // Coverage: every sentence used by a record or excluded with a reason.
  const excludedRows = new Map<number, z.output<typeof exclusionSchema>>();
  if (article !== undefined && files.excluded) {
    for (const { value: x, index } of exclusions) {
      const found = findQuote(article, x.text);
      if (!found) {
        pushIssue(files.excluded, [index, 'text'], `excluded text not found in the article: "${truncate(x.text)}"`, errors);
        continue;
      }
      for (const s of sentences.filter((s) => s.start < found.end && found.start < s.end)) {
        if (usedBy.has(s.index)) pushIssue(files.excluded, [index, 'text'], `sentence ${s.index} is excluded but also used by ${[...usedBy.get(s.index)!].sort().join(', ')}`, errors);
        excludedRows.set(s.index, x);
      }
    }
  }
  const rows: CoverageRow[] = sentences.map((s) => {
    const x = excludedRows.get(s.index);
    return {
      index: s.index,
      excerpt: excerptOf(s.text),
      usedBy: [...(usedBy.get(s.index) ?? [])].sort(),
      ...(x ? { exclusion: { reason: x.reason, note: x.note } } : {}),
    };
  });
  if (textPath && article !== undefined) {
    for (const s of sentences) {
      if (usedBy.has(s.index) || excludedRows.has(s.index)) continue;
      const before = article.slice(0, s.start);
      const line = before.split('\n').length;
      const col = s.start - before.lastIndexOf('\n');
      errors.push({ file: textPath, line, col, message: `sentence ${s.index} is neither used by a record nor excluded: "${truncate(s.text, 60)}"` });
    }
  }

  // The guided story, checked against the records and the article.
  let story: DataStory = { steps: [], notReached: [] };
  const storyText = inputs[inputPaths.story];
  if (storyText !== undefined && article !== undefined) {
    const records = new Map<string, StoryRecord>();
    const sentencesOf = (q: { quoteLocation?: { sentences: number[] } }) => q.quoteLocation?.sentences ?? [];
    for (const e of outEvents) {
      records.set(`event:${e.id}`, { origin: e.origin, sentences: sentencesOf(e), date: e.date, claim: e.claim, citation: e.citation ?? e.date.citation, reaches: [...e.actors.map((a) => `actor:${a}`), ...(e.place ? [`place:${e.place}`] : [])] });
    }
    for (const r of outRelations) {
      records.set(`relation:${r.id}`, { origin: r.origin, sentences: sentencesOf(r), date: r.date, claim: r.claim, citation: r.citation ?? r.date.citation, reaches: [`actor:${r.from}`, `actor:${r.to}`] });
    }
    for (const a of outActors) records.set(`actor:${a.id}`, { origin: a.origin, sentences: sentencesOf(a), reaches: [] });
    for (const p of outPlaces) records.set(`place:${p.id}`, { origin: p.origin, sentences: sentencesOf(p), reaches: [] });
    const built = buildStory(parseYamlFile(inputPaths.story, storyText), { records, actorIds, placeIds, article, sentences }, errors);
    if (built) story = built;
  }

  if (errors.length > 0 || !meta || article === undefined) {
    return { ok: false, errors: sortDataErrors(errors) };
  }
  const covered = rows.filter((r) => r.usedBy.length > 0).length;
  const byDate = <T extends { id: string; date: ResolvedDating }>(a: T, b: T) => a.date.start.localeCompare(b.date.start) || a.date.end.localeCompare(b.date.end) || a.id.localeCompare(b.id);
  return {
    ok: true,
    dataset: {
      manifest: {
        generatedBy,
        article: meta,
        inputs: {},
        counts: { actors: outActors.length, places: outPlaces.length, events: outEvents.length, relations: outRelations.length, steps: story.steps.length },
        coverage: { sentences: rows.length, covered, excluded: excludedRows.size, percent: rows.length ? Math.round(((covered + excludedRows.size) / rows.length) * 1000) / 10 : 0, rows },
      },
      actors: outActors,
      places: outPlaces,
      events: outEvents.sort(byDate),
      relations: outRelations.sort(byDate),
      story,
    },
  };
}
