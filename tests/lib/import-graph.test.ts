/**
 * The layers, read from the import statements of every module under `src/`:
 * pages → components → views → {lib, i18n}. `src/lib` is pure and imports none of the layers above
 * it; only `src/views` joins the dataset with the words and the layouts; a component takes its
 * props from its view. What does not follow the layers yet is listed below, each by name: the
 * test fails on any other module that breaks them, and on a listed one that no longer does, so
 * the list only shrinks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..', '..');
const src = join(root, 'src');

/** Every module under `src/` (TypeScript and Astro), as a path from the project root. */
function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : modules(path);
    return /\.(ts|astro)$/.test(entry.name) ? [relative(root, path)] : [];
  });
}

/** A module's imports of other modules under `src/`: the target's path and whether only types come from it. */
function importsOf(file: string): { target: string; typeOnly: boolean }[] {
  const text = readFileSync(join(root, file), 'utf8');
  const found: { target: string; typeOnly: boolean }[] = [];
  const statements = /\bimport\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const match of text.matchAll(statements)) {
    const specifier = match[2] ?? match[3]!;
    if (!specifier.startsWith('.')) continue;
    const target = relative(root, resolve(dirname(join(root, file)), specifier.replace(/\?.*$/, '')));
    found.push({ target, typeOnly: Boolean(match[1]) });
  }
  return found;
}

const layerOf = (path: string) => /^src\/([^/]+)/.exec(path)?.[1] ?? '';
const graph = modules(src).map((file) => ({ file, imports: importsOf(file) }));

/** The modules that break `rule`, each with the first import that does. */
function breaking(rule: (file: string, target: string, typeOnly: boolean) => boolean): string[] {
  return graph.filter(({ file, imports }) => imports.some(({ target, typeOnly }) => rule(file, target, typeOnly))).map(({ file }) => file).sort();
}

/** Lib modules that still produce words with i18n's tables instead of declaring the strings they need. */
const libWithWords = ['src/lib/graph/graph-model.ts', 'src/lib/graph/graph-text.ts', 'src/lib/timeline/svg-text.ts'];
/** i18n modules that still call lib's formatters (dates, locales) rather than only its types. */
const i18nWithLibValues = ['src/i18n/derivation.ts', 'src/i18n/locales.ts'];
/** Components that still join the dataset themselves: the three views, next in line for `src/views/`. */
const componentsWithData = ['src/components/MapView.astro', 'src/components/RelationGraph.astro', 'src/components/Timeline.astro'];
/** Pages that still read the dataset themselves (their tables and lists). */
const pagesWithData = [
  'src/pages/[lang]/index.astro',
  'src/pages/[lang]/map.astro',
  'src/pages/[lang]/relations.astro',
  'src/pages/[lang]/sources.astro',
  'src/pages/[lang]/teach.astro',
  'src/pages/[lang]/timeline.astro',
  'src/pages/[lang]/worksheet/[view]/answers.astro',
  'src/pages/[lang]/worksheet/[view]/index.astro',
  'src/pages/embed/[lang]/relations.astro',
];

const readsDataset = (target: string) => target === 'src/lib/data/dataset';

describe('the import graph follows the layers', () => {
  it('finds the modules and their imports', () => {
    expect(graph.length).toBeGreaterThan(100);
    expect(graph.find((m) => m.file === 'src/components/Accounts.astro')!.imports.map((i) => i.target)).toContain('src/views/accounts');
  });

  it('src/lib imports nothing from i18n, components, views, client or pages', () => {
    const above = new Set(['i18n', 'components', 'views', 'client', 'pages', 'layouts']);
    expect(breaking((file, target) => layerOf(file) === 'lib' && above.has(layerOf(target)))).toEqual(libWithWords);
  });

  it('src/i18n imports only types from src/lib, and nothing from the layers above it', () => {
    expect(breaking((file, target, typeOnly) => layerOf(file) === 'i18n' && layerOf(target) === 'lib' && !typeOnly)).toEqual(i18nWithLibValues);
    expect(breaking((file, target) => layerOf(file) === 'i18n' && ['components', 'views', 'client', 'pages', 'layouts'].includes(layerOf(target)))).toEqual([]);
  });

  it('src/views imports no component, client module, layout or page', () => {
    expect(breaking((file, target) => layerOf(file) === 'views' && ['components', 'client', 'pages', 'layouts'].includes(layerOf(target)))).toEqual([]);
  });

  it('no component, layout or client module reads the dataset: its view does', () => {
    expect(breaking((file, target) => ['components', 'layouts', 'client'].includes(layerOf(file)) && readsDataset(target))).toEqual(componentsWithData);
  });

  it('pages read the dataset only where listed', () => {
    expect(breaking((file, target) => layerOf(file) === 'pages' && readsDataset(target))).toEqual(pagesWithData);
  });

  it('nothing under src/ imports a test', () => {
    expect(breaking((_, target) => target.startsWith('tests/'))).toEqual([]);
  });
});
