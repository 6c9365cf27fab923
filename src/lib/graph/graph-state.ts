/**
 * The state of the relationship graph at one date, from the records alone: which pairs of
 * actors are linked, with what tone, kind, direction and weight. Pure: no DOM, no clock.
 *
 * Stages: records (`GraphData`) → prepared index (`GraphIndex`, sorted once) → `GraphState`.
 */
import type { RelationKind } from '../schema/relation';

/** The part of an actor the graph needs. Actors with `speaksFor` are voices, not nodes. */
export interface GraphActor {
  id: string;
  speaksFor?: string;
}

/** The part of a relation the graph needs. */
export interface GraphRelation {
  id: string;
  from: string;
  to: string;
  kind: RelationKind;
  tone: number;
  directed: boolean;
  /** The days the relation is drawn (for an open end, past its evidence). */
  date: { start: string; end: string };
  /** The last day of evidence, where it comes before `date.end` (an open end drawn on). */
  evidenceEnd?: string;
}

/** The part of an event the graph needs: who acted towards whom, and how (CAMEO quad). */
export interface GraphEvent {
  id: string;
  source?: string[];
  target?: string[];
  cameo?: { quad: string } | null;
  /** The event this record is an account or part of: the graph counts the act once. */
  partOf?: string;
  date: { start: string; end: string };
}

/** Everything `graphStateAt` reads. */
export interface GraphData {
  actors: readonly GraphActor[];
  relations: readonly GraphRelation[];
  events: readonly GraphEvent[];
}

/** What an edge looks like when no relation record covers the pair, only events. */
export type EdgeKind = RelationKind | 'events';

/** One line of the graph at a date: an unordered pair of nodes `a`, `b` (in node order). */
export interface GraphEdge {
  /** `a--b`, stable across dates. */
  id: string;
  a: string;
  b: string;
  /** The relation that sets tone and kind: of those active, the one that started last. */
  relationId?: string;
  /** Every relation of the pair active at the date, by start. */
  relationIds: string[];
  kind: EdgeKind;
  /** −2 (hostile) … +2 (cooperative). */
  tone: number;
  /** An arrowhead at `b`: a directed relation a→b, or events from a to b in the window. */
  towardB: boolean;
  /** An arrowhead at `a`. */
  towardA: boolean;
  /** How much happened: the number of acts between the pair in the window (accounts of one call count once). */
  weight: number;
  /** The date lies past the last evidence of the relation that sets the look: an open end, drawn on. */
  beyondEvidence: boolean;
  /** Those events, by start date then id. */
  eventIds: string[];
}

/** The graph at one date. */
export interface GraphState {
  date: string;
  /** The first day of the event window (inclusive). */
  windowStart: string;
  /** Node ids in data order. */
  nodes: string[];
  /** Edges in node-pair order. */
  edges: GraphEdge[];
}

/** Options of `graphStateAt`. */
export interface GraphStateOptions {
  /** Events count when they overlap the `windowDays` days before the date (and the date). Default 30. */
  windowDays?: number;
}

/** The default length of the event window in days. */
export const DEFAULT_WINDOW_DAYS = 30;

/** Tone of an event by its CAMEO quad class, for pairs that only have events (GDELT's four classes). */
export const toneOfQuad: Record<string, number> = {
  'verbal-cooperation': 1,
  'material-cooperation': 2,
  'verbal-conflict': -1,
  'material-conflict': -2,
};

interface PairEvent {
  event: GraphEvent;
  /** Node ids, source first. */
  from: string;
  to: string;
}

/** The records sorted once by start date, with each event's node pairs resolved. */
export interface GraphIndex {
  nodes: string[];
  order: Map<string, number>;
  relations: GraphRelation[];
  relationStarts: string[];
  pairEvents: PairEvent[];
  eventStarts: string[];
  /** The longest event, so a window search can stop early. */
  longestEventDays: number;
}

const indexCache = new WeakMap<GraphData, GraphIndex>();

/** Adds whole days to an ISO day, in UTC. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function daysBetween(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000);
}

/** The first index in a sorted list whose value is greater than `value`. */
function upperBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const byStartThenId = <T extends { id: string; date: { start: string } }>(x: T, y: T) =>
  x.date.start < y.date.start ? -1 : x.date.start > y.date.start ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;

/**
 * Sorts the records once and resolves each event's source and target to nodes: a person or
 * office counts for the state it speaks for; pairs within one node, or with an actor that is no
 * node, do not count. `graphStateAt` calls this itself (and remembers the result per data object).
 */
export function prepareGraphIndex(data: GraphData): GraphIndex {
  const cached = indexCache.get(data);
  if (cached) return cached;
  const nodes = data.actors.filter((a) => a.speaksFor === undefined).map((a) => a.id);
  const order = new Map(nodes.map((id, i) => [id, i]));
  const speaksFor = new Map(data.actors.filter((a) => a.speaksFor !== undefined).map((a) => [a.id, a.speaksFor as string]));
  const toNode = (id: string) => {
    const node = speaksFor.get(id) ?? id;
    return order.has(node) ? node : undefined;
  };
  const relations = data.relations.filter((r) => order.has(r.from) && order.has(r.to) && r.from !== r.to).sort(byStartThenId);
  const pairEvents: PairEvent[] = [];
  let longestEventDays = 0;
  for (const event of [...data.events].sort(byStartThenId)) {
    const seen = new Set<string>();
    for (const s of event.source ?? []) {
      for (const t of event.target ?? []) {
        const from = toNode(s);
        const to = toNode(t);
        if (!from || !to || from === to || seen.has(`${from}>${to}`)) continue;
        seen.add(`${from}>${to}`);
        pairEvents.push({ event, from, to });
      }
    }
    if (seen.size > 0) longestEventDays = Math.max(longestEventDays, daysBetween(event.date.start, event.date.end));
  }
  const index: GraphIndex = {
    nodes,
    order,
    relations,
    relationStarts: relations.map((r) => r.date.start),
    pairEvents,
    eventStarts: pairEvents.map((p) => p.event.date.start),
    longestEventDays,
  };
  indexCache.set(data, index);
  return index;
}

interface EdgeDraft {
  a: string;
  b: string;
  relations: GraphRelation[];
  events: PairEvent[];
}

function pairOf(index: GraphIndex, x: string, y: string): { a: string; b: string } {
  return (index.order.get(x) as number) <= (index.order.get(y) as number) ? { a: x, b: y } : { a: y, b: x };
}

/** Rounds a tone to the nearest half step, so means of events stay on the tone scale. */
function roundTone(value: number): number {
  const rounded = Math.round(value * 2) / 2;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/**
 * The graph at `date` (ISO day): every relation with start ≤ date ≤ end, and every directed
 * event between two different nodes that overlaps the window of `windowDays` days up to the date.
 * One edge per pair. Where relations of a pair overlap (the day one state gives way to the
 * next), the one that started last sets tone and kind; all are listed. Pairs with events but
 * no relation get kind `events` and the mean tone of their events' CAMEO quad classes.
 */
export function graphStateAt(date: string, data: GraphData, options: GraphStateOptions = {}): GraphState {
  const index = prepareGraphIndex(data);
  const windowDays = options.windowDays ?? DEFAULT_WINDOW_DAYS;
  const windowStart = addDays(date, -windowDays);
  const drafts = new Map<string, EdgeDraft>();
  const draftOf = (x: string, y: string) => {
    const { a, b } = pairOf(index, x, y);
    const id = `${a}--${b}`;
    let draft = drafts.get(id);
    if (!draft) {
      draft = { a, b, relations: [], events: [] };
      drafts.set(id, draft);
    }
    return draft;
  };

  const relationEnd = upperBound(index.relationStarts, date);
  for (let i = 0; i < relationEnd; i++) {
    const relation = index.relations[i] as GraphRelation;
    if (relation.date.end >= date) draftOf(relation.from, relation.to).relations.push(relation);
  }

  // Events that start after the date cannot count; those that start long before the window
  // can only count if they last long enough, which the longest event bounds.
  const eventEnd = upperBound(index.eventStarts, date);
  const earliestStart = addDays(windowStart, -index.longestEventDays);
  for (let i = eventEnd - 1; i >= 0; i--) {
    const pair = index.pairEvents[i] as PairEvent;
    if (pair.event.date.start < earliestStart) break;
    if (pair.event.date.end >= windowStart) draftOf(pair.from, pair.to).events.push(pair);
  }

  const edges: GraphEdge[] = [];
  for (const [id, draft] of drafts) {
    const events = draft.events.sort((x, y) => byStartThenId(x.event, y.event));
    const current = draft.relations[draft.relations.length - 1];
    const eventIds = [...new Set(events.map((p) => p.event.id))];
    const eventTone = events.length === 0 ? 0 : events.reduce((sum, p) => sum + (toneOfQuad[p.event.cameo?.quad ?? ''] ?? 0), 0) / events.length;
    edges.push({
      id,
      a: draft.a,
      b: draft.b,
      ...(current ? { relationId: current.id } : {}),
      relationIds: draft.relations.map((r) => r.id),
      kind: current ? current.kind : 'events',
      tone: roundTone(current ? current.tone : eventTone),
      towardB: (current?.directed === true && current.to === draft.b) || events.some((p) => p.to === draft.b),
      towardA: (current?.directed === true && current.to === draft.a) || events.some((p) => p.to === draft.a),
      weight: new Set(events.map((p) => p.event.partOf ?? p.event.id)).size,
      beyondEvidence: current?.evidenceEnd !== undefined && current.evidenceEnd < date,
      eventIds,
    });
  }
  edges.sort((x, y) => (index.order.get(x.a) as number) - (index.order.get(y.a) as number) || (index.order.get(x.b) as number) - (index.order.get(y.b) as number));
  return { date, windowStart, nodes: index.nodes, edges };
}

/**
 * The dates the slider snaps to: every start and end of a relation between nodes (and the last
 * day of evidence of one drawn on past it), and every start of an event between nodes, sorted,
 * without repeats.
 */
export function snapDates(data: GraphData): string[] {
  const index = prepareGraphIndex(data);
  const dates = new Set<string>();
  for (const r of index.relations) {
    dates.add(r.date.start);
    dates.add(r.date.end);
    if (r.evidenceEnd !== undefined) dates.add(r.evidenceEnd);
  }
  for (const p of index.pairEvents) dates.add(p.event.date.start);
  return [...dates].sort();
}

/** The snap date nearest to `date` (the earlier one on a tie). */
export function nearestSnapDate(date: string, dates: readonly string[]): string {
  let best = dates[0] as string;
  let bestGap = Infinity;
  for (const d of dates) {
    const gap = Math.abs(daysBetween(d, date));
    if (gap < bestGap) {
      best = d;
      bestGap = gap;
    }
  }
  return best;
}
