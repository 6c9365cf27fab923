/**
 * Quotes a CSV field when it needs it (RFC 4180), and neutralises text that a spreadsheet would
 * run as a formula. Numbers are written as they are, so a tone of −2 stays a number.
 */
export function csvField(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document (CRLF line ends, as RFC 4180 says) from a header and rows. */
export function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
