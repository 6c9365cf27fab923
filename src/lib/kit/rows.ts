import { toCsv } from '../format/csv';

/** One row of the data behind a view, as the lesson kit exports it. Every row has an id. */
export type KitRow = { id: string } & Record<string, string | number | boolean | null>;

/** The data a view ships for the lesson kit: its rows and the order of their columns. */
export interface KitData {
  columns: string[];
  rows: KitRow[];
}

/** The rows as CSV with a header line and CRLF line ends. */
export function rowsToCsv(data: KitData): string {
  return toCsv(data.columns, data.rows.map((row) => data.columns.map((c) => row[c])));
}

/** Keeps the rows whose id is in `ids`, in their order; all rows when `ids` is undefined. */
export function selectRows(data: KitData, ids: ReadonlySet<string> | undefined): KitData {
  return ids === undefined ? data : { columns: data.columns, rows: data.rows.filter((r) => ids.has(r.id)) };
}
