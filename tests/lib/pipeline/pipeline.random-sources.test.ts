import { describe, it } from 'vitest';
import { checkRandomTextIn } from './property-inputs';

describe('buildDataset(random text for the relations or the article\'s files)', () => {
  it('ends with located errors or valid output when the relations, the excluded sentences or the article\'s metadata are replaced by random text', () => {
    checkRandomTextIn(['data/relations.yaml', 'data/sources/reuters-2023-11-28/excluded.yaml', 'data/sources/reuters-2023-11-28/meta.yaml'], 75);
  }, 60_000);
});
