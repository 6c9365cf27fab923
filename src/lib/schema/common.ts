import { z } from 'astro/zod';
import { isCalendarDay } from '../format/dates';

/** A stable kebab-case identifier, as used for every record in `data/`. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be kebab-case (a-z, 0-9, single dashes)');

/** The years a date in the data may fall in: the conflict's history to the foreseeable future. */
export const yearRange = { min: 1800, max: 2100 } as const;

/** An ISO calendar date (`YYYY-MM-DD`) that exists in the calendar, in `yearRange`. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD')
  .refine(isCalendarDay, 'date does not exist in the calendar')
  .refine((d) => {
    const year = Number(d.slice(0, 4));
    return year >= yearRange.min && year <= yearRange.max;
  }, `the year must be between ${yearRange.min} and ${yearRange.max}`);

/** The longest quotation a record may carry: a passage, not the article. */
export const maxQuoteLength = 600;

/**
 * An exact passage of the article: at least two words and ten characters (a lone "die" is found
 * everywhere and says nothing), at most `maxQuoteLength` characters.
 */
export const quoteSchema = z
  .string()
  .min(1)
  .max(maxQuoteLength, `a quote may be at most ${maxQuoteLength} characters`)
  .refine((q) => q.trim().split(/\s+/u).length >= 2 && q.trim().length >= 10, 'a quote must be a passage of at least two words and ten characters');

/** A web address: `https:` or `http:` only, never `javascript:`, `data:` or `file:`. */
export const webUrlSchema = z
  .string()
  .url()
  .refine((u) => /^https?:\/\//i.test(u) && ['https:', 'http:'].includes(new URL(u).protocol), 'only https: and http: addresses are allowed');

/** Text in both site languages. Both are required: the site is complete in German and English. */
export const localizedTextSchema = z
  .object({
    /** English text. */
    en: z.string().min(1),
    /** German text. */
    de: z.string().min(1),
  })
  .strict();

/** A published source outside the article, for background records. */
export const citationSchema = z
  .object({
    /** Who published it ("Wikipedia", "OC Media", "U.S. Congress"). */
    publisher: z.string().min(1),
    /** The title as published; left out where it was not checked. */
    title: z.string().min(1).optional(),
    /** The address; left out where none was checked (never guessed). */
    url: webUrlSchema.refine((u) => u.startsWith('https://'), 'citation urls must use https').optional(),
    /** Publication date, where known. */
    published: isoDateSchema.optional(),
  })
  .strict()
  .refine((c) => c.title !== undefined || c.url !== undefined || c.published !== undefined, 'a citation needs a title, a url or a publication date');

/**
 * Who makes a claim. Many statements in the article are Baku's account ("according to
 * Aliyev's office"); the site says so wherever the claim is shown.
 */
export const claimSchema = z
  .object({
    /** The actor (usually a person or office) whose account this is. */
    by: idSchema,
    /** How the claim reached the article, in both languages ("according to Aliyev's office"). */
    attribution: localizedTextSchema,
  })
  .strict();

/** An editorial note: a correction of the translation, or context a reader needs. */
export const editorialNoteSchema = z
  .object({
    /** `correction` where the German text is wrong; `context` otherwise. */
    kind: z.enum(['correction', 'context']),
    text: localizedTextSchema,
    /** The source that backs the note. */
    citation: citationSchema.optional(),
  })
  .strict();

/**
 * Where a record comes from. Article records quote the article exactly (checked by the
 * pipeline after normalising whitespace) and carry our English translation. Background
 * records carry a citation instead.
 */
export const provenanceFields = {
  /** `article` for records the article states; `background` for context from elsewhere. */
  origin: z.enum(['article', 'background']),
  /** Exact substring of the article (whitespace may differ). Required for article records. */
  quote: quoteSchema.optional(),
  /** Our English translation of the quote. Required with a quote. */
  translation: z.string().min(1).optional(),
  /** Required for background records; allowed on article records for facts the article lacks. */
  citation: citationSchema.optional(),
  /** Set when the record is someone's account rather than the reporter's. */
  claim: claimSchema.optional(),
  /** Corrections and context. */
  notes: z.array(editorialNoteSchema).optional(),
};

/** Checks the rules that tie the provenance fields together; used by every record schema. */
export function checkProvenance(
  record: { origin: 'article' | 'background'; quote?: string; translation?: string; citation?: unknown },
  ctx: z.RefinementCtx,
): void {
  if (record.origin === 'article' && record.quote === undefined) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['quote'], message: 'an article record needs a quote' });
  }
  if (record.quote !== undefined && record.translation === undefined) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['translation'], message: 'a quote needs an English translation' });
  }
  if (record.origin === 'background' && record.citation === undefined) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['citation'], message: 'a background record needs a citation' });
  }
  if (record.origin === 'background' && record.quote !== undefined) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['quote'], message: 'a background record cannot quote the article' });
  }
}

/** A citation of a source outside the article. */
export type Citation = z.infer<typeof citationSchema>;
/** A text in English and German. */
export type LocalizedText = z.infer<typeof localizedTextSchema>;
/** Who makes a claim, and how the article attributes it. */
export type Claim = z.infer<typeof claimSchema>;
/** A correction or a note of context. */
export type EditorialNote = z.infer<typeof editorialNoteSchema>;
