/**
 * The data pipeline, pure: the YAML records and the article in, the whole dataset or every
 * located error out. Its stages each live in a module of their own: schemas
 * (`validate-records.ts`), ids and references (`check-references.ts`), quotations
 * (`quote-locator.ts`), dates (`resolve-dates.ts`), open ends (`open-ends.ts`), sentence coverage
 * (`coverage.ts`) and the story (`story.ts`).
 */
import { actorSchema } from '../schema/actor';
import { articleMetaSchema, exclusionSchema } from '../schema/article';
import { eventSchema } from '../schema/event';
import { placeSchema } from '../schema/place';
import { relationSchema, toneOfKind } from '../schema/relation';
import type { DataStory, Dataset, DataActor, DataEvent, DataPlace, DataRelation, ResolvedDating } from '../data/types';
import { checkReferences } from './check-references';
import { coverageOf } from './coverage';
import { sortDataErrors, type DataError } from './errors';
import { checkInputText } from './input-text';
import { drawnEnds, periodEndOf } from './open-ends';
import { quoteLocator } from './quote-locator';
import { dateResolver } from './resolve-dates';
import { splitSentences, type Sentence } from './sentences';
import { buildStory, storyRecordsOf } from './story';
import { validateList, validateRecord, type Located } from './validate-records';
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
  const meta = metaYaml ? validateRecord(metaYaml, articleMetaSchema, errors) : undefined;
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

  const { actorIds, placeIds } = checkReferences(
    {
      actors: { yaml: files.actors, list: actors },
      places: { yaml: files.places, list: places },
      events: { yaml: files.events, list: events },
      relations: { yaml: files.relations, list: relations },
    },
    errors,
  );

  // Quotes, against the article text.
  const sentences: Sentence[] = article ? splitSentences(article) : [];
  const quotes = quoteLocator(article, sentences, errors);
  if (meta && metaYaml) quotes.locate(metaYaml, ['headline', 'de'], meta.headline.de, 'article:headline');
  const withQuote = <T extends { id: string; quote?: string }>(yaml: YamlFile | undefined, list: Located<T>[], kind: string) =>
    list.map(({ value, index }) => ({ value, index, quoteLocation: yaml ? quotes.locate(yaml, [index, 'quote'], value.quote, `${kind}:${value.id}`) : undefined }));
  const actorsQ = withQuote(files.actors, actors, 'actor');
  const placesQ = withQuote(files.places, places, 'place');
  const eventsQ = withQuote(files.events, events, 'event');
  const relationsQ = withQuote(files.relations, relations, 'relation');
  for (const { value: e, index } of events) {
    e.figures?.forEach((f, i) => quotes.locate(files.events!, [index, 'figures', i, 'quote'], f.quote, `event:${e.id}`));
  }

  // Dates: resolve ends, derive relative phrases, check agreement.
  const resolveDate = dateResolver({ article, published: meta?.published, events: events.map(({ value }) => value) }, errors);
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
  const coverage = coverageOf(textPath && article !== undefined ? { path: textPath, text: article, sentences } : undefined, quotes.usedBy, { yaml: files.excluded, list: exclusions }, errors);

  // The guided story, checked against the records and the article.
  let story: DataStory = { steps: [], notReached: [] };
  const storyText = inputs[inputPaths.story];
  if (storyText !== undefined && article !== undefined) {
    const records = storyRecordsOf({ events: outEvents, relations: outRelations, actors: outActors, places: outPlaces });
    const built = buildStory(parseYamlFile(inputPaths.story, storyText), { records, actorIds, placeIds, article, sentences }, errors);
    if (built) story = built;
  }

  if (errors.length > 0 || !meta || article === undefined) {
    return { ok: false, errors: sortDataErrors(errors) };
  }
  const byDate = <T extends { id: string; date: ResolvedDating }>(a: T, b: T) => a.date.start.localeCompare(b.date.start) || a.date.end.localeCompare(b.date.end) || a.id.localeCompare(b.id);
  return {
    ok: true,
    dataset: {
      manifest: {
        generatedBy,
        article: meta,
        inputs: {},
        counts: { actors: outActors.length, places: outPlaces.length, events: outEvents.length, relations: outRelations.length, steps: story.steps.length },
        coverage,
      },
      actors: outActors,
      places: outPlaces,
      events: outEvents.sort(byDate),
      relations: outRelations.sort(byDate),
      story,
    },
  };
}
