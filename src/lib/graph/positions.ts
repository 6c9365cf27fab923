import positionsJson from './positions.json';

/** Where each node sits, in the drawing's own units; written by `scripts/graph-positions.ts`. */
export interface GraphPositions {
  width: number;
  height: number;
  nodes: Record<string, { x: number; y: number }>;
}

/** The committed node positions of the relationship graph (the same at every date). */
export const graphPositions: GraphPositions = positionsJson;
