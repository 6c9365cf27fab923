/**
 * One accent per actor, the same in every view. Derived from the Okabe–Ito set, which readers
 * with the common colour-vision deficiencies can tell apart; every view also pairs colour with
 * a shape or a dash so no meaning rests on colour alone. `dark` variants keep AA contrast on
 * the dark background.
 */
export const actorColors: Record<string, { light: string; dark: string; shape: ActorShape }> = {
  usa: { light: '#0066a8', dark: '#56b4e9', shape: 'circle' },
  azerbaijan: { light: '#007a5e', dark: '#2fc99a', shape: 'square' },
  armenia: { light: '#b35300', dark: '#e69f00', shape: 'diamond' },
  russia: { light: '#a6326f', dark: '#e58fbf', shape: 'triangle' },
  'karabakh-authorities': { light: '#6b5900', dark: '#e3cf4a', shape: 'hexagon' },
  west: { light: '#4d4d4d', dark: '#bdbdbd', shape: 'star' },
};

/** The marker shapes that go with the actor colours. */
export type ActorShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'hexagon' | 'star';

/** The ids of the actors that have their own accent (the graph's nodes, the filter buttons). */
export const mainActorIds = Object.keys(actorColors);

/** The actor that carries an event's or person's colour: a person's state, or the actor itself. */
export function accentActorOf(actorId: string, speaksFor: ReadonlyMap<string, string>): string {
  return speaksFor.get(actorId) ?? actorId;
}

/**
 * Tone colours, from hostile (−2) to cooperative (+2): ColorBrewer's red–blue diverging scale,
 * which stays distinct for red–green colour blindness. Kinds also differ by dash pattern.
 */
export const toneColors: Record<string, { light: string; dark: string }> = {
  '-2': { light: '#b2182b', dark: '#f4837d' },
  '-1': { light: '#d6604d', dark: '#f4a582' },
  '0': { light: '#6e6e6e', dark: '#b0b0b0' },
  '1': { light: '#4393c3', dark: '#92c5de' },
  '2': { light: '#2166ac', dark: '#6baed6' },
};
