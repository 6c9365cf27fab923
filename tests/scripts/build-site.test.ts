import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildAndSwap } from '../../scripts/build-site';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A folder holding a last good `dist/`. */
function project(): { base: string; dist: string } {
  const base = mkdtempSync(join(tmpdir(), 'build-site-'));
  temps.push(base);
  const dist = join(base, 'dist');
  mkdirSync(join(dist, 'de'), { recursive: true });
  writeFileSync(join(dist, 'de', 'index.html'), 'last good');
  return { base, dist };
}

describe('buildAndSwap(outDir, build)', () => {
  it('leaves the last good site in place when the build fails half-way', () => {
    const { base, dist } = project();
    const ok = buildAndSwap(dist, (staging) => {
      mkdirSync(join(staging, 'chunks'), { recursive: true });
      writeFileSync(join(staging, 'chunks', 'server.mjs'), 'half-written');
      return false;
    });
    expect(ok).toBe(false);
    expect(readFileSync(join(dist, 'de', 'index.html'), 'utf8')).toBe('last good');
    expect(existsSync(join(dist, 'chunks'))).toBe(false);
    expect(readdirSync(base)).toEqual(['dist']);
  });

  it('leaves it in place when the build throws', () => {
    const { base, dist } = project();
    expect(() =>
      buildAndSwap(dist, (staging) => {
        mkdirSync(staging);
        throw new Error('crash');
      }),
    ).toThrow('crash');
    expect(readFileSync(join(dist, 'de', 'index.html'), 'utf8')).toBe('last good');
    expect(readdirSync(base)).toEqual(['dist']);
  });

  it('replaces the site whole when the build succeeds', () => {
    const { base, dist } = project();
    const ok = buildAndSwap(dist, (staging) => {
      mkdirSync(join(staging, 'en'), { recursive: true });
      writeFileSync(join(staging, 'en', 'index.html'), 'new');
      return true;
    });
    expect(ok).toBe(true);
    expect(readdirSync(dist)).toEqual(['en']);
    expect(readdirSync(base)).toEqual(['dist']);
  });
});
