import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../support/csv';
import { dist } from './built-site';

describe('the data files under /data/', () => {
  for (const name of ['actors', 'events', 'places', 'relations']) {
    it(`${name}.csv reads back to one row per record of ${name}.json, in the same order, every row as wide as the header`, () => {
      const text = readFileSync(join(dist, 'data', `${name}.csv`), 'utf8');
      expect(text.endsWith('\r\n')).toBe(true);
      const [header, ...rows] = parseCsv(text);
      const json = JSON.parse(readFileSync(join(dist, 'data', `${name}.json`), 'utf8')) as { id: string }[];
      expect(header![0]).toBe('id');
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row, row[0]).toHaveLength(header!.length);
      expect(rows.map((r) => r[0])).toEqual(json.map((r) => r.id));
    });
  }
});
