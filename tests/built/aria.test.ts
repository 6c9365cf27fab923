import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../../scripts/html-files';
import { dist, parseFile } from './built-site';

describe('names on SVG groups', () => {
  it('names no <g> without a role, where screen readers would never announce the name', () => {
    const unnamed: string[] = [];
    let named = 0;
    for (const file of htmlFiles(dist)) {
      const $ = parseFile(file);
      $('g[aria-label], g[aria-labelledby]').each((_, group) => {
        named += 1;
        if (!$(group).attr('role')) unnamed.push(`${relative(dist, file)}: ${$.html(group).slice(0, 80)}`);
      });
    }
    expect(named, 'named groups found, so the check reads the drawings').toBeGreaterThan(0);
    expect(unnamed).toEqual([]);
  });
});
