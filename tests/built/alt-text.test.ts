import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DataActor, DataEvent, DataRelation } from '../../src/lib/data/types';
import { graphDataOf } from '../../src/lib/graph/graph-model';
import { graphStateAt } from '../../src/lib/graph/graph-state';
import { relationRows } from '../../src/lib/kit/view-rows';
import { page } from './built-site';

const generated = join(__dirname, '..', '..', 'src', 'generated', 'data');
const read = <T>(name: string) => JSON.parse(readFileSync(join(generated, `${name}.json`), 'utf8')) as T;
const events = read<DataEvent[]>('events');
const relations = read<DataRelation[]>('relations');
const actors = read<DataActor[]>('actors');

describe('the lesson kit\'s alt text without scripts', () => {
  it('on the timeline page counts and names only the events its drawing shows', () => {
    for (const lang of ['de', 'en'] as const) {
      const $ = page(`/${lang}/timeline/`);
      const drawn = new Set($('.tl-svg g.tl-event[data-id]').filter((_, el) => $(el).attr('display') !== 'none').map((_, el) => $(el).attr('data-id')).get());
      expect(drawn.size, lang).toBeGreaterThan(0);
      const alt = $('[data-kit-alt]').text();
      expect(alt, lang).toContain(lang === 'de' ? `mit ${drawn.size} Ereignissen` : `with ${drawn.size} events`);
      for (const e of events.filter((e) => !drawn.has(e.id))) expect(alt, `${lang} ${e.id}`).not.toContain(e.title[lang]);
    }
  });

  it('on the relations page counts the relation records the graph draws on its date, and none it does not', () => {
    const date = $date();
    const drawn = graphStateAt(date, graphDataOf(actors, relations, events)).edges.flatMap((e) => e.relationIds);
    expect(drawn.length).toBeGreaterThan(0);
    for (const lang of ['de', 'en'] as const) {
      const alt = page(`/${lang}/relations/`)('[data-kit-alt]').text();
      expect(alt, lang).toContain(lang === 'de' ? `: ${drawn.length} Beziehungen.` : `: ${drawn.length} relations.`);
      for (const row of relationRows({ events, relations, actors, places: [] }, lang).rows.filter((r) => !drawn.includes(r.id))) expect(alt, `${lang} ${row.id}`).not.toContain(String(row.title));
    }
  });
});

/** The date the relations page draws by default: the one its drawing carries for the kit. */
function $date(): string {
  const date = page('/de/relations/')('[data-kit-visual="relations"]').attr('data-kit-date');
  if (!date) throw new Error('the relations page names no date for its drawing');
  return date;
}
