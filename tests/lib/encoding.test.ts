import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DataActor, DataEvent, DataRelation } from '../../src/lib/data/types';
import { edgeLookOf, toneClassOf } from '../../src/lib/graph/graph-layout';
import { graphDataOf } from '../../src/lib/graph/graph-model';
import { graphStateAt, snapDates } from '../../src/lib/graph/graph-state';
import { mapRelationSpans, mapRelationsAt } from '../../src/lib/map/features';
import { relationDash, toneStepOf } from '../../src/lib/palette';

const read = <T>(name: string) => JSON.parse(readFileSync(`src/generated/data/${name}.json`, 'utf8')) as T;
const actors = read<DataActor[]>('actors');
const events = read<DataEvent[]>('events');
const relations = read<DataRelation[]>('relations');
const places = read<{ id: string; lat: number; lon: number }[]>('places') as never;

describe('one visual encoding', () => {
  it("the graph's stylesheet dashes every kind as the shared table does", () => {
    const css = readFileSync('src/components/RelationGraph.astro', 'utf8');
    for (const [kind, dash] of Object.entries(relationDash)) {
      const rule = new RegExp(`\\.kind-${kind} \\.rg-line \\{ stroke-dasharray: ([^;]+);`).exec(css);
      expect(rule?.[1] ?? '', kind).toBe(dash);
    }
  });

  it('the graph and the map draw every relation they both show in the same tone and dash, at every date', () => {
    const graph = graphDataOf(actors, relations, events);
    const spans = mapRelationSpans(relations, actors, places, 'en');
    const stepOfClass = (c: string) => (c === 'tone-0' ? 0 : c.startsWith('tone-m') ? -Number(c.slice(6)) : Number(c.slice(6)));
    let compared = 0;
    for (const date of snapDates(graph)) {
      const edges = graphStateAt(date, graph).edges;
      for (const line of mapRelationsAt(spans, date)) {
        const relation = relations.find((r) => r.id === line.id)!;
        const edge = edges.find((e) => e.relationId === relation.id);
        if (!edge) continue;
        const look = edgeLookOf(edge);
        const step = stepOfClass(look.toneClass);
        expect(line.toneVariable, `${line.id} on ${date}`).toBe(step === 0 ? '--tone-0' : step > 0 ? `--tone-p${step}` : `--tone-m${-step}`);
        expect(line.dash, `${line.id} on ${date}`).toBe(relationDash[look.kind as keyof typeof relationDash]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('steps half tones up, the same in every view', () => {
    expect([-2.4, -1.5, -0.5, 0, 0.5, 1.5, 2.6].map(toneStepOf)).toEqual([-2, -1, 0, 0, 1, 2, 2]);
    expect(toneClassOf(0.5)).toBe('tone-p1');
  });
});
