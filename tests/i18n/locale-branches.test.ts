import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(__dirname, '..', '..', 'src');

/** Every source file under `dir`, but generated output. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full);
    return /\.(ts|astro|mjs)$/.test(entry.name) ? [full] : [];
  });
}

/**
 * A comparison with one of the site's languages: `locale === 'de'`, `lang !== "en"`,
 * `'en' == x`. Whatever follows (a ternary, `&&`, an `if`) branches on the language, which
 * only `src/i18n` may do.
 */
const localeComparison = /(?:[!=]==?\s*['"`](?:de|en)['"`])|(?:['"`](?:de|en)['"`]\s*[!=]==?)/;

/** The lines of `text` that compare with a language, as `file:line: text`. */
export function localeBranches(file: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => (localeComparison.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
}

describe('copy lives in src/i18n', () => {
  it('finds a branch on the language however it is written', () => {
    expect(localeBranches('x.ts', "const a = locale === 'de' ? 'Datum' : 'Date';")).toHaveLength(1);
    expect(localeBranches('x.ts', 'if (lang !== "en") return;')).toHaveLength(1);
    expect(localeBranches('x.ts', "{'en' == locale && <p/>}")).toHaveLength(1);
    expect(localeBranches('x.ts', "const t = strings[locale];")).toEqual([]);
  });

  it('no file outside src/i18n branches on the language', () => {
    const found = sourceFiles(src)
      .filter((file) => !relative(src, file).startsWith('i18n'))
      .flatMap((file) => localeBranches(relative(src, file), readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });
});
