import jsYaml from 'js-yaml';
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

interface PositionedDocument {
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

/** Parses with `yaml`, which keeps source positions (slow on large files; used only to locate). */
function parsePositioned(text: string): PositionedDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  return { doc, lineCounter };
}

function syntaxErrors(file: string, { doc, lineCounter }: PositionedDocument): DataError[] {
  return doc.errors.map((e) => {
    const pos = lineCounter.linePos(e.pos[0]);
    return { file, line: pos.line, col: pos.col, message: `YAML: ${e.message.split('\n')[0]}` };
  });
}

/**
 * Parses a YAML data file. Values come from js-yaml with the YAML 1.2 core schema (dates stay
 * strings), which is an order of magnitude faster on large files; source positions come from
 * `yaml`, parsed only when an error has to be located. Syntax errors and duplicate keys are
 * reported with their line, never thrown.
 */
export function parseYamlFile(file: string, text: string): YamlFile {
  let positioned: PositionedDocument | undefined;
  const withPositions = () => (positioned ??= parsePositioned(text));
  let value: unknown;
  let errors: DataError[] = [];
  try {
    value = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, filename: file, json: false });
  } catch (cause) {
    value = undefined;
    errors = syntaxErrors(file, withPositions());
    if (errors.length === 0) {
      const mark = (cause as { mark?: { line: number; column: number } }).mark;
      const reason = (cause as { reason?: string }).reason ?? String(cause);
      errors = [{ file, line: (mark?.line ?? -1) + 1, col: (mark?.column ?? -1) + 1, message: `YAML: ${reason}` }];
    }
  }
  const locate = (path: readonly (string | number)[]) => {
    const { doc, lineCounter } = withPositions();
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
