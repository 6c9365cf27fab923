/** A problem in an input file, located to the line and column where it was found. */
export interface DataError {
  /** Path of the file, relative to the project root ("data/events.yaml"). */
  file: string;
  /** 1-based line; 0 when the problem concerns the file as a whole. */
  line: number;
  /** 1-based column; 0 when unknown. */
  col: number;
  message: string;
}

/**
 * Control characters (and the line and bidirectional-text controls) written as `\u{1b}`, so a
 * message quoting broken data cannot move the cursor, recolour or reorder a terminal's output.
 */
export function escapeControlCharacters(text: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return text.replace(/[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

/** Formats an error the way compilers do: `data/events.yaml:42:7: message`, control characters escaped. */
export function formatDataError(error: DataError): string {
  return escapeControlCharacters(`${error.file}:${error.line}:${error.col}: ${error.message}`);
}

/** Sorts errors by file, then line, then column, so every run reports them in the same order. */
export function sortDataErrors(errors: DataError[]): DataError[] {
  return [...errors].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.message.localeCompare(b.message));
}
