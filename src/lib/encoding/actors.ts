/**
 * The main actors as every view draws them: accent colours in light and dark, marker shape and
 * timeline lane. Part of the site's one visual encoding (see this folder's README).
 */

/** The marker shapes that go with the actor colours. */
export type ActorShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'hexagon' | 'star';

/** How one main actor is drawn. */
export interface ActorEncoding {
  /** The accent on a light background, and on a dark one. */
  light: string;
  dark: string;
  /** The marker shape, so no actor is told apart by colour alone. */
  shape: ActorShape;
  /** The position of its lane in the timeline (and of its filter), from the top. */
  lane: number;
}

/**
 * The main actors, by id: the id is also the key of the actor's names in the data
 * (`data/actors.yaml`). Accents are derived from the Okabe–Ito set, which readers with the common
 * colour-vision deficiencies can tell apart; every view also pairs colour with a shape or a dash
 * so no meaning rests on colour alone. `dark` variants keep AA contrast on the dark background.
 */
export const actorEncoding: Readonly<Record<string, ActorEncoding>> = {
  usa: { light: '#0066a8', dark: '#56b4e9', shape: 'circle', lane: 0 },
  azerbaijan: { light: '#007a5e', dark: '#2fc99a', shape: 'square', lane: 1 },
  armenia: { light: '#b35300', dark: '#e69f00', shape: 'diamond', lane: 2 },
  russia: { light: '#a6326f', dark: '#e58fbf', shape: 'triangle', lane: 3 },
  'karabakh-authorities': { light: '#6b5900', dark: '#e3cf4a', shape: 'hexagon', lane: 4 },
  west: { light: '#4d4d4d', dark: '#bdbdbd', shape: 'star', lane: 5 },
};

/** The ids of the actors that have their own accent (the graph's nodes, the filter buttons), in lane order. */
export const mainActorIds: readonly string[] = Object.keys(actorEncoding).sort((a, b) => actorEncoding[a]!.lane - actorEncoding[b]!.lane);

/** The shape of an actor's markers; an actor without an accent of its own gets a circle. */
export function shapeOfActor(actorId: string): ActorShape {
  return actorEncoding[actorId]?.shape ?? 'circle';
}
