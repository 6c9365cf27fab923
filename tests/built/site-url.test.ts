import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * A build for a real address (`SITE_URL`), into its own folder so that the shared `dist/` stays
 * what the other tests read: nothing in it may point at the machine it was built on.
 */
const root = join(__dirname, '..', '..');
let base: string;
let out: string;
let log: string;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
}

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'site-url-'));
  out = join(base, 'site');
  const result = spawnSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build-site.ts', '--out', out], {
    cwd: root,
    env: { ...process.env, SITE_URL: 'https://example.org' },
    encoding: 'utf8',
  });
  log = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`the build failed:\n${log}`);
}, 300_000);

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('a build with SITE_URL=https://example.org', () => {
  it('names the local address nowhere in its output', () => {
    const all = files(out);
    expect(all.length).toBeGreaterThan(50);
    const local = all.filter((file) => /127\.0\.0\.1|localhost:4321/.test(readFileSync(file, 'latin1')));
    expect(local.map((file) => file.slice(out.length))).toEqual([]);
  });

  it('builds canonical links, oEmbed documents and iframe code from the address', () => {
    const $ = load(readFileSync(join(out, 'de', 'map', 'index.html'), 'utf8'));
    expect($('link[rel="canonical"]').attr('href')).toBe('https://example.org/de/map/');
    expect($('meta[property="og:url"]').attr('content')).toBe('https://example.org/de/map/');
    expect($('link[rel="alternate"][hreflang="en"]').attr('href')).toBe('https://example.org/en/map/');
    expect($.html()).toContain('https://example.org/embed/de/map/');
    expect(JSON.parse(readFileSync(join(out, 'oembed', 'de', 'map.json'), 'utf8')).html).toContain('https://example.org/embed/de/map/');
  });

  it('does not warn about a missing address', () => {
    expect(log).not.toContain('SITE_URL is not set');
  });
});
