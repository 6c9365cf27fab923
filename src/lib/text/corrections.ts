import type { Dataset } from '../data/types';
import type { EditorialNote, LocalizedText } from '../schema/common';
import { sourcesAnchor } from './describe';

/** An editorial correction with the record it belongs to. */
export interface CorrectionEntry {
  anchor: string;
  title: LocalizedText;
  note: EditorialNote;
}

/** Every note of kind `correction` in the dataset, with the anchor of its record on the sources page. */
export function collectCorrections(dataset: Pick<Dataset, 'events' | 'actors' | 'relations'>): CorrectionEntry[] {
  const out: CorrectionEntry[] = [];
  for (const e of dataset.events) for (const n of e.notes ?? []) if (n.kind === 'correction') out.push({ anchor: sourcesAnchor('event', e.id), title: e.title, note: n });
  for (const a of dataset.actors) for (const n of a.notes ?? []) if (n.kind === 'correction') out.push({ anchor: sourcesAnchor('actor', a.id), title: a.name, note: n });
  for (const r of dataset.relations) for (const n of r.notes ?? []) if (n.kind === 'correction') out.push({ anchor: sourcesAnchor('relation', r.id), title: r.label, note: n });
  return out;
}
