import { z } from 'astro/zod';
import { checkProvenance, idSchema, localizedTextSchema, provenanceFields } from './common';
import { datingSchema } from './date';

/** The kinds of relation between two actors, from cooperative to hostile. */
export const relationKinds = ['ally', 'friendly', 'support', 'rapprochement', 'normalising', 'strained', 'hostile', 'armed-conflict'] as const;

/** Tone on a scale from +2 (cooperative) to −2 (hostile), one per kind, used for colour. */
export const toneOfKind: Record<(typeof relationKinds)[number], number> = {
  ally: 2,
  friendly: 1,
  support: 2,
  rapprochement: 1,
  normalising: 0.5,
  strained: -1,
  hostile: -2,
  'armed-conflict': -2,
};

/**
 * The state of a pair of actors over an interval: "relatively friendly" until September,
 * "seriously damaged" in November. `from` → `to` is directed where the kind is (support);
 * otherwise the pair is symmetric.
 */
export const relationSchema = z
  .object({
    id: idSchema,
    from: idSchema,
    to: idSchema,
    kind: z.enum(relationKinds),
    directed: z.boolean(),
    /** A short label in both languages ("relatively friendly"). */
    label: localizedTextSchema,
    /**
     * The interval. `open-start`/`open-end` mark a relation whose start or end lies outside
     * what the sources say ("traditional ally").
     */
    date: datingSchema,
    openStart: z.boolean().default(false),
    openEnd: z.boolean().default(false),
    ...provenanceFields,
  })
  .strict()
  .superRefine((relation, ctx) => {
    checkProvenance(relation, ctx);
    if (relation.from === relation.to) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['to'], message: 'a relation needs two different actors' });
  });

/** One of the relation kinds. */
export type RelationKind = (typeof relationKinds)[number];
/** A relation record as validated. */
export type Relation = z.infer<typeof relationSchema>;
