import type { Grammar } from '../schema/actor';

/**
 * An actor's name forms for generated sentences. States, authorities and groups carry them in
 * the data (the schema requires it); anyone else reads by their name in every case.
 */
export function nameFormsOf(actor: { id: string; name: { en: string; de: string }; grammar?: Grammar } | undefined, id: string): Grammar {
  if (actor?.grammar) return actor.grammar;
  const de = actor?.name.de ?? id;
  return { de: { nom: de, gen: de, dat: de, acc: de, number: 'singular' }, en: { name: actor?.name.en ?? id, number: 'singular' } };
}
