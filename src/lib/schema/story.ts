import { z } from 'astro/zod';
import { idSchema, isoDateSchema, localizedTextSchema } from './common';

/** The story's chapters, in the order they are told: the background first, then the report. */
export const storyChapters = ['background', 'report'] as const;

/** A reference to a record of the data: `event:phone-call`, `relation:usa-azerbaijan-friendly`. */
export const recordRefSchema = z
  .string()
  .regex(/^(event|relation|actor|place):[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a record is named kind:id, with kind event, relation, actor or place');

/**
 * The view state a step sets. Only these keys: the step changes the shared state and nothing
 * else; everything it leaves out goes back to the views' defaults.
 */
export const storyViewSchema = z
  .object({
    /** The event the timeline selects and the map highlights; the graph moves to its date. */
    event: idSchema,
    /** The graph's date (ISO day) where it is not the event's own start. */
    date: isoDateSchema.optional(),
    /** The pair of actors the graph highlights, as two actor ids. */
    pair: z.tuple([idSchema, idSchema]).optional(),
    /** The place the map brings into view where the event has none of its own. */
    place: idSchema.optional(),
    /** The timeline's range: `background` for events before 2023. */
    range: z.enum(['article', 'background']).optional(),
  })
  .strict();

/**
 * One step of the guided story: a short text in the site's own words, the report's key words
 * (report steps) or the records' citations (background steps), and the view state it sets. Who
 * says it and when are read from its first record, so they never differ from the data.
 */
export const storyStepSchema = z
  .object({
    /** Stable kebab-case id, used in nothing but the data (addresses count steps from 1). */
    id: idSchema,
    chapter: z.enum(storyChapters),
    /** Short heading, in both languages. */
    title: localizedTextSchema,
    /** One or two sentences in our words, in both languages. */
    text: localizedTextSchema,
    /** The records the step tells; the first gives its speaker and its date. */
    records: z.array(recordRefSchema).min(1),
    /** The report's key words: an exact substring of the article, inside the sentences of the step's records (report steps only). */
    quote: z.string().min(1).optional(),
    /** Our English translation of the key words. */
    translation: z.string().min(1).optional(),
    view: storyViewSchema,
  })
  .strict()
  .superRefine((step, ctx) => {
    if (step.chapter === 'report' && step.quote === undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['quote'], message: 'a report step needs the report\'s key words as a quote' });
    if (step.chapter === 'background' && step.quote !== undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['quote'], message: 'a background step tells background records and cannot quote the article' });
    if (step.quote !== undefined && step.translation === undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['translation'], message: 'a quote needs an English translation' });
    if (step.quote !== undefined && step.quote.split(/\s+/).length > 16) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['quote'], message: 'key words are a short quotation: at most 16 words' });
    if (step.view.pair && step.view.pair[0] === step.view.pair[1]) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['view', 'pair'], message: 'a pair needs two different actors' });
  });

/** An article record that no step tells, with the reason, so the story accounts for all of them. */
export const notReachedSchema = z
  .object({
    record: recordRefSchema,
    reason: localizedTextSchema,
  })
  .strict();

/** `data/story.yaml`: the steps in the order they are told, and the article records left out. */
export const storyFileSchema = z
  .object({
    steps: z.array(storyStepSchema).min(1),
    notReached: z.array(notReachedSchema).default([]),
  })
  .strict();

/** A step as validated. */
export type StoryStep = z.infer<typeof storyStepSchema>;
/** The view state a step sets, as validated. */
export type StoryView = z.infer<typeof storyViewSchema>;
/** An article record left out of the story, with its reason. */
export type NotReached = z.infer<typeof notReachedSchema>;
