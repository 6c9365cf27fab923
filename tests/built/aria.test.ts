import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../../scripts/html-files';

const dist = join(__dirname, '..', '..', 'dist');

describe('names on SVG groups', () => {
  it('names no <g> without a role, where screen readers would never announce the name', () => {
    const unnamed: string[] = [];
    for (const file of htmlFiles(dist)) {
      for (const tag of readFileSync(file, 'utf8').match(/<g\b[^>]*\baria-label(ledby)?=[^>]*>/g) ?? []) {
        if (!/\brole="/.test(tag)) unnamed.push(`${relative(dist, file)}: ${tag.slice(0, 80)}`);
      }
    }
    expect(unnamed).toEqual([]);
  });
});
