import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/lib/pipeline/sentences';
import { findQuote, normalizeWhitespace } from '../../../src/lib/pipeline/quotes';

describe('splitSentences(text)', () => {
  it('keeps German ordinal dates inside their sentence but ends one after a year', () => {
    const parts = splitSentences('Er sprach am 8. November 2023. Präsident der Republik').map((s) => s.text);
    expect(parts).toEqual(['Er sprach am 8. November 2023.', 'Präsident der Republik']);
  });

  it('treats every line as its own paragraph and reports offsets into the original', () => {
    const text = 'Erste Zeile ohne Punkt\n\nZweiter Satz. Dritter Satz.';
    const parts = splitSentences(text);
    expect(parts.map((s) => s.text)).toEqual(['Erste Zeile ohne Punkt', 'Zweiter Satz.', 'Dritter Satz.']);
    for (const s of parts) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(parts.map((s) => s.index)).toEqual([1, 2, 3]);
  });

  it('ends a sentence before a German opening quotation mark', () => {
    expect(splitSentences('Er sagte nein. „Nie“, hieß es.').map((s) => s.text)).toEqual(['Er sagte nein.', '„Nie“, hieß es.']);
  });
});

describe('findQuote(text, quote)', () => {
  it('matches across different whitespace but not different punctuation', () => {
    expect(findQuote('a  b\nc, d', 'a b c, d')).toEqual({ start: 0, end: 9 });
    expect(findQuote('O’Brien sagte', "O'Brien sagte")).toBeUndefined();
  });

  it('treats regular-expression characters literally', () => {
    expect(findQuote('BAKU (Reuters) – Der', 'BAKU (Reuters)')).toEqual({ start: 0, end: 14 });
    expect(findQuote('a.b', 'a*b')).toBeUndefined();
  });

  it('rejects an empty quote', () => {
    expect(findQuote('abc', '   ')).toBeUndefined();
    expect(normalizeWhitespace('  a \t b ')).toBe('a b');
  });
});
