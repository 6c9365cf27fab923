import { z } from 'astro/zod';
import { actorSchema } from './actor';
import { articleMetaSchema, exclusionSchema } from './article';
import { citationSchema, claimSchema, idSchema, isoDateSchema, localizedTextSchema } from './common';
import { datingSchema } from './date';
import { eventSchema } from './event';
import { placeSchema } from './place';
import { relationSchema } from './relation';
import { notReachedSchema, storyStepSchema } from './story';

/*
 * The shapes of the files `npm run data` writes to `src/generated/`, for the site to check them
 * where it loads them. Each record schema is its input schema's fields plus what the pipeline
 * adds; the checks across fields (a source among the actors) ran in the pipeline already.
 */

/** Where a quoted record sits in the article: character offsets and sentence numbers. */
export const quoteLocationSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), sentences: z.array(z.number().int().nonnegative()) })
  .strict();

/** A date as written: `end` always set; for a relative phrase, how it was derived. */
export const resolvedDatingSchema = datingSchema.innerType().extend({
  end: isoDateSchema,
  derivation: z
    .object({
      published: isoDateSchema,
      anchor: z.object({ event: idSchema, title: localizedTextSchema, end: isoDateSchema }).strict().optional(),
    })
    .strict()
    .optional(),
});

/** An actor in `actors.json`. */
export const dataActorSchema = actorSchema.innerType().extend({ quoteLocation: quoteLocationSchema.optional() });

/** An event in `events.json`. */
export const dataEventSchema = eventSchema.innerType().extend({ date: resolvedDatingSchema, quoteLocation: quoteLocationSchema.optional() });

/** A relation in `relations.json`, with its tone and the last day it is drawn. */
export const dataRelationSchema = relationSchema.innerType().extend({
  date: resolvedDatingSchema,
  drawnEnd: isoDateSchema,
  tone: z.number().finite(),
  quoteLocation: quoteLocationSchema.optional(),
});

/** A place in `places.json`. */
export const dataPlaceSchema = placeSchema.innerType().extend({ quoteLocation: quoteLocationSchema.optional() });

/** How one sentence of the article is accounted for. */
export const coverageRowSchema = z
  .object({
    index: z.number().int().nonnegative(),
    excerpt: z.string(),
    usedBy: z.array(z.string()),
    exclusion: exclusionSchema.pick({ reason: true, note: true }).optional(),
  })
  .strict();

/** `manifest.json`: the article's metadata, the inputs' hashes, counts and sentence coverage. */
export const manifestSchema = z
  .object({
    generatedBy: z.string(),
    article: articleMetaSchema,
    inputs: z.record(z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in hex')),
    counts: z.object({ actors: z.number().int(), places: z.number().int(), events: z.number().int(), relations: z.number().int(), steps: z.number().int() }).strict(),
    coverage: z.object({ sentences: z.number().int(), covered: z.number().int(), excluded: z.number().int(), percent: z.number(), rows: z.array(coverageRowSchema) }).strict(),
  })
  .strict();

/** A step in `story.json`: the step, its number, and its first record's date, voice and sources. */
export const dataStoryStepSchema = storyStepSchema.innerType().extend({
  number: z.number().int().positive(),
  date: resolvedDatingSchema,
  origin: z.enum(['article', 'background']),
  claim: claimSchema.optional(),
  citations: z.array(citationSchema),
  quoteLocation: quoteLocationSchema.optional(),
});

/** `story.json`. */
export const dataStorySchema = z.object({ steps: z.array(dataStoryStepSchema), notReached: z.array(notReachedSchema) }).strict();

/** `src/generated/graph/positions.json`: each graph node's place in the drawing's own units. */
export const graphPositionsSchema = z
  .object({
    generatedBy: z.string(),
    width: z.number().positive(),
    height: z.number().positive(),
    nodes: z.record(idSchema, z.object({ x: z.number().finite(), y: z.number().finite() }).strict()),
  })
  .strict();
