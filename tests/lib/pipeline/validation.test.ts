import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/lib/pipeline/build-dataset';
import { formatDataError } from '../../../src/lib/pipeline/errors';
import { readInputs } from '../../../scripts/run-pipeline';

const root = join(__dirname, '..', '..', '..');
const brokenDir = join(root, 'tests', 'fixtures', 'pipeline', 'broken');
const realInputs = readInputs(root);

function trailer(text: string, key: string): string {
  const match = new RegExp(`^# ${key}: (.*)$`, 'm').exec(text);
  if (!match) throw new Error(`fixture lacks "# ${key}:"`);
  return match[1]!;
}

describe('buildDataset(real article and data)', () => {
  it('accepts the real data with every sentence accounted for', () => {
    const result = buildDataset(realInputs);
    if (!result.ok) throw new Error(result.errors.map(formatDataError).join('\n'));
    expect(result.dataset.manifest.coverage.percent).toBe(100);
    expect(result.dataset.manifest.coverage.rows.every((r) => r.usedBy.length > 0 || r.exclusion)).toBe(true);
  });

  it('derives "am Montag" in the Tuesday report as 27 Nov 2023 and records the report\'s date, not a sentence', () => {
    const result = buildDataset(realInputs);
    if (!result.ok) throw new Error('real data failed');
    const call = result.dataset.events.find((e) => e.id === 'phone-call')!;
    expect(call.date.start).toBe('2023-11-27');
    expect(call.date.derivation).toEqual({ published: '2023-11-28' });
  });

  it('records the anchor event of a date after another event', () => {
    const result = buildDataset(realInputs);
    if (!result.ok) throw new Error('real data failed');
    const after = result.dataset.events.find((e) => e.date.relative?.rule === 'after-event')!;
    const anchor = result.dataset.events.find((e) => e.id === (after.date.relative as { event: string }).event)!;
    expect(after.date.derivation).toEqual({ published: '2023-11-28', anchor: { event: anchor.id, title: anchor.title, end: anchor.date.end } });
  });

  it('locates every quote in the sentences of the article', () => {
    const result = buildDataset(realInputs);
    if (!result.ok) throw new Error('real data failed');
    const article = realInputs['data/sources/reuters-2023-11-28/article.de.txt']!;
    for (const e of result.dataset.events.filter((x) => x.quote)) {
      const loc = e.quoteLocation!;
      expect(article.slice(loc.start, loc.end).replace(/\s+/g, ' ')).toBe(e.quote!.replace(/\s+/g, ' '));
      expect(loc.sentences.length).toBeGreaterThan(0);
    }
  });

  it('reports every error of a run at once, sorted by file and line', () => {
    const inputs = { ...realInputs, 'data/events.yaml': readFileSync(join(brokenDir, 'quote-not-found.yaml'), 'utf8'), 'data/actors.yaml': readFileSync(join(brokenDir, 'not-a-list.yaml'), 'utf8') };
    const result = buildDataset(inputs);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.errors.map(formatDataError);
    expect(lines.some((l) => l.startsWith('data/actors.yaml:1:1: expected a list of records'))).toBe(true);
    expect(lines.some((l) => l.includes('quote not found in the article'))).toBe(true);
    const files = lines.map((l) => l.split(':')[0]!);
    expect(files).toEqual([...files].sort((a, b) => a.localeCompare(b)));
  });

  it('rejects, located to its actors, an event none of whose actors has a lane', () => {
    const actor = ['', '- id: observers', '  kind: group', '  name: { en: Observers, de: Beobachter }', '  short: { en: Observers, de: Beobachter }', '  grammar:', '    de: { nom: die Beobachter, gen: der Beobachter, dat: den Beobachtern, acc: die Beobachter, number: plural }', '    en: { name: the observers, number: plural }', '  origin: background', '  citation: { publisher: Example, url: "https://example.org/observers" }', ''].join('\n');
    const events = realInputs['data/events.yaml']!;
    const lines = events.split('\n').length;
    const event = ['', '- id: observers-meet', '  title: { en: Observers meet, de: Beobachter treffen sich }', '  summary: { en: They meet., de: Sie treffen sich. }', '  date: { precision: day, start: 2023-10-02 }', '  theme: diplomacy', '  actors: [observers]', '  cameo: { root: "04", quad: verbal-cooperation }', '  origin: background', '  citation: { publisher: Example, url: "https://example.org/meeting" }', ''].join('\n');
    const result = buildDataset({ ...realInputs, 'data/actors.yaml': realInputs['data/actors.yaml'] + actor, 'data/events.yaml': events + event });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(formatDataError)).toEqual([expect.stringMatching(new RegExp(`^data/events\\.yaml:${lines + 6}:11: actors: no actor with a lane of its own`))]);
  });

  it('names a missing input file', () => {
    const { ['data/relations.yaml']: _dropped, ...inputs } = realInputs;
    const result = buildDataset(inputs);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map(formatDataError)).toContain('data/relations.yaml:0:0: file is missing');
  });
});

describe('buildDataset(broken fixtures) fails with the located message', () => {
  for (const name of readdirSync(brokenDir).filter((f) => f.endsWith('.yaml')).sort()) {
    const text = readFileSync(join(brokenDir, name), 'utf8');
    const replaces = trailer(text, 'replaces');
    const at = trailer(text, 'at');
    const expected = trailer(text, 'expect');
    it(`${name}: ${expected}`, () => {
      const result = buildDataset({ ...realInputs, [replaces]: text });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const lines = result.errors.map(formatDataError);
      const hit = lines.find((l) => l.includes(expected));
      expect(hit, `no error contains "${expected}" in:\n${lines.join('\n')}`).toBeDefined();
      expect(hit!.startsWith(at), `${hit} is not at ${at}`).toBe(true);
    });
  }
});
