import { z } from 'astro/zod';
import { idSchema, isoDateSchema, localizedTextSchema, citationSchema } from './common';

/**
 * How a date in the text is anchored, so the pipeline can derive and check it:
 * - `weekday`: "am Montag" in a report — the latest such weekday on or before publication.
 * - `month`: "im September" — that month in the publication year (or the year before, if later).
 * - `after-event`: "in den Tagen nach der Offensive" — on or after the end of another event.
 * - `before-publication`: "in den letzten Monaten" — up to the publication date.
 */
export const relativeDateSchema = z.discriminatedUnion('rule', [
  z.object({ rule: z.literal('weekday'), weekday: z.enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']) }).strict(),
  z.object({ rule: z.literal('month'), month: z.number().int().min(1).max(12) }).strict(),
  z.object({ rule: z.literal('after-event'), event: idSchema, withinDays: z.number().int().positive().optional() }).strict(),
  z.object({ rule: z.literal('before-publication'), withinMonths: z.number().int().positive().optional() }).strict(),
]);

/**
 * A date with its precision.
 * - `day`: one day (`start`; `end` equals `start` or is omitted).
 * - `month`: a calendar month (`start` is its first day, `end` its last).
 * - `span`: known first and last day.
 * - `vague`: a fuzzy interval ("recent months"); `start`/`end` bound what is drawn and
 *   `boundsNote` says how they were chosen.
 */
export const datingSchema = z
  .object({
    precision: z.enum(['day', 'month', 'span', 'vague']),
    start: isoDateSchema,
    end: isoDateSchema.optional(),
    /** The article's own words for the date, exactly as in the text ("am Montag"). */
    phrase: z.string().min(1).optional(),
    /** How the phrase is anchored; the pipeline derives the date from it and checks `start`. */
    relative: relativeDateSchema.optional(),
    /** Where the exact date comes from when the article does not give it. */
    citation: citationSchema.optional(),
    /** For vague dates: how the drawn bounds were chosen. */
    boundsNote: localizedTextSchema.optional(),
  })
  .strict()
  .superRefine((d, ctx) => {
    const end = d.end ?? d.start;
    if (end < d.start) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['end'], message: 'end is before start' });
    if (d.precision === 'day' && end !== d.start) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['end'], message: 'a day date has no separate end' });
    if ((d.precision === 'span' || d.precision === 'vague') && d.end === undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['end'], message: `a ${d.precision} date needs an end` });
    if (d.precision === 'month') {
      const first = `${d.start.slice(0, 7)}-01`;
      if (d.start !== first) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['start'], message: 'a month date starts on the first of the month' });
    }
    if (d.precision === 'vague' && d.boundsNote === undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['boundsNote'], message: 'a vague date needs a boundsNote saying how its bounds were chosen' });
    if (d.relative !== undefined && d.phrase === undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['phrase'], message: 'a relative date needs the phrase from the text' });
  });

/** How a relative date phrase is anchored. */
export type RelativeDate = z.infer<typeof relativeDateSchema>;
/** A date with its precision, as validated. */
export type Dating = z.infer<typeof datingSchema>;
