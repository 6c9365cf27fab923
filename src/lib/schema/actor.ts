import { z } from 'astro/zod';
import { checkProvenance, idSchema, localizedTextSchema, provenanceFields } from './common';

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
    ...provenanceFields,
  })
  .strict()
  .superRefine((actor, ctx) => {
    checkProvenance(actor, ctx);
    const voice = actor.kind === 'person' || actor.kind === 'office';
    if (voice && actor.speaksFor === undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['speaksFor'], message: `a ${actor.kind} needs speaksFor` });
    if (!voice && actor.speaksFor !== undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['speaksFor'], message: `a ${actor.kind} cannot speak for another actor` });
  });

/** An actor record as validated. */
export type Actor = z.infer<typeof actorSchema>;
