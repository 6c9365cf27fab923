import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { teach } from '../../../src/i18n/teach';
import { worksheets } from '../../../src/i18n/worksheets';
import type { DataActor, DataEvent, DataRelation } from '../../../src/lib/data/types';
import { graphDataOf } from '../../../src/lib/graph/graph-model';
import { graphStateAt, snapDates, type GraphState } from '../../../src/lib/graph/graph-state';
import { lessonClaims, type LessonClaim } from '../../../src/lib/kit/lesson-claims';
import { exodusWaypoints } from '../../../src/lib/map/features';

const read = <T>(name: string) => JSON.parse(readFileSync(`src/generated/data/${name}.json`, 'utf8')) as T;
const actors = read<DataActor[]>('actors');
const events = read<DataEvent[]>('events');
const relations = read<DataRelation[]>('relations');
const graph = graphDataOf(actors, relations, events);
const relationsOf = (state: GraphState, pair: string) => state.edges.find((e) => e.id === pair)?.relationIds ?? [];

/** Checks one claim against the views' own functions; returns what is wrong, or nothing. */
function failure(claim: LessonClaim): string | undefined {
  switch (claim.kind) {
    case 'pair-relations': {
      const got = relationsOf(graphStateAt(claim.date, graph), claim.pair);
      return JSON.stringify(got) === JSON.stringify(claim.relations) ? undefined : `${claim.pair} on ${claim.date} shows ${JSON.stringify(got)}`;
    }
    case 'pairs-change': {
      const from = graphStateAt(claim.from, graph);
      const to = graphStateAt(claim.to, graph);
      const pairs = new Set([...from.edges, ...to.edges].filter((e) => e.relationIds.length > 0).map((e) => e.id));
      const changed = [...pairs].filter((p) => JSON.stringify(relationsOf(from, p)) !== JSON.stringify(relationsOf(to, p))).sort();
      return JSON.stringify(changed) === JSON.stringify([...claim.pairs].sort()) ? undefined : `between ${claim.from} and ${claim.to} the relations of ${JSON.stringify(changed)} change`;
    }
    case 'snap-dates': {
      const dates = snapDates(graph);
      const missing = claim.dates.filter((d) => !dates.includes(d));
      return missing.length === 0 ? undefined : `the slider has no stop at ${missing.join(', ')}`;
    }
    case 'route': {
      const exodus = events.find((e) => e.id === 'exodus');
      if (JSON.stringify(exodusWaypoints) !== JSON.stringify(claim.places)) return `the route runs through ${exodusWaypoints.join(', ')}`;
      return exodus?.place === claim.placedAt ? undefined : `the exodus is placed at ${exodus?.place}`;
    }
    case 'claimed-by': {
      const record = [...events, ...relations].find((r) => r.id === claim.record);
      return record?.claim?.by === claim.by ? undefined : `${claim.record} is claimed by ${record?.claim?.by}`;
    }
    case 'figures': {
      const figures = events.find((e) => e.id === claim.event)?.figures ?? [];
      return figures.length === claim.count && figures.every((f) => f.by.en && f.by.de) ? undefined : `${claim.event} has ${figures.length} figures`;
    }
    case 'weekday-date': {
      const date = events.find((e) => e.id === claim.event)?.date;
      return date?.relative?.rule === 'weekday' && date.start === claim.date ? undefined : `${claim.event} is dated ${date?.start}`;
    }
  }
}

/** The question a key names, in one language, or undefined. */
function questionOf(key: string, locale: 'de' | 'en'): string | undefined {
  const [kind, view, index] = key.split('.') as [string, string, string?];
  if (kind === 'worksheet') return worksheets[locale].views[view as 'timeline' | 'relations' | 'map']?.questions[Number(index)];
  if (view === 'lesson') return teach[locale].views.find((v) => v.key === index)?.lesson;
  return teach[locale].questions[Number(index)]?.text;
}

describe('lessonClaims', () => {
  for (const [key, claims] of Object.entries(lessonClaims)) {
    it(`${key} holds in the drawings on the dates it names`, () => {
      for (const locale of ['de', 'en'] as const) expect(questionOf(key, locale), `${key} (${locale})`).toBeTruthy();
      expect(claims.map(failure).filter(Boolean)).toEqual([]);
    });
  }

  it('covers every question of the relations and map worksheets that reads a drawing', () => {
    for (const key of ['worksheet.relations.0', 'worksheet.relations.1', 'worksheet.relations.2', 'worksheet.relations.3', 'worksheet.map.0', 'worksheet.map.2']) expect(lessonClaims[key]).toBeDefined();
  });

  it('compares the relations worksheet\'s two drawings on the dates its question names', () => {
    const change = lessonClaims['worksheet.relations.3']?.find((c) => c.kind === 'pairs-change');
    expect(change && change.kind === 'pairs-change' ? change.to : undefined).toBe(worksheets.de.views.relations.compareDate);
    expect(worksheets.de.views.relations.compareDate).toBe(worksheets.en.views.relations.compareDate);
  });

  it('the open ends of the report\'s date are still drawn on the worksheet\'s second date', () => {
    const later = graphStateAt('2023-12-06', graph);
    for (const id of ['usa-supports-armenia', 'west-aids-armenia', 'armenia-russia-distancing', 'armenia-west-rapprochement', 'armenia-russia-ally']) {
      const edge = later.edges.find((e) => e.relationIds.includes(id));
      expect(edge, id).toBeDefined();
    }
  });
});
