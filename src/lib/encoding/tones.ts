/**
 * The tone steps and their colours, with the one rounding rule that puts a tone on a step. Part of
 * the site's one visual encoding (see this folder's README).
 */

/** A tone step, from hostile (−2) to cooperative (+2). */
export type ToneStep = -2 | -1 | 0 | 1 | 2;

/** The tone steps, hostile first, as a legend lists them. */
export const toneSteps: readonly ToneStep[] = [-2, -1, 0, 1, 2];

/**
 * Tone colours by step: ColorBrewer's red–blue diverging scale, which stays distinct for
 * red–green colour blindness. Kinds also differ by dash pattern.
 */
export const toneColors: Readonly<Record<ToneStep, { light: string; dark: string }>> = {
  [-2]: { light: '#b2182b', dark: '#f4837d' },
  [-1]: { light: '#d6604d', dark: '#f4a582' },
  0: { light: '#6e6e6e', dark: '#b0b0b0' },
  1: { light: '#4393c3', dark: '#92c5de' },
  2: { light: '#2166ac', dark: '#6baed6' },
};

/**
 * The tone step (−2 … +2) a tone is drawn with, in every view: rounded to the nearest step, with
 * half steps rounded up ("tensions subside", +0.5, is +1), clamped to the scale.
 */
export function toneStepOf(tone: number): ToneStep {
  const step = Math.max(-2, Math.min(2, Math.round(tone)));
  return (Object.is(step, -0) ? 0 : step) as ToneStep;
}

/** The name of a tone step in classes and custom properties: `m2`, `m1`, `0`, `p1`, `p2`. */
export function toneSuffix(step: ToneStep): string {
  return step < 0 ? `m${-step}` : step > 0 ? `p${step}` : '0';
}

/** The class that colours a mark in a tone's step (`tone-p1`): text colour and fill. */
export function toneClassOf(tone: number): string {
  return `tone-${toneSuffix(toneStepOf(tone))}`;
}

/** The CSS custom property that holds a tone's colour (`--tone-p1`), for a style attribute. */
export function toneVariableOf(tone: number): string {
  return `--tone-${toneSuffix(toneStepOf(tone))}`;
}
