import { describe, expect, it } from 'vitest';
import { mainActorOf, namedActorsOf } from '../../../src/lib/timeline/events';

const speaksFor = new Map([
  ['blinken', 'usa'],
  ['aliyev', 'azerbaijan'],
]);

describe('mainActorOf(event, speaksFor)', () => {
  it('takes the first actor who acts in a directed event, a person counting for the state they speak for', () => {
    expect(mainActorOf({ actors: ['azerbaijan', 'usa', 'aliyev', 'blinken'], source: ['blinken'] }, speaksFor)).toBe('usa');
  });

  it('takes the lead where the data names one: Armenia ratifies, though the coded act is Moscow\'s objection', () => {
    expect(mainActorOf({ actors: ['armenia', 'russia'], source: ['russia'], lead: 'armenia' }, speaksFor)).toBe('armenia');
  });

  it('falls back to the first actor with a lane of its own, and to none (which the pipeline rejects)', () => {
    expect(mainActorOf({ actors: ['aliyev', 'armenia'] }, speaksFor)).toBe('azerbaijan');
    expect(mainActorOf({ actors: ['someone'] }, speaksFor)).toBeUndefined();
  });
});

describe('namedActorsOf(event, speaksFor)', () => {
  it('lists every main actor the event names, once, in the palette\'s order', () => {
    expect(namedActorsOf({ actors: ['azerbaijan', 'usa', 'aliyev', 'blinken'] }, speaksFor)).toEqual(['usa', 'azerbaijan']);
    expect(namedActorsOf({ actors: ['armenia', 'russia', 'someone'] }, speaksFor)).toEqual(['armenia', 'russia']);
  });
});
