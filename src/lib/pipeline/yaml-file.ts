import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
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

/**
 * Parses YAML keeping source positions, so validation errors can name the line.
 * Duplicate keys and syntax errors are reported, never thrown.
 */
export function parseYamlFile(file: string, text: string): YamlFile {
  const lineCounter = new LineCounter();
  let doc: Document.Parsed | undefined;
  const errors: DataError[] = [];
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  } catch (cause) {
    errors.push({ file, line: 0, col: 0, message: `cannot parse YAML: ${String(cause)}` });
  }
  for (const e of doc?.errors ?? []) {
    const pos = lineCounter.linePos(e.pos[0]);
    errors.push({ file, line: pos.line, col: pos.col, message: `YAML: ${e.message.split('\n')[0]}` });
  }
  let value: unknown;
  if (doc && errors.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (cause) {
      errors.push({ file, line: 0, col: 0, message: `cannot read YAML: ${String(cause)}` });
    }
  }
  const locate = (path: readonly (string | number)[]) => {
    let node: unknown = doc?.contents;
    let found: Node | undefined = node as Node | undefined;
    for (const key of path) {
      if (isMap(node) || isSeq(node)) {
        const next = node.get(key, true) as unknown;
        if (next === undefined) break;
        node = next;
        found = next as Node;
      } else break;
    }
    const offset = found?.range?.[0];
    if (offset === undefined) return { line: 1, col: 1 };
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, col: pos.col };
  };
  return { file, value, errors, locate };
}
