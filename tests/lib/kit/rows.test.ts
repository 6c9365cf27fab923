import { describe, expect, it } from 'vitest';
import { rowsToCsv } from '../../../src/lib/kit/rows';
import { parseCsv } from '../../support/csv';

const data = { columns: ['id', 'title', 'lat'], rows: [{ id: 'goris', title: 'Goris – Süd', lat: 39.5 }] };

describe('rowsToCsv(data, options)', () => {
  it('starts with a UTF-8 byte order mark, so a spreadsheet reads the umlauts and dashes', () => {
    expect(new TextEncoder().encode(rowsToCsv(data)).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('names the columns in the page\'s language where headers are given, and by their keys elsewhere', () => {
    const [header, row] = parseCsv(rowsToCsv(data, { headers: { id: 'Kennung', title: 'Titel' } }));
    expect(header).toEqual(['Kennung', 'Titel', 'lat']);
    expect(row).toEqual(['goris', 'Goris – Süd', '39.5']);
  });

  it('writes the semicolon dialect with decimal commas', () => {
    expect(parseCsv(rowsToCsv(data, { dialect: 'semicolon' }), ';')[1]).toEqual(['goris', 'Goris – Süd', '39,5']);
  });
});
