import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runPipeline } from '../../scripts/run-pipeline';

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
});
