import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { relations } from '../../src/i18n/relations';
import type { DataActor } from '../../src/lib/data/types';
import { relationKinds } from '../../src/lib/schema/relation';

const actors = (JSON.parse(readFileSync('src/generated/data/actors.json', 'utf8')) as DataActor[]).filter((a) => a.grammar);

describe('relationSentence(every pair, kind and direction)', () => {
  it('writes every generated sentence as in the reviewed snapshot', async () => {
    const lines: string[] = [];
    for (const locale of ['de', 'en'] as const) {
      const s = relations[locale];
      for (const a of actors) {
        for (const b of actors) {
          if (a.id === b.id) continue;
          for (const kind of relationKinds) {
            for (const directed of [false, true]) {
              lines.push(`${locale} ${a.id} ${directed ? '→' : '–'} ${b.id} ${kind}: ${s.relationSentence(a.grammar!, b.grammar!, kind, directed, undefined, 'LABEL', undefined)}`);
            }
          }
          lines.push(`${locale} ${a.id} – ${b.id} events: ${s.eventsSentence(a.grammar!, b.grammar!, 2, 30, ['TITLE 1', 'TITLE 2'])}`);
        }
      }
      const [usa, azerbaijan] = ['usa', 'azerbaijan'].map((id) => actors.find((a) => a.id === id)!.grammar!);
      lines.push(`${locale} claimed, drawn on: ${s.relationSentence(azerbaijan!, usa!, 'strained', false, 'ATTRIBUTION', 'LABEL', s.lastAttested('DAY'))}`);
    }
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('__snapshots__/relation-sentences.txt');
  });

  it('declines the names after "zwischen" and "an" (dative, accusative)', () => {
    const g = (id: string) => actors.find((a) => a.id === id)!.grammar!;
    const de = relations.de;
    expect(de.relationSentence(g('usa'), g('azerbaijan'), 'strained', false, undefined, 'x', undefined)).toBe('Die Beziehungen zwischen den USA und Aserbaidschan sind angespannt: x.');
    expect(de.eventsSentence(g('armenia'), g('west'), 1, 30, ['t'])).toBe('1 Ereignis zwischen Armenien und dem Westen in den 30 Tagen davor: t.');
    expect(de.relationSentence(g('armenia'), g('west'), 'rapprochement', true, undefined, 'x', undefined)).toBe('Armenien sucht eine engere Bindung an den Westen: x.');
    expect(de.relationSentence(g('usa'), g('armenia'), 'support', true, undefined, 'x', undefined)).toBe('Die USA unterstützen Armenien: x.');
    expect(de.relationSentence(g('west'), g('armenia'), 'support', true, undefined, 'x', undefined)).toBe('Der Westen unterstützt Armenien: x.');
    expect(relations.en.relationSentence(g('usa'), g('armenia'), 'support', true, undefined, 'x', undefined)).toBe('The United States supports Armenia: x.');
  });
});
