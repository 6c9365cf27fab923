import type { RelationKind } from './schema/relation';

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

/**
 * The tone step (−2 … +2) a tone is drawn with, in every view: rounded to the nearest step, with
 * half steps rounded up ("tensions subside", +0.5, is +1), clamped to the scale.
 */
export function toneStepOf(tone: number): -2 | -1 | 0 | 1 | 2 {
  const step = Math.max(-2, Math.min(2, Math.round(tone)));
  return (Object.is(step, -0) ? 0 : step) as -2 | -1 | 0 | 1 | 2;
}

/**
 * The dash pattern of each relation kind, in every view ('' is a solid line), so the kind never
 * rests on colour alone. The graph's stylesheet (`RelationGraph.astro`) writes the same patterns;
 * a test holds the two together.
 */
export const relationDash: Readonly<Record<RelationKind | 'events', string>> = {
  ally: '',
  friendly: '9 4',
  support: '16 4',
  rapprochement: '9 3 2 3',
  normalising: '2 4',
  strained: '5 5',
  hostile: '12 3 2 3 2 3',
  'armed-conflict': '3 2',
  events: '1 6',
};
