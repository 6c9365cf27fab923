import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { buildDataset } from '../../../src/lib/pipeline/build-dataset';
import { expectLocatedErrorOrDataset, hostileValue, real } from './property-inputs';

describe('buildDataset(hostile values in real records)', () => {
  it('ends with located errors or valid output when one field of a real record gets a hostile value', () => {
    const parsed = parse(real['data/events.yaml']!, { schema: 'core' }) as Record<string, unknown>[];
    const fields = ['id', 'title', 'summary', 'date', 'theme', 'actors', 'source', 'target', 'cameo', 'place', 'quote', 'translation', 'origin', 'citation', 'claim', 'notes', 'figures'];
    fc.assert(
      fc.property(fc.nat(parsed.length - 1), fc.constantFrom(...fields), hostileValue, (index, field, value) => {
        const copy = parsed.map((r) => ({ ...r }));
        copy[index]![field] = value;
        expectLocatedErrorOrDataset({ ...real, 'data/events.yaml': stringify(copy) });
      }),
      { numRuns: 80 },
    );
  }, 60_000);

  it('rejects a quote with <script> in it as not found in the article', () => {
    const text = real['data/events.yaml']!.replace('quote: sagte Baku am Dienstag', 'quote: "<script>alert(1)</script> sagte Baku"');
    const result = buildDataset({ ...real, 'data/events.yaml': text });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.some((e) => e.message.includes('quote not found in the article: "<script>alert(1)</script> sagte Baku"'))).toBe(true);
  });
});
