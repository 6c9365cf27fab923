import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { credits } from '../../src/lib/site/credits';
import { packageDir } from '../../src/lib/site/licence-texts';
import { builtPages, page, parseFile } from './built-site';

const root = join(__dirname, '..', '..');

/** Dependencies that only the data pipeline uses: it reads YAML and writes JSON, so nothing of them ships. */
const pipelineOnly = new Set(['yaml']);

describe('the licences page', () => {
  it('is linked from the footer of every page', () => {
    const pages = [...builtPages()].filter(([path]) => !path.startsWith('/embed/'));
    expect(pages.length).toBeGreaterThan(20);
    for (const [path, file] of pages) {
      const $ = parseFile(file);
      const lang = path.startsWith('/en/') ? 'en' : 'de';
      // The not-found page has no footer: its short body links the page instead.
      const scope = $('footer').length > 0 ? $('footer') : $('body');
      expect(scope.find(`a[href="/${lang}/licences/"]`).length, path).toBeGreaterThan(0);
    }
  });

  for (const lang of ['de', 'en']) {
    it(`${lang}: credits every shipped library and data set with the licence its package declares, and its licence text`, () => {
      const $ = page(`/${lang}/licences/`);
      for (const credit of credits) {
        const item = $(`li[data-credit="${credit.key}"]`);
        expect(item.length, credit.key).toBe(1);
        if (!credit.fromPackage) continue;
        const declared = JSON.parse(readFileSync(join(packageDir(credit.key), 'package.json'), 'utf8')).license;
        expect(credit.license, credit.key).toBe(declared);
        expect(item.find('[data-licence]').text().trim(), credit.key).toBe(declared);
        expect(item.find('pre').text(), credit.key).toMatch(/Copyright|copyright|MIT license/);
      }
      expect($('main').text()).toContain('Natural Earth');
    });
  }

  it('leaves out no dependency of the site but the data pipeline\'s', () => {
    const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const credited = new Set(credits.map((c) => c.key));
    const missing = Object.keys(dependencies).filter((name) => !credited.has(name) && !pipelineOnly.has(name));
    expect(missing).toEqual([]);
  });
});
