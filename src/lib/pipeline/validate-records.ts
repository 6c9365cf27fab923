/**
 * The pipeline's first stage: each YAML file's records checked against their schema, every
 * problem located to its file, line and column. Records that fail are left out; the rest keep
 * their index in the file, so later stages can locate their own problems.
 */
import type { z } from 'astro/zod';
import type { DataError } from './errors';
import { maxFieldLength, overlongStrings } from './input-text';
import type { YamlFile } from './yaml-file';

/** A record that passed its schema, with its position in its file's list. */
export interface Located<T> {
  value: T;
  index: number;
}

/** Adds an error at `path` inside `yaml`, named by the path's field names ("date.start: …"). */
export function pushIssue(yaml: YamlFile, path: readonly (string | number)[], message: string, errors: DataError[]): void {
  const { line, col } = yaml.locate(path);
  const where = path.filter((p) => typeof p === 'string').join('.');
  errors.push({ file: yaml.file, line, col, message: where ? `${where}: ${message}` : message });
}

/** Reports every string in `value` that is longer than a field may be; true when there was one. */
function reportOverlong(yaml: YamlFile, value: unknown, prefix: (string | number)[], errors: DataError[]): boolean {
  const overlong = overlongStrings(value, prefix);
  for (const path of overlong) pushIssue(yaml, path, `text is longer than ${maxFieldLength} characters`, errors);
  return overlong.length > 0;
}

/** The file's single record (the article's metadata), or undefined with its problems reported. */
export function validateRecord<S extends z.ZodTypeAny>(yaml: YamlFile, schema: S, errors: DataError[]): z.output<S> | undefined {
  if (yaml.errors.length > 0) {
    errors.push(...yaml.errors);
    return undefined;
  }
  if (reportOverlong(yaml, yaml.value, [], errors)) return undefined;
  const parsed = schema.safeParse(yaml.value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) pushIssue(yaml, issue.path, issue.message, errors);
  return undefined;
}

/** The file's list of records that pass `schema`, each problem of the others reported. */
export function validateList<S extends z.ZodTypeAny>(yaml: YamlFile, schema: S, errors: DataError[]): Located<z.output<S>>[] {
  if (yaml.errors.length > 0) {
    errors.push(...yaml.errors);
    return [];
  }
  if (!Array.isArray(yaml.value)) {
    errors.push({ file: yaml.file, line: 1, col: 1, message: 'expected a list of records' });
    return [];
  }
  const out: Located<z.output<S>>[] = [];
  yaml.value.forEach((item, index) => {
    if (reportOverlong(yaml, item, [index], errors)) return;
    const parsed = schema.safeParse(item);
    if (parsed.success) out.push({ value: parsed.data, index });
    else for (const issue of parsed.error.issues) pushIssue(yaml, [index, ...issue.path], issue.message, errors);
  });
  return out;
}

/** `text` cut to `max` characters with an ellipsis, for quoting input in an error message. */
export function truncate(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
