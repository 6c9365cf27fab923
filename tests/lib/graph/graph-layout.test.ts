import { describe, expect, it } from 'vitest';
import { layoutGraph, nodeLabel, NODE_RADIUS, type GraphNodeInput } from '../../../src/lib/graph/graph-layout';
import { graphPositions } from '../../../src/lib/graph/positions';
import { estimateTextWidth } from '../../../src/lib/timeline/text-width';

/** The box a node's label takes, as drawn (`render-graph-svg`): lines centred under the node. */
function labelBox(node: GraphNodeInput & { x: number; y: number }) {
  const half = Math.max(...node.label.map((line) => estimateTextWidth(line, nodeLabel.fontSize))) / 2;
  return { x0: node.x - half, x1: node.x + half, y0: node.y + nodeLabel.baseline - 13, y1: node.y + nodeLabel.baseline + (node.label.length - 1) * nodeLabel.lineHeight + 4 };
}

/** Whether the segment from p to q passes through the box (sampled every half unit). */
function crosses(p: [number, number], q: [number, number], box: ReturnType<typeof labelBox>): boolean {
  const steps = Math.ceil(Math.hypot(q[0] - p[0], q[1] - p[1]) * 2);
  for (let i = 0; i <= steps; i++) {
    const x = p[0] + ((q[0] - p[0]) * i) / steps;
    const y = p[1] + ((q[1] - p[1]) * i) / steps;
    if (x > box.x0 && x < box.x1 && y > box.y0 && y < box.y1) return true;
  }
  return false;
}

const state = { date: '2023-11-27', windowStart: '2023-10-28', nodes: [], edges: [] };
const points = (d: string) => [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as [number, number]);

describe('layoutGraph', () => {
  it('layoutGraph(nodes in every direction) stops each line and arrowhead short of both actors\' labels and shapes', () => {
    const nodes: GraphNodeInput[] = [
      { id: 'a', shape: 'circle', label: ['Azerbaijan'] },
      { id: 'b', shape: 'square', label: ['Karabakh', 'authorities'] },
      { id: 'c', shape: 'diamond', label: ['Russia'] },
      { id: 'd', shape: 'triangle', label: ['The West'] },
    ];
    const positions = { width: 600, height: 600, nodes: { a: { x: 300, y: 120 }, b: { x: 300, y: 420 }, c: { x: 470, y: 300 }, d: { x: 140, y: 230 } } };
    const pairs = ['a--b', 'a--c', 'a--d', 'b--c', 'b--d', 'c--d'];
    const layout = layoutGraph(nodes, pairs, state, positions);
    const at = new Map(layout.nodes.map((n) => [n.id, n]));
    for (const edge of layout.edges) {
      for (const id of [edge.a, edge.b]) {
        const node = at.get(id)!;
        const box = labelBox(node);
        expect(crosses([edge.x1, edge.y1], [edge.x2, edge.y2], box), `${edge.id} through the label of ${id}`).toBe(false);
        for (const arrow of [edge.arrowA, edge.arrowB]) {
          const [tip, ...base] = points(arrow);
          expect(crosses(tip!, base[0]!, box) || crosses(tip!, base[1]!, box), `${edge.id}: arrowhead in the label of ${id}`).toBe(false);
          expect(Math.hypot(tip![0] - node.x, tip![1] - node.y)).toBeGreaterThan(NODE_RADIUS);
        }
      }
    }
  });

  it('layoutGraph(the real positions) keeps every line of the graph out of its two actors\' labels', () => {
    const ids = Object.keys(graphPositions.nodes);
    const nodes: GraphNodeInput[] = ids.map((id) => ({ id, shape: 'circle', label: id === 'karabakh-authorities' ? ['Karabakh', 'authorities'] : [id === 'usa' ? 'US' : id] }));
    const pairs = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b].sort().join('--')));
    const layout = layoutGraph(nodes, pairs, state, graphPositions);
    const at = new Map(layout.nodes.map((n) => [n.id, n]));
    for (const edge of layout.edges) {
      for (const id of [edge.a, edge.b]) expect(crosses([edge.x1, edge.y1], [edge.x2, edge.y2], labelBox(at.get(id)!)), `${edge.id} / ${id}`).toBe(false);
    }
  });
});
