/**
 * The stylesheet of the visual encoding, written by `npm run data` into
 * `src/generated/style/encoding.css`, which the site's stylesheet imports: CSS takes its colours
 * from the same tables as the scripts.
 */
import { actorEncoding } from './actors';
import { kindStrokes } from './strokes';
import { toneColors, toneSteps, toneSuffix } from './tones';

/** Every tone step with its colours, for the stylesheet. */
function toneEntries(): [string, { light: string; dark: string }][] {
  return toneSteps.map((step) => [toneSuffix(step), toneColors[step]]);
}

/**
 * The stylesheet written from this module: the actors' and tones' colours as custom properties
 * (`--actor-usa`, `--tone-p1`) in the light and the dark scheme, the tone classes (`tone-p1`
 * sets the text colour and fill), each kind's stroke as `--dash` and `--cap` on `kind-<kind>`,
 * and the timeline's actor classes (`tl-actor-usa`), with the rule that highlights every mark
 * naming the focused actor.
 */
export function encodingCss(): string {
  const actors = Object.entries(actorEncoding);
  const tones = toneEntries();
  const vars = (scheme: 'light' | 'dark') =>
    [...actors.map(([id, a]) => `--actor-${id}:${a[scheme]};`), ...tones.map(([name, c]) => `--tone-${name}:${c[scheme]};`)].join('');
  // Every mark that names the focused actor (`data-actors`), not only those in its lane.
  const focused = (part: string) => actors.map(([id]) => `[data-focus="${id}"] [data-actors~="${id}"] ${part}`).join(',');
  return [
    '/* Written by `npm run data` from src/lib/encoding/ (`encodingCss`); do not edit. */',
    `:root{${vars('light')}}`,
    `@media (prefers-color-scheme: dark){:root{${vars('dark')}}}`,
    ...tones.map(([name]) => `.tone-${name}{color:var(--tone-${name});fill:var(--tone-${name})}`),
    ...Object.entries(kindStrokes).map(([kind, s]) => `.kind-${kind}{--dash:${s.dash || 'none'};--cap:${s.cap}}`),
    ...actors.map(([id]) => `.tl-actor-${id}{--c:var(--actor-${id})}`),
    `${focused('.tl-label')}{font-weight:700}`,
    `${focused('.tl-shape')}{stroke:var(--fg);stroke-width:2.5}`,
    '',
  ].join('\n');
}
