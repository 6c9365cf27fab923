import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The gzip weight of what one built page loads: its scripts (with every chunk they import) and styles, linked or inline. */
export interface PageWeight {
  js: number;
  css: number;
  html: number;
  jsFiles: string[];
  cssFiles: string[];
}

const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

/** Follows the static (and, unless `dynamic` is false, the dynamic) imports of a built module, collecting every file it may load. */
function collectModule(dist: string, sitePath: string, seen: Set<string>, dynamic = true): void {
  if (seen.has(sitePath)) return;
  const file = join(dist, sitePath);
  if (!existsSync(file)) return;
  seen.add(sitePath);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:import|from)\s*(\(?)\s*["']([^"']+\.js)["']/g)) {
    if (!dynamic && match[1]) continue;
    const spec = match[2]!;
    const next = spec.startsWith('/') ? spec : posix.join(posix.dirname(sitePath), spec);
    collectModule(dist, next, seen, dynamic);
  }
}

/**
 * Measures a built page (`/de/timeline/`) in `dist`. With `{ dynamic: false }` only the scripts
 * the page loads at start count, not the chunks it imports later (when a view scrolls into view).
 */
export function measurePage(dist: string, pagePath: string, options: { dynamic?: boolean } = {}): PageWeight {
  const dynamic = options.dynamic ?? true;
  const htmlFile = join(dist, pagePath, pagePath.endsWith('.html') ? '' : 'index.html');
  const html = readFileSync(htmlFile);
  const text = html.toString('utf8');
  const scripts = new Set<string>();
  for (const m of text.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) collectModule(dist, m[1]!, scripts, dynamic);
  for (const m of text.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) collectModule(dist, m[1]!, scripts, dynamic);
  const styles = [...text.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const inlineCss = [...text.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('\n');
  const sum = (paths: Iterable<string>) => [...paths].reduce((n, p) => n + gz(readFileSync(join(dist, p))), 0);
  const css = sum(styles) + (inlineCss ? gz(Buffer.from(inlineCss)) : 0);
  const cssFiles = [...styles.sort(), ...(inlineCss ? [`<style> in the page (${inlineCss.length} bytes)`] : [])];
  return { js: sum(scripts), css, html: html.length, jsFiles: [...scripts].sort(), cssFiles };
}

/** Directory of a module file, for callers that need to resolve `dist` next to the project. */
export const projectRoot = join(dirname(new URL(import.meta.url).pathname), '..');
