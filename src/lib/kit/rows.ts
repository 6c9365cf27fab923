/** One row of the data behind a view, as the lesson kit exports it. Every row has an id. */
export type KitRow = { id: string } & Record<string, string | number | boolean | null>;

/** The data a view ships for the lesson kit: its rows and the order of their columns. */
export interface KitData {
  columns: string[];
  rows: KitRow[];
}

/** Quotes a CSV field when it needs it (RFC 4180) and neutralises spreadsheet formulas. */
function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as CSV with a header line and CRLF line ends. */
export function rowsToCsv(data: KitData): string {
  const lines = [data.columns.map(csvCell).join(',')];
  for (const row of data.rows) lines.push(data.columns.map((c) => csvCell(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Keeps the rows whose id is in `ids`, in their order; all rows when `ids` is undefined. */
export function selectRows(data: KitData, ids: ReadonlySet<string> | undefined): KitData {
  return ids === undefined ? data : { columns: data.columns, rows: data.rows.filter((r) => ids.has(r.id)) };
}
