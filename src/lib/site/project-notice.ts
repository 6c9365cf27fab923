/**
 * Who made the site and when, as far as the project itself says: the copyright line of its
 * licence file. Nothing else in the project names its makers, so the about page quotes that
 * line rather than naming anyone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The copyright line of a licence: the whole line, its year (or years) and its holder. */
export interface CopyrightNotice {
  line: string;
  year: string;
  holder: string;
}

/** Reads the first "Copyright (c) <year> <holder>" line of a licence text; undefined when there is none. */
export function parseCopyright(text: string): CopyrightNotice | undefined {
  const match = /^Copyright\s+(?:\(c\)|©)\s+(\d{4}(?:\s*[–-]\s*\d{4})?)\s+(.+?)\s*$/im.exec(text);
  if (!match) return undefined;
  return { line: match[0].trim(), year: match[1] as string, holder: match[2] as string };
}

/** The project's own notice, from `LICENSE` in the folder the build runs in; throws when it has none. */
export function projectNotice(root: string = process.cwd()): CopyrightNotice {
  const notice = parseCopyright(readFileSync(join(root, 'LICENSE'), 'utf8'));
  if (!notice) throw new Error('LICENSE has no copyright line');
  return notice;
}
