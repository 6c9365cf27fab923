import { describe, it } from 'vitest';
import { checkRandomTextIn } from './property-inputs';

describe('buildDataset(random text for a file of records)', () => {
  it('ends with located errors or valid output when the events, actors or places are replaced by random text', () => {
    checkRandomTextIn(['data/events.yaml', 'data/actors.yaml', 'data/places.yaml'], 75);
  }, 60_000);
});
