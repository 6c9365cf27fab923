import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runPipeline } from '../../scripts/run-pipeline';
import { formatDataError } from '../../src/lib/pipeline/errors';

const root = join(__dirname, '..', '..');
const temps: string[] = [];

/** A throwaway project root with a copy of the real data. */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pipeline-'));
  temps.push(dir);
  cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true });
  return dir;
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('runPipeline(root, outDir)', () => {
  it('writes byte-identical output on two runs', () => {
    const project = copyProject();
    const out = join(project, 'out');
    expect(runPipeline(project, out).ok).toBe(true);
    const first = snapshot(out);
    expect(runPipeline(project, out).ok).toBe(true);
    expect(snapshot(out)).toEqual(first);
    expect(Object.keys(first)).toEqual(['actors.csv', 'actors.json', 'events.csv', 'events.json', 'manifest.json', 'places.csv', 'places.geojson', 'places.json', 'relations.csv', 'relations.json', 'story.json']);
    expect(Object.values(first).every((text) => text.endsWith('\n'))).toBe(true);
  });

  it('leaves the last good output untouched when the data breaks', () => {
    const project = copyProject();
    const out = join(project, 'out');
    expect(runPipeline(project, out).ok).toBe(true);
    const good = snapshot(out);
    const events = join(project, 'data', 'events.yaml');
    writeFileSync(events, readFileSync(events, 'utf8').replace('quote: sagte Baku am Dienstag', 'quote: sagte Baku am Mittwoch'));
    const result = runPipeline(project, out);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.message).toContain('quote not found in the article: "sagte Baku am Mittwoch"');
    expect(snapshot(out)).toEqual(good);
    expect(readdirSync(project).sort()).toEqual(['data', 'out']);
  });

  it('records the SHA-256 of every input in the manifest', () => {
    const project = copyProject();
    const out = join(project, 'out');
    runPipeline(project, out);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.inputs)).toContain('data/sources/reuters-2023-11-28/article.de.txt');
    expect(manifest.inputs['data/events.yaml']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reports a symlinked folder in data/ as a located error and keeps the last good output', () => {
    const project = copyProject();
    const out = join(project, 'out');
    expect(runPipeline(project, out).ok).toBe(true);
    const good = snapshot(out);
    mkdirSync(join(project, 'elsewhere'));
    writeFileSync(join(project, 'elsewhere', 'x.yaml'), '- a');
    symlinkSync(join(project, 'elsewhere'), join(project, 'data', 'linked'));
    const result = runPipeline(project, out);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map(formatDataError)).toContain('data/linked:0:0: not a regular file (a symbolic link?): data/ holds only plain files and folders');
    expect(snapshot(out)).toEqual(good);
  });

  it('names only the files it read in the manifest, not stray files in data/', () => {
    const project = copyProject();
    const out = join(project, 'out');
    writeFileSync(join(project, 'data', 'notes-draft.txt'), 'private notes');
    writeFileSync(join(project, 'data', '.DS_Store'), Buffer.from([0, 1, 2, 0xff]));
    expect(runPipeline(project, out).ok).toBe(true);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.inputs).sort()).toEqual([
      'data/actors.yaml',
      'data/events.yaml',
      'data/places.yaml',
      'data/relations.yaml',
      'data/sources/reuters-2023-11-28/article.de.txt',
      'data/sources/reuters-2023-11-28/excluded.yaml',
      'data/sources/reuters-2023-11-28/meta.yaml',
      'data/story.yaml',
    ]);
  });

  it('reports a 5 MB quote as a located error, without running out of memory', () => {
    const project = copyProject();
    const out = join(project, 'out');
    const events = join(project, 'data', 'events.yaml');
    const huge = 'sagte Baku am Dienstag '.repeat(230_000);
    writeFileSync(events, readFileSync(events, 'utf8').replace('quote: sagte Baku am Dienstag', `quote: ${huge}`));
    const result = runPipeline(project, out);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const lines = result.errors.map(formatDataError);
      expect(lines.some((l) => /^data\/events\.yaml:[1-9]\d*:\d+: quote: text is longer than 4000 characters$/.test(l)), lines.join('\n')).toBe(true);
    }
  });

  it('reports a long text as a located error', () => {
    const project = copyProject();
    const out = join(project, 'out');
    const events = join(project, 'data', 'events.yaml');
    const text = readFileSync(events, 'utf8');
    const first = "    en: US Secretary of State Antony Blinken calls Azerbaijan's president Ilham Aliyev.";
    expect(text).toContain(first);
    writeFileSync(events, text.replace(first, `${first}${' More.'.repeat(700)}`));
    const result = runPipeline(project, out);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const lines = result.errors.map(formatDataError);
      expect(lines.some((l) => /^data\/events\.yaml:[1-9]\d*:\d+: summary\.en: text is longer than 4000 characters$/.test(l)), lines.slice(0, 5).join('\n')).toBe(true);
    }
  });
});
