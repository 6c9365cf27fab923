import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { buildDataset } from '../../../src/lib/pipeline/build-dataset';
import { readInputs } from '../../../scripts/run-pipeline';

const root = join(__dirname, '..', '..', '..');
const real = readInputs(root);
const files = ['data/events.yaml', 'data/actors.yaml', 'data/places.yaml', 'data/relations.yaml', 'data/sources/reuters-2023-11-28/excluded.yaml', 'data/sources/reuters-2023-11-28/meta.yaml'];

const hostileText = fc.oneof(
  fc.string(),
  fc.constantFrom('<script>alert(1)</script>', '"><svg onload=alert(1)>', '{{ x }}', '*alias', '&anchor', '- - -', ': :', '\u0000', '\uFEFF', '2023-02-30', 'null', '~'),
  fc.string({ minLength: 1000, maxLength: 20000 }),
);
const hostileValue = fc.oneof(hostileText, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(hostileText, { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 8 }), hostileText, { maxKeys: 3 }));

/** Asserts the pipeline's contract: located errors or a complete, valid dataset. Never a throw. */
function expectLocatedErrorOrDataset(inputs: Record<string, string>): void {
  let result: ReturnType<typeof buildDataset> | undefined;
  expect(() => (result = buildDataset(inputs))).not.toThrow();
  if (!result!.ok) {
    expect(result!.errors.length).toBeGreaterThan(0);
    for (const e of result!.errors) {
      expect(e.file).toMatch(/^data\//);
      expect(Number.isInteger(e.line) && e.line >= 0).toBe(true);
      expect(e.message.length).toBeGreaterThan(0);
    }
  } else {
    expect(result!.dataset.manifest.coverage.percent).toBe(100);
  }
}

describe('buildDataset(random and hostile input)', () => {
  it('ends with located errors or valid output when a file is replaced by random text', () => {
    fc.assert(fc.property(fc.constantFrom(...files), hostileText, (file, text) => expectLocatedErrorOrDataset({ ...real, [file]: text })), { numRuns: 150 });
  }, 60_000);

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
