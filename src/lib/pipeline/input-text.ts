import type { DataError } from './errors';

/** The largest input file the pipeline reads (the real files are below 50 kB); larger is no data file. */
export const maxInputBytes = 8_000_000;

/** The longest text a single field may hold. */
export const maxFieldLength = 4000;

/** Line and column (1-based) of offset `index` in `text`. */
export function lineColAt(text: string, index: number): { line: number; col: number } {
  const before = text.slice(0, index);
  return { line: before.split('\n').length, col: index - before.lastIndexOf('\n') };
}

/**
 * Checks an input file's text before it is parsed: its size, bytes that were not valid UTF-8
 * (decoded as U+FFFD), NUL bytes and other control characters (tab, line feed and carriage
 * return are allowed). Each problem is reported once, at its first place.
 */
export function checkInputText(file: string, text: string): DataError[] {
  const errors: DataError[] = [];
  if (text.length > maxInputBytes) {
    errors.push({ file, line: 0, col: 0, message: `file is larger than ${maxInputBytes / 1_000_000} MB` });
    return errors;
  }
  const at = (index: number, message: string) => errors.push({ file, ...lineColAt(text, index), message });
  const invalid = text.indexOf('\uFFFD');
  if (invalid >= 0) at(invalid, 'invalid UTF-8: the file must be saved as UTF-8 (or it holds a U+FFFD replacement character)');
  const nul = text.indexOf('\0');
  if (nul >= 0) at(nul, 'NUL byte in the file');
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const control = /[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u.exec(text);
  if (control) at(control.index, `control character U+${control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} in the file`);
  return errors;
}

/**
 * Every string inside a parsed value that is longer than `maxFieldLength`, with its path, so a
 * pasted-in article or a runaway text is a located error instead of a slow run.
 */
export function overlongStrings(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return value.length > maxFieldLength ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => overlongStrings(item, [...path, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => overlongStrings(item, [...path, key]));
  return [];
}
