/**
 * The pipeline's stages one by one, on inputs of a few lines: what each reports and where, and
 * what it hands to the next stage. `validation.test.ts` runs them together on the real article
 * and on broken fixture files.
 */
import { describe, expect, it } from 'vitest';
import type { Dating } from '../../../src/lib/schema/date';
import type { DataError } from '../../../src/lib/pipeline/errors';
import { coverageOf } from '../../../src/lib/pipeline/coverage';
import { quoteLocator } from '../../../src/lib/pipeline/quote-locator';
import { dateResolver, resolveEnd } from '../../../src/lib/pipeline/resolve-dates';
import { splitSentences } from '../../../src/lib/pipeline/sentences';
import { parseYamlFile } from '../../../src/lib/pipeline/yaml-file';

const article = 'Aliyev sprach am Montag mit Blinken. Die Grenze blieb zu.\nFoto: Reuters';
const sentences = splitSentences(article);
const records = parseYamlFile('data/events.yaml', '- id: call\n  quote: "sprach am Montag"\n- id: missing\n  quote: "nie gesagt"\n');

describe('quoteLocator', () => {
  it('finds a quotation, notes the sentences it uses, and reports one the article lacks at its line', () => {
    const errors: DataError[] = [];
    const quotes = quoteLocator(article, sentences, errors);
    const found = quotes.locate(records, [0, 'quote'], 'sprach am Montag', 'event:call');
    expect(article.slice(found!.start, found!.end)).toBe('sprach am Montag');
    expect(found!.sentences).toEqual([sentences[0]!.index]);
    expect([...quotes.usedBy.get(sentences[0]!.index)!]).toEqual(['event:call']);
    expect(quotes.locate(records, [1, 'quote'], 'nie gesagt', 'event:missing')).toBeUndefined();
    expect(errors).toEqual([expect.objectContaining({ file: 'data/events.yaml', line: 4, message: 'quote: quote not found in the article: "nie gesagt"' })]);
  });
});

describe('coverageOf', () => {
  it('counts used and excluded sentences, and reports a sentence that is neither at its line in the article', () => {
    const errors: DataError[] = [];
    const quotes = quoteLocator(article, sentences, errors);
    quotes.locate(records, [0, 'quote'], 'sprach am Montag', 'event:call');
    const excludedYaml = parseYamlFile('data/excluded.yaml', '- text: "Foto: Reuters"\n');
    const note = { de: 'Bildnachweis', en: 'Photo credit' };
    const coverage = coverageOf({ path: 'article.txt', text: article, sentences }, quotes.usedBy, { yaml: excludedYaml, list: [{ value: { text: 'Foto: Reuters', reason: 'credit-line', note }, index: 0 }] }, errors);
    expect(coverage).toMatchObject({ sentences: 3, covered: 1, excluded: 1, percent: 66.7 });
    expect(coverage.rows.map((r) => r.usedBy.length > 0 || Boolean(r.exclusion))).toEqual([true, false, true]);
    expect(errors).toEqual([expect.objectContaining({ file: 'article.txt', line: 1, col: 38, message: expect.stringContaining('is neither used by a record nor excluded') })]);
  });

  it('reports an exclusion of a sentence that a record uses', () => {
    const errors: DataError[] = [];
    const quotes = quoteLocator(article, sentences, errors);
    quotes.locate(records, [0, 'quote'], 'sprach am Montag', 'event:call');
    const excludedYaml = parseYamlFile('data/excluded.yaml', '- text: "mit Blinken"\n');
    coverageOf({ path: 'article.txt', text: article, sentences }, quotes.usedBy, { yaml: excludedYaml, list: [{ value: { text: 'mit Blinken', reason: 'byline', note: { de: 'x', en: 'x' } }, index: 0 }] }, errors);
    expect(errors.map((e) => e.message)).toContain(`text: sentence ${sentences[0]!.index} is excluded but also used by event:call`);
  });
});

describe('dateResolver', () => {
  const dated = parseYamlFile('data/events.yaml', '- id: call\n  date:\n    start: 2023-11-26\n');
  const monday: Dating = { precision: 'day', start: '2023-11-26', phrase: 'am Montag', relative: { rule: 'weekday', weekday: 'monday' } };

  it('resolves a month to its last day and a day to itself', () => {
    expect(resolveEnd({ precision: 'month', start: '2024-02-01' })).toBe('2024-02-29');
    expect(resolveEnd({ precision: 'day', start: '2023-11-27' })).toBe('2023-11-27');
  });

  it('reports a weekday that does not match the report\'s date, and derives the right one silently', () => {
    const errors: DataError[] = [];
    const resolve = dateResolver({ article, published: '2023-11-28', events: [] }, errors);
    resolve(dated, [0, 'date'], monday, true);
    expect(errors.map((e) => e.message)).toEqual(['date.start: "am Montag" in a report of 2023-11-28 means 2023-11-27, but the record says 2023-11-26']);
    const right = resolve(dated, [0, 'date'], { ...monday, start: '2023-11-27' }, true);
    expect(right).toMatchObject({ end: '2023-11-27', derivation: { published: '2023-11-28' } });
    expect(errors).toHaveLength(1);
  });

  it('checks a quoted date phrase against the article, but not a cited one', () => {
    const errors: DataError[] = [];
    const resolve = dateResolver({ article, published: '2023-11-28', events: [] }, errors);
    resolve(dated, [0, 'date'], { precision: 'day', start: '2023-11-27', phrase: 'am Dienstag' }, false);
    expect(errors).toEqual([]);
    resolve(dated, [0, 'date'], { precision: 'day', start: '2023-11-27', phrase: 'am Dienstag' }, true);
    expect(errors.map((e) => e.message)).toEqual(['date.phrase: date phrase not found in the article: "am Dienstag"']);
  });
});
