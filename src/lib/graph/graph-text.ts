/**
 * The graph in words: sentences for the summary, the text of each table cell and the
 * accessible names of the marks, all from a `GraphState` and the records. Pure.
 */
import type { DataActor, DataEvent, DataRelation } from '../data/types';
import { formatDay } from '../format/dates';
import type { Locale } from '../locale';
import type { Grammar } from '../schema/actor';
import { nameFormsOf } from '../text/name-forms';
import type { RelationsStrings } from '../../i18n/relations';
import type { GraphEdge } from './graph-state';

/** What the text functions look up. */
export interface GraphTextContext {
  locale: Locale;
  strings: RelationsStrings;
  actors: ReadonlyMap<string, DataActor>;
  relations: ReadonlyMap<string, DataRelation>;
  events: ReadonlyMap<string, DataEvent>;
  windowDays: number;
}

function shortName(ctx: GraphTextContext, id: string): string {
  return ctx.actors.get(id)?.short[ctx.locale] ?? id;
}

function grammarOf(ctx: GraphTextContext, id: string): Grammar {
  return nameFormsOf(ctx.actors.get(id), id);
}

/** The node a claim's author speaks for, or the author itself. */
function speakerNode(ctx: GraphTextContext, actorId: string): string {
  return ctx.actors.get(actorId)?.speaksFor ?? actorId;
}

/** "US – Azerbaijan": the pair of an edge by short names, in node order. */
export function pairName(ctx: GraphTextContext, edge: Pick<GraphEdge, 'a' | 'b'>): string {
  return `${shortName(ctx, edge.a)} – ${shortName(ctx, edge.b)}`;
}

/**
 * One sentence per relation of the edge and one for its events. A claimed relation is told
 * from the side of whoever made the claim ("Azerbaijan's relations with the United States are
 * strained (according to Aliyev's office): …").
 */
export function describeEdge(ctx: GraphTextContext, edge: GraphEdge, date?: string): string[] {
  const out: string[] = [];
  for (const id of edge.relationIds) {
    const relation = ctx.relations.get(id);
    if (!relation) continue;
    const speaker = relation.claim ? speakerNode(ctx, relation.claim.by) : undefined;
    const [first, second] = !relation.directed && speaker === relation.to ? [relation.to, relation.from] : [relation.from, relation.to];
    const beyond = date !== undefined && relation.date.end < date ? ctx.strings.lastAttested(formatDay(relation.date.end, ctx.locale)) : undefined;
    out.push(
      ctx.strings.relationSentence(
        grammarOf(ctx, first),
        grammarOf(ctx, second),
        relation.kind,
        relation.directed,
        relation.claim?.attribution[ctx.locale],
        relation.label[ctx.locale],
        beyond,
      ),
    );
  }
  if (edge.eventIds.length > 0) {
    const titles = edge.eventIds.map((id) => ctx.events.get(id)?.title[ctx.locale] ?? id);
    out.push(ctx.strings.eventsSentence(grammarOf(ctx, edge.a), grammarOf(ctx, edge.b), edge.eventIds.length, ctx.windowDays, titles));
  }
  return out;
}

/**
 * The text of the table cell in row `row`, column `column`: each relation ("→ supportive:
 * diplomatic support", the arrow read from the row to the column) and the number of events.
 */
export function describeCell(ctx: GraphTextContext, edge: GraphEdge, row: string): string {
  const parts: string[] = [];
  for (const id of edge.relationIds) {
    const relation = ctx.relations.get(id);
    if (!relation) continue;
    const arrow = relation.directed ? (relation.from === row ? '→ ' : '← ') : '';
    const attribution = relation.claim ? ` (${relation.claim.attribution[ctx.locale]})` : '';
    parts.push(`${arrow}${ctx.strings.kinds[relation.kind]}${attribution}: ${relation.label[ctx.locale]}`);
  }
  if (edge.eventIds.length > 0) parts.push(ctx.strings.eventCount(edge.eventIds.length));
  return parts.join(' · ');
}

/** The accessible name of an edge: the pair, then what links it. */
export function describeEdgeLabel(ctx: GraphTextContext, edge: GraphEdge): string {
  return `${pairName(ctx, edge)}: ${describeCell(ctx, edge, edge.a)}`;
}
