import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../../scripts/html-files';
import { credits } from '../../src/lib/site/credits';
import { packageDir } from '../../src/lib/site/licence-texts';

const root = join(__dirname, '..', '..');
const dist = join(root, 'dist');

/** Dependencies that only the data pipeline uses: it reads YAML and writes JSON, so nothing of them ships. */
const pipelineOnly = new Set(['js-yaml', 'yaml']);

describe('the licences page', () => {
  it('is linked from the footer of every page', () => {
    const pages = htmlFiles(dist)
      .map((file) => relative(dist, file))
      .filter((path) => path !== 'index.html' && !path.startsWith('embed/'));
    expect(pages.length).toBeGreaterThan(20);
    for (const path of pages) {
      const html = readFileSync(join(dist, path), 'utf8');
      const footer = html.includes('<footer') ? html.slice(html.lastIndexOf('<footer')) : html;
      expect(footer, path).toMatch(/href="\/(de|en)\/licences\/"/);
    }
  });

  for (const lang of ['de', 'en']) {
    it(`${lang}: credits every shipped library and data set with the licence its package declares, and its licence text`, () => {
      const html = readFileSync(join(dist, lang, 'licences', 'index.html'), 'utf8');
      for (const credit of credits) {
        const item = new RegExp(`<li[^>]*data-credit="${credit.key}"[^>]*>([\\s\\S]*?)</li>`).exec(html)?.[1];
        expect(item, credit.key).toBeDefined();
        if (!credit.fromPackage) continue;
        const declared = JSON.parse(readFileSync(join(packageDir(credit.key), 'package.json'), 'utf8')).license;
        expect(credit.license, credit.key).toBe(declared);
        expect(item, credit.key).toMatch(new RegExp(`<span data-licence[^>]*>${declared}</span>`));
        expect(item, credit.key).toMatch(/<pre[^>]*>[\s\S]*(Copyright|copyright|MIT license)[\s\S]*<\/pre>/);
      }
      expect(html).toContain('Natural Earth');
    });
  }

  it('leaves out no dependency of the site but the data pipeline\'s', () => {
    const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const credited = new Set(credits.map((c) => c.key));
    const missing = Object.keys(dependencies).filter((name) => !credited.has(name) && !pipelineOnly.has(name));
    expect(missing).toEqual([]);
  });
});
