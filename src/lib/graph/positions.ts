import positionsJson from '../../generated/graph/positions.json';
import { checkGenerated } from '../data/check-generated';
import { graphPositionsSchema } from '../schema/generated';

/** Where each node sits, in the drawing's own units; written by `npm run data` (`scripts/graph-positions.ts`). */
export interface GraphPositions {
  width: number;
  height: number;
  nodes: Record<string, { x: number; y: number }>;
}

/** The graph's node positions (the same at every date), checked against their schema as they load. */
export const graphPositions: GraphPositions = checkGenerated('src/generated/graph/positions.json', graphPositionsSchema, positionsJson);
