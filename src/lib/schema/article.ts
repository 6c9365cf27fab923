import { z } from 'astro/zod';
import { isoDateSchema, localizedTextSchema, maxQuoteLength, webUrlSchema } from './common';

/** Metadata of the source article, kept beside its text in `data/sources/<id>/`. */
export const articleMetaSchema = z
  .object({
    id: z.string().min(1),
    publisher: z.string().min(1),
    /** Language of the text we have, and of the original report. */
    language: z.literal('de'),
    originalLanguage: z.literal('en'),
    published: isoDateSchema,
    /** The dateline city as printed ("BAKU"). */
    dateline: z.string().min(1),
    headline: z.object({ de: z.string().min(1), en: z.string().min(1) }).strict(),
    /** Where the English headline was checked. */
    headlineSource: webUrlSchema,
    /**
     * A copy of the German translation the site reads, as found on the web. The host that first
     * published the translation is not verified (see `unverified`), so this is a copy, not the original.
     */
    translationCopy: webUrlSchema,
    credits: z.array(z.object({ role: localizedTextSchema, name: z.string().min(1), place: z.string().min(1).optional() }).strict()).min(1),
    /** How to cite the article when no verified URL exists. */
    citeAs: z.string().min(1),
    /** What we could not verify, in both languages. */
    unverified: z.array(localizedTextSchema),
    /** File name of the article text beside this file. */
    textFile: z.string().min(1),
  })
  .strict();

/** A sentence of the article that no record uses, with the reason. */
export const exclusionSchema = z
  .object({
    /** Exact text of the excluded sentence or fragment. */
    text: z.string().min(1).max(maxQuoteLength, `an excluded text may be at most ${maxQuoteLength} characters`),
    reason: z.enum(['credit-line', 'caption-fragment', 'scraping-debris', 'byline']),
    note: localizedTextSchema,
  })
  .strict();

/** The article metadata as validated. */
export type ArticleMeta = z.infer<typeof articleMetaSchema>;
/** An excluded sentence with its reason. */
export type Exclusion = z.infer<typeof exclusionSchema>;
