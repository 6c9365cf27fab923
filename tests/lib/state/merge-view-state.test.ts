import { describe, expect, it } from 'vitest';
import { mergeViewQuery } from '../../../src/lib/state/merge-view-state';

describe('mergeViewQuery(search, patch)', () => {
  it('keeps the parameters of other views when one view writes its keys', () => {
    expect(mergeViewQuery('?date=2023-09-19&focus=usa&place=baku', { range: 'background', lanes: 'theme' })).toBe('?date=2023-09-19&focus=usa&place=baku&range=background&lanes=theme');
  });

  it('drops the date when another event is selected, so the views move to that event', () => {
    expect(mergeViewQuery('?date=2023-09-19&focus=usa', { event: 'phone-call' })).toBe('?event=phone-call&focus=usa');
    expect(mergeViewQuery('?event=phone-call&date=2023-09-19', { event: 'phone-call', range: 'background' })).toBe('?event=phone-call&date=2023-09-19&range=background');
    expect(mergeViewQuery('?date=2023-09-19', { event: 'phone-call', date: '2023-11-01' })).toBe('?event=phone-call&date=2023-11-01');
  });

  it('removes a key the patch sets to undefined and leaves the rest', () => {
    expect(mergeViewQuery('?event=phone-call&date=2023-09-19', { event: undefined })).toBe('?date=2023-09-19');
  });

  it('drops a key whose new value is the default', () => {
    expect(mergeViewQuery('?range=background&event=phone-call', { range: 'article' })).toBe('?event=phone-call');
    expect(mergeViewQuery('?layers=places', { layers: ['borders', 'karabakh', 'places', 'exodus', 'events', 'relations'] })).toBe('');
  });

  it('writes lists and numbers as serializeViewState does, in the fixed order', () => {
    expect(mergeViewQuery('?zoom=3', { hide: ['usa', 'armenia'], center: [40.123456, 44.5] })).toBe('?hide=armenia,usa&center=40.1235,44.5&zoom=3');
  });

  it('drops parameters that are not part of the view state', () => {
    expect(mergeViewQuery('?lesson=1&date=2023-09-19', { focus: 'usa' })).toBe('?date=2023-09-19&focus=usa');
  });

  it('ignores keys that are not part of the view state', () => {
    expect(mergeViewQuery('?date=2023-09-19', { nonsense: 'x' } as never)).toBe('?date=2023-09-19');
  });
});
