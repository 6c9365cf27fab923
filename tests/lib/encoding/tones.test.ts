import { describe, expect, it } from 'vitest';
import { toneClassOf, toneStepOf, toneVariableOf } from '../../../src/lib/encoding/tones';

describe('tones', () => {
  it('toneStepOf(tone) rounds to the nearest step, half steps up, clamped to the scale', () => {
    expect([-2.4, -1.5, -0.5, 0, 0.5, 1.5, 2.6, -3].map(toneStepOf)).toEqual([-2, -1, 0, 0, 1, 2, 2, -2]);
  });

  it('toneClassOf and toneVariableOf name the same step: "tensions subside" (+0.5) is +1 in every view', () => {
    expect([-2, -1, 0, 0.5, 1, 2].map(toneClassOf)).toEqual(['tone-m2', 'tone-m1', 'tone-0', 'tone-p1', 'tone-p1', 'tone-p2']);
    expect([-2, -1, 0, 0.5, 1, 2].map(toneVariableOf)).toEqual(['--tone-m2', '--tone-m1', '--tone-0', '--tone-p1', '--tone-p1', '--tone-p2']);
  });
});
