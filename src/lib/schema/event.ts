import { z } from 'astro/zod';
import { checkProvenance, citationSchema, idSchema, localizedTextSchema, provenanceFields, quoteSchema, yearRange } from './common';
import { datingSchema } from './date';

/**
 * CAMEO root codes (01–20) with the quad class GDELT assigns to each:
 * 01–04 verbal cooperation, 05–08 material cooperation, 09–13 verbal conflict,
 * 14–20 material conflict.
 */
export const cameoRoots = {
  '01': 'make public statement',
  '02': 'appeal',
  '03': 'express intent to cooperate',
  '04': 'consult',
  '05': 'engage in diplomatic cooperation',
  '06': 'engage in material cooperation',
  '07': 'provide aid',
  '08': 'yield',
  '09': 'investigate',
  '10': 'demand',
  '11': 'disapprove',
  '12': 'reject',
  '13': 'threaten',
  '14': 'protest',
  '15': 'exhibit force posture',
  '16': 'reduce relations',
  '17': 'coerce',
  '18': 'assault',
  '19': 'fight',
  '20': 'use unconventional mass violence',
} as const;

/** The four CAMEO quad classes. */
export const quadClasses = ['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict'] as const;

/** The quad class of a CAMEO root code, following GDELT's mapping. */
export function quadClassOf(root: keyof typeof cameoRoots): (typeof quadClasses)[number] {
  const n = Number(root);
  if (n <= 4) return 'verbal-cooperation';
  if (n <= 8) return 'material-cooperation';
  if (n <= 13) return 'verbal-conflict';
  return 'material-conflict';
}

/** A CAMEO coding. `code` may be a more specific code under `root` ("111" under "11"). */
export const cameoSchema = z
  .object({
    root: z.enum(Object.keys(cameoRoots) as [keyof typeof cameoRoots, ...(keyof typeof cameoRoots)[]]),
    code: z.string().regex(/^\d{2,4}$/).optional(),
    quad: z.enum(quadClasses),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.quad !== quadClassOf(c.root)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['quad'], message: `CAMEO root ${c.root} is ${quadClassOf(c.root)}, not ${c.quad}` });
    if (c.code !== undefined && !c.code.startsWith(c.root)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['code'], message: `CAMEO code ${c.code} is not under root ${c.root}` });
  });

/** A number the record reports, with who counted it. */
export const figureSchema = z
  .object({
    id: idSchema,
    value: z.number().nonnegative().finite(),
    /** What is counted, in both languages ("ethnic Armenians of the territory"). */
    label: localizedTextSchema,
    /** Qualifier as reported ("almost all of"). */
    qualifier: localizedTextSchema.optional(),
    /** Who gives the number, in both languages. */
    by: localizedTextSchema,
    /** As of which date, where known. */
    asOf: z
      .string()
      .regex(/^\d{4}-\d{2}(-\d{2})?$/)
      .refine((d) => Number(d.slice(0, 4)) >= yearRange.min && Number(d.slice(0, 4)) <= yearRange.max, `the year must be between ${yearRange.min} and ${yearRange.max}`)
      .optional(),
    /** Exact substring of the article, for the article's own figure. */
    quote: quoteSchema.optional(),
    citation: citationSchema.optional(),
  })
  .strict()
  .refine((f) => f.quote !== undefined || f.citation !== undefined, 'a figure needs a quote or a citation');

/** What a dated event is about, for the timeline's theme lanes. */
export const themes = ['diplomacy', 'military', 'humanitarian'] as const;

/** Something that happened on a date (or over an interval): a call, an offensive, a pledge. */
export const eventSchema = z
  .object({
    id: idSchema,
    title: localizedTextSchema,
    /** One or two sentences in our words, in both languages. */
    summary: localizedTextSchema,
    date: datingSchema,
    theme: z.enum(themes),
    /** Every actor involved. */
    actors: z.array(idSchema).min(1),
    /** Who acts, for directed events. */
    source: z.array(idSchema).min(1).optional(),
    /** Who is acted upon or addressed, for directed events. */
    target: z.array(idSchema).min(1).optional(),
    /**
     * The actor whose act the event is, where that is not the first of `source`: Armenia ratifies
     * the Rome Statute, while `source` codes Moscow's objection. Gives the timeline lane.
     */
    lead: idSchema.optional(),
    /** CAMEO coding, or null with `cameoNote` where no pair interaction fits. */
    cameo: cameoSchema.nullable(),
    cameoNote: localizedTextSchema.optional(),
    place: idSchema.optional(),
    /**
     * The event this record is one account or part of (Baku's and Washington's readouts of one
     * call): the graph counts the act once, and the event's card shows the accounts side by side.
     */
    partOf: idSchema.optional(),
    figures: z.array(figureSchema).optional(),
    ...provenanceFields,
  })
  .strict()
  .superRefine((event, ctx) => {
    checkProvenance(event, ctx);
    if (event.cameo === null && event.cameoNote === undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['cameoNote'], message: 'an event without CAMEO coding needs a cameoNote' });
    if ((event.source === undefined) !== (event.target === undefined)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['target'], message: 'a directed event needs both source and target' });
    if (event.lead !== undefined && !event.actors.includes(event.lead)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['lead'], message: `lead ${event.lead} is not among the event's actors` });
    for (const key of ['source', 'target'] as const) {
      for (const id of event[key] ?? []) {
        if (!event.actors.includes(id)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [key], message: `${key} ${id} is not among the event's actors` });
      }
    }
  });

/** An event record as validated. */
export type Event = z.infer<typeof eventSchema>;
