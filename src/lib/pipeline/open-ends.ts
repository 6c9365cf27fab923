/**
 * The open-end rule, written once: a relation with an open end continues past its last evidence
 * (`date.end`) until a later record of the same pair replaces it, or until the period the views
 * show ends. "Later" means starting after that last evidence: a record that starts while the
 * relation is still attested (Armenia's distancing from Russia beside the alliance) stands beside
 * it and replaces nothing. The views draw a relation past its evidence paler, never as an end.
 */

/** The part of a relation the rule reads. */
export interface OpenEndInput {
  id: string;
  from: string;
  to: string;
  openEnd?: boolean;
  date: { start: string; end: string };
}

const pairKey = (r: Pick<OpenEndInput, 'from' | 'to'>) => (r.from < r.to ? `${r.from}|${r.to}` : `${r.to}|${r.from}`);

/**
 * The last day each relation is drawn, by id. A closed relation is drawn to its `date.end`. An
 * open one is drawn to the start of the first relation of the same pair (either direction) that
 * starts after its `date.end` (the day of the change, as the views show every change of state),
 * or else to `periodEnd`, never before its own `date.end`.
 */
export function drawnEnds(relations: readonly OpenEndInput[], periodEnd: string): Map<string, string> {
  const byPair = new Map<string, OpenEndInput[]>();
  for (const r of relations) {
    const key = pairKey(r);
    const list = byPair.get(key) ?? [];
    list.push(r);
    byPair.set(key, list);
  }
  const out = new Map<string, string>();
  for (const r of relations) {
    if (!r.openEnd) {
      out.set(r.id, r.date.end);
      continue;
    }
    const successor = (byPair.get(pairKey(r)) ?? [])
      .filter((other) => other.id !== r.id && other.date.start > r.date.end)
      .map((other) => other.date.start)
      .sort()[0];
    const end = successor ?? periodEnd;
    out.set(r.id, end > r.date.end ? end : r.date.end);
  }
  return out;
}

/** The last day any record names: the end of the period the views show. */
export function periodEndOf(records: readonly { date: { start: string; end: string } }[]): string {
  let last = '';
  for (const r of records) {
    if (r.date.end > last) last = r.date.end;
    if (r.date.start > last) last = r.date.start;
  }
  return last;
}
