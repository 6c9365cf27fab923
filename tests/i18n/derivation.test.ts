import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeDerivation } from '../../src/i18n/derivation';
import type { DataEvent } from '../../src/lib/data/types';

const events = JSON.parse(readFileSync(join(__dirname, '..', '..', 'src', 'generated', 'data', 'events.json'), 'utf8')) as DataEvent[];
const byId = (id: string) => events.find((e) => e.id === id)!;

describe('describeDerivation(date, locale)', () => {
  it('says how "am Montag" in the Tuesday report became 27 November 2023', () => {
    expect(describeDerivation(byId('phone-call').date, 'en')).toBe('Monday before the Tuesday report: 27 November 2023');
    expect(describeDerivation(byId('phone-call').date, 'de')).toBe('Montag vor dem Bericht vom Dienstag: 27. November 2023');
  });

  it('names the other event of a date after an event, in the page\'s language', () => {
    const after = events.find((e) => e.date.relative?.rule === 'after-event')!;
    const anchor = byId(after.date.derivation!.anchor!.event);
    expect(describeDerivation(after.date, 'en')).toContain(`after “${anchor.title.en}”`);
    expect(describeDerivation(after.date, 'de')).toContain(`nach „${anchor.title.de}“`);
  });

  it('says nothing for a date the article gives outright', () => {
    const plain = events.find((e) => e.date.relative === undefined)!;
    expect(describeDerivation(plain.date, 'en')).toBeUndefined();
  });
});
