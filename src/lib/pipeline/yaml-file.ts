import { isMap, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { DataError } from './errors';

/** A parsed YAML file that can locate any path inside it. */
export interface YamlFile {
  file: string;
  /** The plain JavaScript value, or undefined when the file did not parse. */
  value: unknown;
  /** Syntax errors, located. */
  errors: DataError[];
  /** Line and column of the node at `path`, or of its nearest existing parent. */
  locate(path: readonly (string | number)[]): { line: number; col: number };
}

/** Where the document's first alias starts (0 when it has none). */
function firstAliasOffset(doc: Document.Parsed): number {
  let offset = 0;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/**
 * Parses a YAML data file once, with `yaml` and the YAML 1.2 core schema (dates stay strings):
 * the same parse gives the plain value and every node's position, so an error in a record is
 * located without reading the file again. Syntax errors and duplicate keys are reported with
 * their line and column, never thrown; a file with errors has no value.
 */
export function parseYamlFile(file: string, text: string): YamlFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false });
  const errors: DataError[] = doc.errors.map((e) => {
    const pos = lineCounter.linePos(e.pos[0]);
    return { file, line: pos.line, col: pos.col, message: `YAML: ${e.message.split('\n')[0]}` };
  });
  let value: unknown;
  if (errors.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (cause) {
      // An alias to an anchor defined after it, or aliases that expand beyond the limit.
      const pos = lineCounter.linePos(firstAliasOffset(doc));
      errors.push({ file, line: pos.line, col: pos.col, message: `YAML: ${(cause as Error).message.split('\n')[0]}` });
    }
  }
  const locate = (path: readonly (string | number)[]) => {
    let node: unknown = doc.contents;
    let found = node as Node | undefined;
    for (const key of path) {
      if (!(isMap(node) || isSeq(node))) break;
      const next = node.get(key, true) as unknown;
      if (next === undefined) break;
      node = next;
      found = next as Node;
    }
    const offset = found?.range?.[0];
    if (offset === undefined) return { line: 1, col: 1 };
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, col: pos.col };
  };
  return { file, value, errors, locate };
}
