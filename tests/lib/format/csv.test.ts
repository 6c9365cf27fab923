import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../../src/lib/format/csv';

describe('csvField(value)', () => {
  it('quotes commas, quotes and line breaks, and doubles inner quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('plain')).toBe('plain');
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-1+1')).toBe("'-1+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('writes numbers as numbers, negative ones included', () => {
    expect(csvField(-2)).toBe('-2');
    expect(csvField(0.5)).toBe('0.5');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('writes nothing for missing values', () => {
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
  });
});

describe('toCsv(header, rows)', () => {
  it('joins with CRLF and ends with one', () => {
    expect(toCsv(['id', 'n'], [['a', 1], ['b', null]])).toBe('id,n\r\na,1\r\nb,\r\n');
  });
});

describe('toCsv(header, rows, "semicolon")', () => {
  it('separates with semicolons, quotes fields that hold one, and writes decimal commas, as a spreadsheet set to German reads it', () => {
    expect(toCsv(['id', 'lat', 'note'], [['a;b', 39.8153, 'x, y'], ['c', -0.5, null]], 'semicolon')).toBe('id;lat;note\r\n"a;b";39,8153;x, y\r\nc;-0,5;\r\n');
  });
});
