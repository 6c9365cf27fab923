import { z } from 'astro/zod';
import { checkProvenance, citationSchema, idSchema, localizedTextSchema, provenanceFields } from './common';

/** A place's names by language. `az` and `hy` (transliterated) appear where they differ. */
export const placeNamesSchema = z
  .object({
    en: z.string().min(1),
    de: z.string().min(1),
    az: z.string().min(1).optional(),
    hy: z.string().min(1).optional(),
  })
  .strict();

/**
 * A point (a city, a village) or an area (a region) on the map. Contested places carry both
 * sides' names; `alternate` is shown beside the name in the page's language.
 */
export const placeSchema = z
  .object({
    id: idSchema,
    kind: z.enum(['point', 'area']),
    names: placeNamesSchema,
    /** The other side's name for a contested place, in each site language ("Stepanakert"). */
    alternate: localizedTextSchema.optional(),
    /** A sentence on the naming or the place, in both languages. */
    description: localizedTextSchema.optional(),
    /** WGS84 latitude and longitude, for points (and label anchors of areas). */
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    /** ISO 3166 numeric code of the country it lies in, as in world-atlas ("051" Armenia). */
    country: z.string().regex(/^\d{3}$/, 'country must be a 3-digit ISO 3166 numeric code'),
    /** Source of the coordinates. */
    coordinatesCitation: citationSchema,
    ...provenanceFields,
  })
  .strict()
  .superRefine((place, ctx) => checkProvenance(place, ctx));

/** A place record as validated. */
export type Place = z.infer<typeof placeSchema>;
