/**
 * Everything the relationship graph needs, computed once at build time from the dataset:
 * the snap dates, the state at each, the drawing of the default date, the tone charts, the
 * text alternative, and the compact JSON the client reads to move between dates without
 * recomputing anything.
 */
import type { DataActor, DataEvent, DataRelation, Manifest } from '../data/types';
import { formatDay, formatDayShort } from '../format/dates';
import type { Locale } from '../locale';
import { mainActorIds, shapeOfActor } from '../encoding/actors';
import { relations as relationsStrings, type RelationsStrings } from '../../i18n/relations';
import { edgeLookOf, layoutGraph, pairsEverLinked, type GraphLayout, type GraphNodeInput } from './graph-layout';
import { sliderPositions } from './slider-scale';
import { addDays, DEFAULT_WINDOW_DAYS, graphStateAt, nearestSnapDate, snapDates, type EdgeKind, type GraphData, type GraphState } from './graph-state';
import { describeCell, describeEdge, describeEdgeLabel, pairName, type GraphTextContext } from './graph-text';
import { graphPositions } from './positions';
import { layoutToneChart, type ToneChartLayout } from './tone-chart';

/** One edge at one date, as the client reads it. Strings are indexes into `GraphClientData.s`. */
export interface ClientEdge {
  id: string;
  /** Tone class. */
  t: string;
  /** Kind. */
  k: string;
  /** Line width. */
  w: number;
  /** Arrowheads at `a` and at `b`, left out when `false`. */
  ta?: boolean;
  tb?: boolean;
  /** Past the last evidence of an open end: drawn paler (left out when `false`). */
  x?: boolean;
  /** Detail ids to show: `relation:<id>`, `event:<id>` (a compact graph leaves out an empty list). */
  d?: string[];
  /** Accessible name, sentences, table cells (row a, row b); a compact graph has no sentences or cells. */
  l: number;
  s?: number[];
  c?: [number, number];
}

/** One snap date, as the client reads it. */
export interface ClientDate {
  iso: string;
  /** "as of 27 November 2023". */
  asOf: number;
  /** The summary's opening sentence (not in a compact graph, which has no summary). */
  intro?: number;
  /** Chart title with the date (a compact graph has `GraphClientData.titleTemplate` instead). */
  title?: number;
  edges: ClientEdge[];
  /** Accessible name of each node. */
  nodes: Record<string, number>;
}

/** The JSON embedded in the page for the client. */
export interface GraphClientData {
  /** Interned strings. */
  s: string[];
  dates: ClientDate[];
  defaultIndex: number;
  /** Node ids in order, and their names for headings. */
  nodes: string[];
  names: Record<string, string>;
  /** The snap index of each event's start, for links from the timeline (`?event=`). */
  eventIndex: Record<string, number>;
  /** Where each snap date sits on the slider's track (`sliderPositions`), in the order of `dates`. */
  positions: number[];
  /** Heading templates with `{name}`, `{pair}`, `{asOf}`; the chart title's, with `{asOf}`, in a compact graph. */
  titleTemplate?: string;
  nodeHeading: string;
  edgeHeading: string;
  play: string;
  pause: string;
}

/** A row of the adjacency table at the default date. */
export interface TableRow {
  id: string;
  name: string;
  cells: { column: string; pairId?: string; text: string }[];
}

/** The built model. */
export interface RelationGraphModel {
  strings: RelationsStrings;
  dates: string[];
  states: GraphState[];
  defaultIndex: number;
  defaultDate: string;
  layout: GraphLayout;
  nodes: DataActor[];
  pairIds: string[];
  pairNames: Record<string, string>;
  charts: ToneChartLayout[];
  chartDescriptions: Record<string, string>;
  table: TableRow[];
  summary: { intro: string; items: { pairId: string; sentences: string[] }[] };
  asOf: string;
  title: string;
  backgroundPublishers: string;
  kindsUsed: EdgeKind[];
  /** Relations and events that appear at some date, for the server-rendered details. */
  relationIds: string[];
  eventIds: string[];
  client: GraphClientData;
  windowDays: number;
}

/** The input of `buildRelationGraphModel`. */
export interface RelationGraphInput {
  actors: readonly DataActor[];
  relations: readonly DataRelation[];
  events: readonly DataEvent[];
  manifest: Manifest;
  locale: Locale;
  /** The date to draw; snapped to the nearest snap date. Default: the article's publication date. */
  date?: string;
}

/** The graph's input from the dataset: only states, authorities and groups with an accent are nodes. */
export function graphDataOf(actors: readonly DataActor[], relations: readonly DataRelation[], events: readonly DataEvent[]): GraphData {
  const main = new Set(mainActorIds);
  return {
    actors: actors.filter((a) => main.has(a.id) || (a.speaksFor !== undefined && main.has(a.speaksFor))),
    relations: relations.map((r) => ({
      ...r,
      date: { start: r.date.start, end: r.drawnEnd },
      ...(r.drawnEnd > r.date.end ? { evidenceEnd: r.date.end } : {}),
    })),
    events,
  };
}

/** Builds the model for one language. Pure: same dataset and locale, same model. */
export function buildRelationGraphModel(input: RelationGraphInput): RelationGraphModel {
  const { locale, manifest } = input;
  const strings = relationsStrings[locale];
  const windowDays = DEFAULT_WINDOW_DAYS;
  const data = graphDataOf(input.actors, input.relations, input.events);
  const dates = snapDates(data);
  const states = dates.map((d) => graphStateAt(d, data, { windowDays }));
  const defaultDate = nearestSnapDate(input.date ?? manifest.article.published, dates);
  const defaultIndex = dates.indexOf(defaultDate);
  const pairIds = pairsEverLinked(states);

  const actorMap = new Map(input.actors.map((a) => [a.id, a]));
  const ctx: GraphTextContext = {
    locale,
    strings,
    actors: actorMap,
    relations: new Map(input.relations.map((r) => [r.id, r])),
    events: new Map(input.events.map((e) => [e.id, e])),
    windowDays,
  };
  const nodeIds = states[0]?.nodes ?? [];
  const nodes = nodeIds.map((id) => actorMap.get(id)).filter((a): a is DataActor => a !== undefined);
  const nodeInputs: GraphNodeInput[] = nodes.map((a) => ({ id: a.id, shape: shapeOfActor(a.id), label: splitLabel(a.short[locale]) }));
  const defaultState = states[defaultIndex] as GraphState;
  const layout = layoutGraph(nodeInputs, pairIds, defaultState, graphPositions);
  const pairNames = Object.fromEntries(pairIds.map((id) => {
    const [a, b] = id.split('--') as [string, string];
    return [id, pairName(ctx, { a, b })];
  }));

  const interned: string[] = [];
  const internIndex = new Map<string, number>();
  const intern = (text: string) => {
    let i = internIndex.get(text);
    if (i === undefined) {
      i = interned.length;
      interned.push(text);
      internIndex.set(text, i);
    }
    return i;
  };

  const clientDates: ClientDate[] = states.map((state) => {
    const day = formatDay(state.date, locale);
    const linked = new Set(state.edges.flatMap((e) => [e.a, e.b]));
    return {
      iso: state.date,
      asOf: intern(strings.asOf(day)),
      intro: intern(strings.intro(formatDayShort(state.date, locale), state.edges.length, linked.size, nodeIds.length)),
      title: intern(strings.chartTitle(strings.asOf(day))),
      edges: state.edges.map((edge) => {
        const look = edgeLookOf(edge);
        return {
          id: edge.id,
          t: look.toneClass,
          k: look.kind,
          w: look.width,
          ...(look.towardA ? { ta: true } : {}),
          ...(look.towardB ? { tb: true } : {}),
          ...(look.beyond ? { x: true } : {}),
          d: [...edge.relationIds.map((id) => `relation:${id}`), ...edge.eventIds.map((id) => `event:${id}`)],
          l: intern(describeEdgeLabel(ctx, edge)),
          s: describeEdge(ctx, edge, state.date).map(intern),
          c: [intern(describeCell(ctx, edge, edge.a)), intern(describeCell(ctx, edge, edge.b))],
        };
      }),
      nodes: Object.fromEntries(nodes.map((n) => [n.id, intern(strings.nodeLabel(n.name[locale], state.edges.filter((e) => e.a === n.id || e.b === n.id).length))])),
    };
  });

  const eventIndex: Record<string, number> = {};
  for (const event of input.events) eventIndex[event.id] = dates.indexOf(nearestSnapDate(event.date.start, dates));

  const byPair = new Map(defaultState.edges.map((e) => [e.id, e]));
  const table: TableRow[] = nodes.map((row) => ({
    id: row.id,
    name: row.short[locale],
    cells: nodes.map((column) => {
      if (column.id === row.id) return { column: column.id, text: '—' };
      const pairId = pairIds.find((p) => p === `${row.id}--${column.id}` || p === `${column.id}--${row.id}`);
      const edge = pairId ? byPair.get(pairId) : undefined;
      return { column: column.id, ...(pairId ? { pairId } : {}), text: edge ? describeCell(ctx, edge, row.id) : '' };
    }),
  }));

  const charts = pairIds.map((id) => layoutToneChart(id, states));
  const chartDescriptions = Object.fromEntries(charts.map((chart) => [
    chart.pairId,
    chart.runs.map((run) => {
      // A run holds until the day before the next date the slider stops at, where the state changed.
      const next = dates[dates.indexOf(run.end) + 1];
      const end = next !== undefined && addDays(next, -1) > run.start ? addDays(next, -1) : run.end;
      return `${formatDayShort(run.start, locale)}${end !== run.start ? `–${formatDayShort(end, locale)}` : ''}: ${strings.kinds[run.kind]}`;
    }).join('; '),
  ]));

  const used = (kind: 'relation' | 'event') => new Set(states.flatMap((s) => s.edges.flatMap((e) => (kind === 'relation' ? e.relationIds : e.eventIds))));
  const usedRelations = used('relation');
  const usedEvents = used('event');
  const publishers = new Set<string>();
  for (const r of input.relations) if (usedRelations.has(r.id) && r.citation) publishers.add(r.citation.publisher);
  for (const e of input.events) if (usedEvents.has(e.id) && e.citation) publishers.add(e.citation.publisher);
  const kindsUsed = [...new Set(states.flatMap((s) => s.edges.map((e) => e.kind)))].sort() as EdgeKind[];

  const first = clientDates[defaultIndex] as ClientDate;
  return {
    strings,
    dates,
    states,
    defaultIndex,
    defaultDate,
    layout,
    nodes,
    pairIds,
    pairNames,
    charts,
    chartDescriptions,
    table,
    summary: { intro: interned[first.intro as number] as string, items: first.edges.map((e) => ({ pairId: e.id, sentences: (e.s ?? []).map((i) => interned[i] as string) })) },
    asOf: interned[first.asOf] as string,
    title: interned[first.title as number] as string,
    backgroundPublishers: [...publishers].sort().join(', '),
    kindsUsed,
    relationIds: input.relations.filter((r) => usedRelations.has(r.id)).map((r) => r.id),
    eventIds: input.events.filter((e) => usedEvents.has(e.id)).map((e) => e.id),
    windowDays,
    client: {
      s: interned,
      dates: clientDates,
      defaultIndex,
      nodes: nodeIds,
      names: Object.fromEntries(nodes.map((n) => [n.id, n.name[locale]])),
      eventIndex,
      positions: sliderPositions(dates),
      nodeHeading: strings.nodeHeading,
      edgeHeading: strings.edgeHeading,
      play: strings.play,
      pause: strings.pause,
    },
  };
}

/**
 * The client data of a compact graph, which has no details panel, summary or table: without
 * the sentences, table cells and summary openings, with only the event ids among the detail ids
 * (the client highlights the pairs an event concerns), without `false` arrowheads and empty
 * lists, and with one title template (`{asOf}`) instead of a title per date where it fits. The strings are renumbered; what is left means the same as in `data`.
 */
export function compactClientData(data: GraphClientData, titleTemplate: string): GraphClientData {
  const strings: string[] = [];
  const index = new Map<number, number>();
  const keep = (i: number) => {
    let j = index.get(i);
    if (j === undefined) {
      j = strings.length;
      strings.push(data.s[i] as string);
      index.set(i, j);
    }
    return j;
  };
  // The titles are left out when the template gives each of them from its "as of".
  const templated = data.dates.every((date) => data.s[date.title ?? -1] === titleTemplate.replace('{asOf}', data.s[date.asOf] ?? ''));
  const dates = data.dates.map((date): ClientDate => ({
    iso: date.iso,
    asOf: keep(date.asOf),
    ...(templated || date.title === undefined ? {} : { title: keep(date.title) }),
    edges: date.edges.map((edge): ClientEdge => {
      const events = (edge.d ?? []).filter((id) => id.startsWith('event:'));
      return {
        id: edge.id,
        t: edge.t,
        k: edge.k,
        w: edge.w,
        ...(edge.ta ? { ta: true } : {}),
        ...(edge.tb ? { tb: true } : {}),
        ...(edge.x ? { x: true } : {}),
        ...(events.length > 0 ? { d: events } : {}),
        l: keep(edge.l),
      };
    }),
    nodes: Object.fromEntries(Object.entries(date.nodes).map(([id, i]) => [id, keep(i)])),
  }));
  return { ...data, s: strings, dates, ...(templated ? { titleTemplate } : {}) };
}

/** Splits a long label over two lines at its middle space ("Karabakh / authorities"). */
function splitLabel(label: string): string[] {
  if (label.length <= 12 || !label.includes(' ')) return [label];
  const at = label.indexOf(' ', Math.floor(label.length / 2) - 3);
  const cut = at === -1 ? label.lastIndexOf(' ') : at;
  return [label.slice(0, cut), label.slice(cut + 1)];
}
