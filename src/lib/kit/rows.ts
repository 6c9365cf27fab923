import { toCsv, utf8Bom, type CsvDialect } from '../format/csv';

/** One row of the data behind a view, as the lesson kit exports it. Every row has an id. */
export type KitRow = { id: string } & Record<string, string | number | boolean | null>;

/** The data a view ships for the lesson kit: its rows and the order of their columns. */
export interface KitData {
  columns: string[];
  rows: KitRow[];
}

/** How a download writes the CSV: its dialect, and the header of each column (its key where none is given). */
export interface CsvOptions {
  dialect?: CsvDialect;
  headers?: Readonly<Record<string, string>>;
}

/**
 * The rows as a CSV file for download: a UTF-8 byte order mark (so a spreadsheet reads the
 * umlauts), a header line in the page's language where `headers` names the columns, CRLF line ends.
 */
export function rowsToCsv(data: KitData, { dialect = 'comma', headers = {} }: CsvOptions = {}): string {
  return utf8Bom + toCsv(data.columns.map((c) => headers[c] ?? c), data.rows.map((row) => data.columns.map((c) => row[c])), dialect);
}

/** Keeps the rows whose id is in `ids`, in their order; all rows when `ids` is undefined. */
export function selectRows(data: KitData, ids: ReadonlySet<string> | undefined): KitData {
  return ids === undefined ? data : { columns: data.columns, rows: data.rows.filter((r) => ids.has(r.id)) };
}
