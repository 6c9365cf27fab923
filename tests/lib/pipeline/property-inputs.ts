/** What the pipeline's property tests share: the real inputs, hostile values and the contract they check. */
import fc from 'fast-check';
import { expect } from 'vitest';
import { join } from 'node:path';
import { buildDataset } from '../../../src/lib/pipeline/build-dataset';
import { readInputs } from '../../../scripts/run-pipeline';

/** The repository's real inputs, which each property run changes in one place. */
export const real = readInputs(join(__dirname, '..', '..', '..'));

/** Random text, markup, YAML syntax, NUL and long strings. */
export const hostileText = fc.oneof(
  fc.string(),
  fc.constantFrom('<script>alert(1)</script>', '"><svg onload=alert(1)>', '{{ x }}', '*alias', '&anchor', '- - -', ': :', '\u0000', '\uFEFF', '2023-02-30', 'null', '~'),
  fc.string({ minLength: 1000, maxLength: 20000 }),
);

/** A hostile value of any YAML type for one field. */
export const hostileValue = fc.oneof(hostileText, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(hostileText, { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 8 }), hostileText, { maxKeys: 3 }));

/** Asserts the pipeline's contract: located errors or a complete, valid dataset. Never a throw. */
export function expectLocatedErrorOrDataset(inputs: Record<string, string>): void {
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

/**
 * Replaces one of `files` by random text, `runs` times, and checks the contract each time. The
 * six data files are split over two test files so that two workers share the runs.
 */
export function checkRandomTextIn(files: readonly string[], runs: number): void {
  fc.assert(fc.property(fc.constantFrom(...files), hostileText, (file, text) => expectLocatedErrorOrDataset({ ...real, [file]: text })), { numRuns: runs });
}
