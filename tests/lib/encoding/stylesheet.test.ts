import { describe, expect, it } from 'vitest';
import { actorEncoding } from '../../../src/lib/encoding/actors';
import { kindStrokes } from '../../../src/lib/encoding/strokes';
import { encodingCss } from '../../../src/lib/encoding/stylesheet';
import { toneColors, toneSteps, toneVariableOf } from '../../../src/lib/encoding/tones';

const css = encodingCss();
const [light, dark] = [/^:root\{([^}]*)\}/m.exec(css)![1]!, /prefers-color-scheme: dark\)\{:root\{([^}]*)\}/.exec(css)![1]!];

describe('encodingCss', () => {
  it('encodingCss() gives every actor and every tone step its colour in the light and in the dark scheme', () => {
    for (const [id, actor] of Object.entries(actorEncoding)) {
      expect(light, id).toContain(`--actor-${id}:${actor.light};`);
      expect(dark, id).toContain(`--actor-${id}:${actor.dark};`);
    }
    for (const step of toneSteps) {
      expect(light, String(step)).toContain(`${toneVariableOf(step)}:${toneColors[step].light};`);
      expect(dark, String(step)).toContain(`${toneVariableOf(step)}:${toneColors[step].dark};`);
    }
  });

  it('encodingCss() gives every relation kind its dash and line ends, a solid line as none', () => {
    for (const [kind, stroke] of Object.entries(kindStrokes)) expect(css).toContain(`.kind-${kind}{--dash:${stroke.dash || 'none'};--cap:${stroke.cap}}`);
  });
});
