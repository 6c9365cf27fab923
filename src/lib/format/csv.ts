/**
 * How a CSV file separates its fields and writes its numbers: `comma` is RFC 4180 with decimal
 * points; `semicolon` is what a spreadsheet set to German (or to most other European languages)
 * reads into columns: semicolons between fields and decimal commas, since the comma is its
 * decimal sign and it would read a comma-separated file as one column.
 */
export type CsvDialect = 'comma' | 'semicolon';

const separatorOf = (dialect: CsvDialect) => (dialect === 'semicolon' ? ';' : ',');

/**
 * Quotes a CSV field when it needs it (RFC 4180), and neutralises text that a spreadsheet would
 * run as a formula. Numbers are written as they are, so a tone of −2 stays a number; in the
 * `semicolon` dialect with a decimal comma.
 */
export function csvField(value: unknown, dialect: CsvDialect = 'comma'): string {
  if (typeof value === 'number') return Number.isFinite(value) ? (dialect === 'semicolon' ? String(value).replace('.', ',') : String(value)) : '';
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  const special = dialect === 'semicolon' ? /[";\n\r]/ : /[",\n\r]/;
  return special.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document (CRLF line ends, as RFC 4180 says) from a header and rows. */
export function toCsv(header: string[], rows: unknown[][], dialect: CsvDialect = 'comma'): string {
  const separator = separatorOf(dialect);
  return [header, ...rows].map((row) => row.map((field) => csvField(field, dialect)).join(separator)).join('\r\n') + '\r\n';
}

/**
 * The byte order mark that spreadsheet programs need to read a downloaded CSV file as UTF-8:
 * without it, Excel reads "Aserbaidschan – Armenien" in the system's legacy code page and
 * garbles every umlaut and dash.
 */
export const utf8Bom = '\uFEFF';
