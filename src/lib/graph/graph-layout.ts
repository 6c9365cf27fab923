/**
 * Geometry of the relationship graph: node shapes, edge lines that stop short of the node
 * shapes and of their labels, arrowheads, and the look of an edge at a date (tone class, kind, width). The shapes, tones and
 * arrowheads come from the visual encoding (`../encoding`). Pure; the same numbers serve the
 * build-time SVG, the tests and the client's updates.
 */
import type { ActorShape } from '../encoding/actors';
import { markerPath } from '../encoding/markers';
import { arrowhead } from '../encoding/strokes';
import { toneClassOf } from '../encoding/tones';
import { estimateTextWidth } from '../timeline/text-width';
import type { EdgeKind, GraphEdge, GraphState } from './graph-state';
import type { GraphPositions } from './positions';

/** Node size in drawing units: every node's shape has the area of a circle of this radius. */
export const NODE_RADIUS = 18;
const ARROW_LENGTH = arrowhead.length;
const ARROW_HALF_WIDTH = arrowhead.halfWidth;
const GAP = 4;
/** A node's label, as the drawing sets it (`render-graph-svg`, `.rg-label`): its first baseline below the centre, its line height and font size. */
export const nodeLabel = Object.freeze({ baseline: 36, lineHeight: 17, fontSize: 16 });

/** A node as input to the layout: id, shape and label lines. */
export interface GraphNodeInput {
  id: string;
  shape: ActorShape;
  /** The label, one string per line. */
  label: string[];
}

/** A node placed on the drawing. */
export interface PlacedNode extends GraphNodeInput {
  x: number;
  y: number;
  /** SVG path of the node's shape, centred on 0,0 (the drawing moves it to x, y). */
  d: string;
}

/** How an edge looks at one date. */
export interface EdgeLook {
  on: boolean;
  /** `tone-m2` … `tone-p2`, matching the `--tone-*` colours. */
  toneClass: string;
  kind: EdgeKind | 'none';
  width: number;
  towardA: boolean;
  towardB: boolean;
  /** Past the last evidence of an open-ended relation: drawn on, paler. */
  beyond: boolean;
}

/** An edge placed on the drawing, with its look at the drawn date. */
export interface PlacedEdge {
  id: string;
  a: string;
  b: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Arrowhead pointing at `b` and at `a`. */
  arrowB: string;
  arrowA: string;
  look: EdgeLook;
}

/** The whole drawing at one date. */
export interface GraphLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

const r1 = (v: number) => Math.round(v * 10) / 10;

function polygon(points: [number, number][]): string {
  return `M${points.map(([x, y]) => `${r1(x)},${r1(y)}`).join('L')}Z`;
}

/** Line width for how much happened: 2 with no events in the window, up to 8 with five or more. */
export function edgeWidthOf(weight: number): number {
  return 2 + 1.2 * Math.min(weight, 5);
}

/** How an edge looks; an edge absent at the date is `off` and keeps a neutral look. */
export function edgeLookOf(edge: GraphEdge | undefined): EdgeLook {
  if (!edge) return { on: false, toneClass: 'tone-0', kind: 'none', width: 2, towardA: false, towardB: false, beyond: false };
  return { on: true, toneClass: toneClassOf(edge.tone), kind: edge.kind, width: r1(edgeWidthOf(edge.weight)), towardA: edge.towardA, towardB: edge.towardB, beyond: edge.beyondEvidence };
}

function arrowAt(tipX: number, tipY: number, ux: number, uy: number): string {
  const baseX = tipX - ux * ARROW_LENGTH;
  const baseY = tipY - uy * ARROW_LENGTH;
  return polygon([
    [tipX, tipY],
    [baseX - uy * ARROW_HALF_WIDTH, baseY + ux * ARROW_HALF_WIDTH],
    [baseX + uy * ARROW_HALF_WIDTH, baseY - ux * ARROW_HALF_WIDTH],
  ]);
}

/**
 * How far from a node's centre a line leaving it in direction (`ux`, `uy`) must stop: past the
 * shape's rim, and, where the line would cross the node's label, past the label's box (the box
 * with the gap around it: the ray's exit from it, found by the slab method).
 */
function stopDistance(node: GraphNodeInput, ux: number, uy: number): number {
  const rim = NODE_RADIUS + GAP;
  // Bold text, a little wider than the estimate for regular text; the halo and the gap around it.
  const half = (Math.max(...node.label.map((line) => estimateTextWidth(line, nodeLabel.fontSize))) * 1.08) / 2 + GAP;
  const top = nodeLabel.baseline - nodeLabel.fontSize * 0.8 - GAP;
  const bottom = nodeLabel.baseline + (node.label.length - 1) * nodeLabel.lineHeight + nodeLabel.fontSize * 0.25 + GAP;
  let enter = -Infinity;
  let exit = Infinity;
  for (const [u, lo, hi] of [[ux, -half, half], [uy, top, bottom]] as const) {
    if (Math.abs(u) < 1e-9) {
      if (lo > 0 || hi < 0) return rim;
      continue;
    }
    enter = Math.max(enter, Math.min(lo / u, hi / u));
    exit = Math.min(exit, Math.max(lo / u, hi / u));
  }
  return exit > Math.max(enter, 0) ? Math.max(rim, exit) : rim;
}

/**
 * Places every node and every pair that is ever linked (`pairIds`, `a--b`), with each edge's
 * look at the state's date. Lines stop short of the rims and of the labels, so arrowheads sit
 * in the gap and no line or arrowhead runs through an actor's name.
 */
export function layoutGraph(nodes: readonly GraphNodeInput[], pairIds: readonly string[], state: GraphState, positions: GraphPositions): GraphLayout {
  const placed = nodes.map((n) => {
    const p = positions.nodes[n.id] ?? { x: positions.width / 2, y: positions.height / 2 };
    return { ...n, x: p.x, y: p.y, d: markerPath(n.shape, NODE_RADIUS) };
  });
  const at = new Map(placed.map((n) => [n.id, n]));
  const byId = new Map(state.edges.map((e) => [e.id, e]));
  const edges: PlacedEdge[] = [];
  for (const id of pairIds) {
    const [a, b] = id.split('--') as [string, string];
    const na = at.get(a);
    const nb = at.get(b);
    if (!na || !nb) continue;
    const dx = nb.x - na.x;
    const dy = nb.y - na.y;
    const length = Math.hypot(dx, dy) || 1;
    const ux = dx / length;
    const uy = dy / length;
    const tipA = stopDistance(na, ux, uy);
    const tipB = stopDistance(nb, -ux, -uy);
    const insetA = tipA + ARROW_LENGTH - 2;
    const insetB = tipB + ARROW_LENGTH - 2;
    edges.push({
      id,
      a,
      b,
      x1: r1(na.x + ux * insetA),
      y1: r1(na.y + uy * insetA),
      x2: r1(nb.x - ux * insetB),
      y2: r1(nb.y - uy * insetB),
      arrowB: arrowAt(nb.x - ux * tipB, nb.y - uy * tipB, ux, uy),
      arrowA: arrowAt(na.x + ux * tipA, na.y + uy * tipA, -ux, -uy),
      look: edgeLookOf(byId.get(id)),
    });
  }
  return { width: positions.width, height: positions.height, nodes: placed, edges };
}

/** Every pair linked at any of `states`, in the order they first appear by node order. */
export function pairsEverLinked(states: readonly GraphState[]): string[] {
  const seen = new Map<string, GraphEdge>();
  for (const s of states) for (const e of s.edges) if (!seen.has(e.id)) seen.set(e.id, e);
  const order = new Map((states[0]?.nodes ?? []).map((id, i) => [id, i]));
  return [...seen.values()]
    .sort((x, y) => (order.get(x.a) ?? 0) - (order.get(y.a) ?? 0) || (order.get(x.b) ?? 0) - (order.get(y.b) ?? 0))
    .map((e) => e.id);
}
