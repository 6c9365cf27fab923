import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutGraphPositions } from '../../scripts/graph-positions';
import { mainActorIds } from '../../src/lib/encoding/actors';

const root = join(__dirname, '..', '..');

describe('layoutGraphPositions(ids)', () => {
  it('is what npm run data wrote for the main actors', () => {
    const written = JSON.parse(readFileSync(join(root, 'src', 'generated', 'graph', 'positions.json'), 'utf8'));
    expect(layoutGraphPositions(mainActorIds)).toEqual(written);
  });

  it('gives a new main actor a place inside the frame, apart from the others', () => {
    const { nodes, width, height } = layoutGraphPositions([...mainActorIds, 'newcomer']);
    expect(Object.keys(nodes).sort()).toEqual([...mainActorIds, 'newcomer'].sort());
    for (const { x, y } of Object.values(nodes)) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(height);
    }
    const others = Object.entries(nodes).filter(([id]) => id !== 'newcomer');
    const closest = Math.min(...others.map(([, p]) => Math.hypot(p.x - nodes.newcomer!.x, p.y - nodes.newcomer!.y)));
    expect(closest).toBeGreaterThan(40);
  });
});
