/** The built site (`dist/`) for the node tests of its files: paths, and pages parsed with cheerio. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { htmlFiles } from '../../scripts/html-files';

/** The built site's folder. */
export const dist = join(__dirname, '..', '..', 'dist');

const parsed = new Map<string, CheerioAPI>();

/** The page in `file` (a full path), parsed once. */
export function parseFile(file: string): CheerioAPI {
  let page = parsed.get(file);
  if (!page) {
    page = load(readFileSync(file, 'utf8'));
    parsed.set(file, page);
  }
  return page;
}

/** Every built page by its site path ("/de/sources/"), without the root redirect. */
export function builtPages(): Map<string, string> {
  return new Map(
    htmlFiles(dist)
      .map((file) => [`/${relative(dist, file).replace(/index\.html$/, '')}`, file] as const)
      .filter(([path]) => path !== '/'),
  );
}

/** The built page at a site path, parsed; fails when it was not built. */
export function page(path: string): CheerioAPI {
  const file = join(dist, path, path.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) throw new Error(`${path} is not built`);
  return parseFile(file);
}

/** The file a site path (without query or hash) names in `dist/`, or undefined if none. */
export function resolveTarget(path: string): string | undefined {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
  const file = join(dist, clean);
  if (existsSync(file) && statSync(file).isFile()) return file;
  if (existsSync(join(file, 'index.html'))) return join(file, 'index.html');
  return undefined;
}
