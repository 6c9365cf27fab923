import { describe, expect, it } from 'vitest';
import { compareRules, expandFont, mediaMatches, parseDeclarations, parseStylesheet, resolveValue, specificity } from '../../../src/lib/kit/css-cascade';

const light = { width: 1280, scheme: 'light', scripting: false } as const;

describe('parseStylesheet(css, env)', () => {
  it('keeps the rules of media queries that hold for a light screen without scripts, one per selector, in order', () => {
    const css = `:root{--fg:#111}/* a comment { } */
      @media (prefers-color-scheme: dark){:root{--fg:#eee}}
      @media print{.a{fill:red}}
      @media screen and (min-width: 40rem){.a,.b .c{fill:var(--fg)}}
      @media (scripting: enabled){.a{display:none}}
      @media (max-width: 40rem){.a{stroke:blue}}
      @font-face{font-family:x;src:url(x.woff2)}`;
    const rules = parseStylesheet(css, light);
    expect(rules.map((r) => [r.selector, r.order, r.declarations.map((d) => `${d.name}:${d.value}`).join(';')])).toEqual([
      [':root', 0, '--fg:#111'],
      ['.a', 1, 'fill:var(--fg)'],
      ['.b .c', 2, 'fill:var(--fg)'],
    ]);
    expect(parseStylesheet(css, { ...light, scheme: 'dark' }).map((r) => r.declarations[0]!.value)).toContain('#eee');
  });

  it('reads declarations with !important, data URLs and custom properties', () => {
    expect(parseDeclarations('Fill: red !important; --Tone: var(--x, 1px); background: url(data:image/png;base64,AA==)')).toEqual([
      { name: 'fill', value: 'red', important: true },
      { name: '--Tone', value: 'var(--x, 1px)', important: false },
      { name: 'background', value: 'url(data:image/png;base64,AA==)', important: false },
    ]);
  });
});

describe('mediaMatches(list, env)', () => {
  it('holds for any query of a list, and for none it does not know', () => {
    expect(mediaMatches('print, (min-width: 800px)', light)).toBe(true);
    expect(mediaMatches('(hover: hover)', light)).toBe(false);
    expect(mediaMatches('not print', light)).toBe(true);
    expect(mediaMatches('not screen', light)).toBe(false);
    expect(mediaMatches('(scripting: none)', light)).toBe(true);
  });
});

describe('specificity(selector) and compareRules', () => {
  it('counts ids, classes with attributes and pseudo-classes, and types; :where() counts nothing', () => {
    expect(specificity('#a .b[c] svg:first-child')).toEqual([1, 3, 1]);
    expect(specificity(':where(.a .b) .c')).toEqual([0, 1, 0]);
    expect(specificity('.tl-origin-background .tl-shape')).toEqual([0, 2, 0]);
    expect(compareRules({ specificity: [0, 2, 0], order: 1 }, { specificity: [0, 1, 0], order: 9 })).toBeGreaterThan(0);
    expect(compareRules({ specificity: [0, 1, 0], order: 1 }, { specificity: [0, 1, 0], order: 9 })).toBeLessThan(0);
  });
});

describe('resolveValue(value, custom, color)', () => {
  it('replaces variables (nested, with fallbacks) and currentColor; a missing one without fallback gives undefined', () => {
    const custom = new Map([['--c', 'var(--actor-usa)'], ['--actor-usa', '#0066a8']]);
    expect(resolveValue('var(--c)', custom, undefined)).toBe('#0066a8');
    expect(resolveValue('translate(var(--dx, 0px), var(--dy, 2px))', custom, undefined)).toBe('translate(0px, 2px)');
    expect(resolveValue('currentColor', custom, '#111')).toBe('#111');
    expect(resolveValue('var(--missing)', custom, undefined)).toBeUndefined();
  });
});

describe('expandFont(value)', () => {
  it('gives the size and weight of a font shorthand, nothing for inherit', () => {
    expect(expandFont('700 10px/1 var(--font)')).toEqual({ 'font-size': '10px', 'font-weight': '700' });
    expect(expandFont('13px sans-serif')).toEqual({ 'font-size': '13px', 'font-weight': 'normal' });
    expect(expandFont('inherit')).toEqual({});
  });
});
