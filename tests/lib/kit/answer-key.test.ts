import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { worksheets } from '../../../src/i18n/worksheets';
import type { DataActor, DataEvent, DataPlace, DataRelation } from '../../../src/lib/data/types';
import { formatNumber } from '../../../src/lib/format/dates';
import { graphDataOf } from '../../../src/lib/graph/graph-model';
import { graphStateAt } from '../../../src/lib/graph/graph-state';
import { answerKey, type SheetView } from '../../../src/lib/kit/answer-key';
import { describeDerivation } from '../../../src/i18n/derivation';

const read = <T>(name: string) => JSON.parse(readFileSync(`src/generated/data/${name}.json`, 'utf8')) as T;
const data = { actors: read<DataActor[]>('actors'), events: read<DataEvent[]>('events'), relations: read<DataRelation[]>('relations'), places: read<DataPlace[]>('places') };
const article = readFileSync('data/sources/reuters-2023-11-28/article.de.txt', 'utf8');
const views: SheetView[] = ['timeline', 'relations', 'map'];
const key = (view: SheetView, locale: 'de' | 'en') => answerKey(view, data, locale, worksheets[locale].answers.copy);

describe('answerKey', () => {
  it('answerKey(view) answers every question of the sheet, in both languages, each with at least one line', () => {
    for (const locale of ['de', 'en'] as const) {
      for (const view of views) {
        const answers = key(view, locale);
        expect(answers.length, `${locale} ${view}`).toBe(worksheets[locale].views[view].questions.length);
        answers.forEach((a, i) => expect(a.lines.length, `${locale} ${view} question ${i + 1}`).toBeGreaterThan(0));
      }
    }
  });

  it('answerKey(view) quotes only the article\'s own words', () => {
    for (const view of views) {
      for (const line of key(view, 'de').flatMap((a) => a.lines)) if (line.quote) expect(article.includes(line.quote), line.quote).toBe(true);
    }
  });

  it('answerKey(relations) names as changed exactly the pairs whose line the two drawings show differently', () => {
    const graph = graphDataOf(data.actors, data.relations, data.events);
    const before = graphStateAt('2023-11-28', graph).edges;
    const after = graphStateAt(worksheets.de.views.relations.compareDate!, graph).edges;
    const ids = (edges: typeof before, pair: string) => JSON.stringify(edges.find((e) => e.id === pair)?.relationIds ?? []);
    const changed = [...new Set([...before, ...after].map((e) => e.id))].filter((p) => ids(before, p) !== ids(after, p));
    expect(changed.length).toBeGreaterThan(0);
    const name = (id: string) => data.actors.find((a) => a.id === id)!.short.de;
    const lines = key('relations', 'de')[3]!.lines.map((l) => l.text);
    const named = lines.filter((l) => / – .*:/.test(l)).map((l) => l.slice(0, l.indexOf(':')));
    expect(named.sort()).toEqual(changed.map((p) => p.split('--').map(name).join(' – ')).sort());
  });

  it('answerKey(map) gives each exodus figure as the map prints it, with who gives it', () => {
    const figures = data.events.find((e) => e.id === 'exodus')!.figures!;
    for (const locale of ['de', 'en'] as const) {
      const lines = key('map', locale)[2]!.lines.map((l) => l.text);
      expect(lines.length, locale).toBe(figures.length);
      figures.forEach((f, i) => {
        expect(lines[i], locale).toContain(formatNumber(f.value, locale));
        expect(lines[i], locale).toContain(f.by[locale]);
      });
    }
  });

  it('answerKey(timeline) dates the report\'s "on Monday" as the data derives it', () => {
    const call = data.events.find((e) => e.id === 'phone-call')!;
    expect(key('timeline', 'en')[1]!.lines.map((l) => l.text)).toEqual([`“${call.date.phrase}”: ${describeDerivation(call.date, 'en')}.`]);
  });
});
