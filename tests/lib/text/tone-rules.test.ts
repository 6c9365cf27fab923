import { describe, expect, it } from 'vitest';
import { formatTone, kindToneRows, quadToneRows } from '../../../src/lib/text/tone-rules';
import { relationKinds, toneOfKind } from '../../../src/lib/schema/relation';
import { toneOfQuad } from '../../../src/lib/graph/graph-state';

describe('kindToneRows()', () => {
  it('lists every relation kind once, with the tone the graph draws it with, from cooperative to hostile', () => {
    const rows = kindToneRows();
    expect(rows.map((r) => r.kind).sort()).toEqual([...relationKinds].sort());
    for (const row of rows) expect(row.tone).toBe(toneOfKind[row.kind]);
    const tones = rows.map((r) => r.tone);
    expect(tones).toEqual([...tones].sort((a, b) => b - a));
  });

  it('draws a half step as the next step towards cooperation: normalising (+0.5) as +1', () => {
    const normalising = kindToneRows().find((r) => r.kind === 'normalising');
    expect(normalising).toEqual({ kind: 'normalising', tone: 0.5, step: 1 });
  });
});

describe('quadToneRows()', () => {
  it('gives each CAMEO quad class its range of root codes (GDELT\'s grouping) and the tone of its events', () => {
    expect(quadToneRows()).toEqual([
      { quad: 'verbal-cooperation', firstRoot: '01', lastRoot: '04', tone: toneOfQuad['verbal-cooperation'] },
      { quad: 'material-cooperation', firstRoot: '05', lastRoot: '08', tone: toneOfQuad['material-cooperation'] },
      { quad: 'verbal-conflict', firstRoot: '09', lastRoot: '13', tone: toneOfQuad['verbal-conflict'] },
      { quad: 'material-conflict', firstRoot: '14', lastRoot: '20', tone: toneOfQuad['material-conflict'] },
    ]);
  });
});

describe('formatTone(tone, locale)', () => {
  it('writes the sign, a typographic minus, and a decimal comma in German', () => {
    expect(formatTone(0.5, 'de')).toBe('+0,5');
    expect(formatTone(0.5, 'en')).toBe('+0.5');
    expect(formatTone(-2, 'en')).toBe('−2');
    expect(formatTone(0, 'de')).toBe('0');
  });
});
