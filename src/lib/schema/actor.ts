import { z } from 'astro/zod';
import { checkProvenance, idSchema, localizedTextSchema, provenanceFields } from './common';

/**
 * A German noun phrase in its four cases, with its number for the verb: "die USA", "der USA",
 * "den USA", "die USA", plural. Generated sentences decline names from it ("zwischen den USA und
 * dem Westen"), so a name never appears in the wrong case.
 */
export const germanFormsSchema = z
  .object({
    /** Nominative, lower-case article where there is one ("die USA", "der Westen", "Armenien"). */
    nom: z.string().min(1),
    /** Genitive ("der USA", "des Westens", "Armeniens"). */
    gen: z.string().min(1),
    /** Dative ("den USA", "dem Westen", "Armenien"). */
    dat: z.string().min(1),
    /** Accusative ("die USA", "den Westen", "Armenien"). */
    acc: z.string().min(1),
    /** The verb's number: "die USA unterstützen", "der Westen unterstützt". */
    number: z.enum(['singular', 'plural']),
  })
  .strict();

/** An English noun phrase as it reads inside a sentence ("the United States"), with its number. */
export const englishFormsSchema = z
  .object({
    /** The name inside a sentence, lower-case article where there is one ("the United States"). */
    name: z.string().min(1),
    /** The verb's number: "the United States supports". */
    number: z.enum(['singular', 'plural']),
  })
  .strict();

/** How an actor's name reads inside generated sentences, per language. */
export const grammarSchema = z.object({ de: germanFormsSchema, en: englishFormsSchema }).strict();

/**
 * Someone who acts or speaks: a state, the breakaway authorities, a group of states
 * ("the West"), or a person or office that speaks for one of them.
 */
export const actorSchema = z
  .object({
    id: idSchema,
    kind: z.enum(['state', 'authority', 'group', 'person', 'office']),
    name: localizedTextSchema,
    /** Short label for tight spaces (axis lanes, graph nodes). */
    short: localizedTextSchema,
    /** For people and offices: their role, in both languages. */
    role: localizedTextSchema.optional(),
    /** For people and offices: the state or authority they speak for. */
    speaksFor: idSchema.optional(),
    /** For states, authorities and groups: their name's forms inside generated sentences. */
    grammar: grammarSchema.optional(),
    ...provenanceFields,
  })
  .strict()
  .superRefine((actor, ctx) => {
    checkProvenance(actor, ctx);
    const voice = actor.kind === 'person' || actor.kind === 'office';
    if (voice && actor.speaksFor === undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['speaksFor'], message: `a ${actor.kind} needs speaksFor` });
    if (!voice && actor.speaksFor !== undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['speaksFor'], message: `a ${actor.kind} cannot speak for another actor` });
    if (!voice && actor.grammar === undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['grammar'], message: `a ${actor.kind} needs grammar: its name's forms in generated sentences` });
  });

/** A German noun phrase in its four cases. */
export type GermanForms = z.infer<typeof germanFormsSchema>;
/** An English noun phrase inside a sentence. */
export type EnglishForms = z.infer<typeof englishFormsSchema>;
/** An actor's name forms in both languages. */
export type Grammar = z.infer<typeof grammarSchema>;
/** An actor record as validated. */
export type Actor = z.infer<typeof actorSchema>;
