import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DataStory } from '../../../src/lib/data/types';
import { pairKey, progressText, stepIndexOf, stepViewPatch } from '../../../src/lib/story/steps';
import { mergeViewQuery } from '../../../src/lib/state/merge-view-state';
import { parseViewState, type ViewStateContext } from '../../../src/lib/state/view-state';
import { domainToShow, eventExtent, namedRanges } from '../../../src/lib/timeline/ranges';
import { highlightEdges } from '../../../src/lib/graph/render-graph-svg';

const ctx: ViewStateContext = { eventIds: new Set(['phone-call', 'first-war']), actorIds: new Set(['usa', 'azerbaijan']), placeIds: new Set(['baku']), dateBounds: ['1988-01-01', '2024-12-31'] };

describe('stepIndexOf(step, count)', () => {
  it('counts from 1 and falls back to the first step for anything else', () => {
    expect(stepIndexOf(3, 12)).toBe(2);
    expect(stepIndexOf(12, 12)).toBe(11);
    for (const bad of [undefined, 0, -1, 13, 1.5, Number.NaN]) expect(stepIndexOf(bad, 12), String(bad)).toBe(0);
  });
});

describe('parseViewState(?step=, ?pair=)', () => {
  it('takes a step number from 1 to 99 and ignores everything else', () => {
    expect(parseViewState('?step=3', ctx).state.step).toBe(3);
    for (const raw of ['0', '03', '-1', '1.5', 'abc', '100', '', '<script>']) {
      expect(parseViewState(`?step=${encodeURIComponent(raw)}`, ctx).state.step, raw).toBeUndefined();
    }
  });

  it('takes a pair of two different known actors, in either order, and writes it sorted', () => {
    expect(parseViewState('?pair=usa--azerbaijan', ctx).state.pair).toBe('azerbaijan--usa');
    for (const raw of ['usa--usa', 'usa', 'usa--canada', 'usa--azerbaijan--usa']) expect(parseViewState(`?pair=${raw}`, ctx).state.pair, raw).toBeUndefined();
  });
});

describe('stepViewPatch(view, number)', () => {
  it('sets every key the story drives, so what the previous step set is removed', () => {
    const first = mergeViewQuery('', stepViewPatch({ event: 'first-war', pair: ['usa', 'azerbaijan'], place: 'baku', range: 'background' }, 1));
    expect(first).toBe('?step=1&event=first-war&place=baku&pair=azerbaijan--usa&range=background');
    const next = mergeViewQuery(`${first}&focus=usa&layers=places`, stepViewPatch({ event: 'phone-call' }, 2));
    // The reader's own focus and layers stay; the step's place, pair and range go.
    expect(next).toBe('?step=2&event=phone-call&focus=usa&layers=places');
  });

  it('writes a pair in alphabetical order', () => {
    expect(pairKey(['usa', 'azerbaijan'])).toBe('azerbaijan--usa');
  });
});

describe('progressText(template, index, count)', () => {
  it('says which step of how many', () => {
    expect(progressText('{n} of {total}', 2, 12)).toBe('3 of 12');
    expect(progressText('Schritt {n} von {total}', 0, 12)).toBe('Schritt 1 von 12');
  });
});

describe('domainToShow(current, extent)', () => {
  it('moves only when the event is out of sight: to the article months where they hold it, else to the background', () => {
    const call = eventExtent('2023-11-27', '2023-11-27');
    expect(domainToShow(namedRanges.article, call)).toBeUndefined();
    expect(domainToShow(namedRanges.background, call)).toBeUndefined();
    expect(domainToShow({ start: eventExtent('2023-09-01', '2023-09-01').start, end: eventExtent('2023-10-01', '2023-10-01').end }, call)).toEqual(namedRanges.article);
    expect(domainToShow(namedRanges.article, eventExtent('1988-02-20', '1994-05-12'))).toEqual(namedRanges.background);
  });
});

describe('highlightEdges(svg, ids)', () => {
  it('marks the named edges and leaves the others', () => {
    const svg = '<g class="rg-edge is-on tone-m1" data-id="azerbaijan--usa"></g><g class="rg-edge is-off" data-id="armenia--russia"></g>';
    expect(highlightEdges(svg, ['usa--azerbaijan', 'azerbaijan--usa'])).toBe('<g class="rg-edge is-on tone-m1 is-event" data-id="azerbaijan--usa"></g><g class="rg-edge is-off" data-id="armenia--russia"></g>');
  });
});

describe('the story in the data (story.json)', () => {
  const story = JSON.parse(readFileSync('src/generated/data/story.json', 'utf8')) as DataStory;
  const article = readFileSync('data/sources/reuters-2023-11-28/article.de.txt', 'utf8');

  it('tells the background first, then the report in the order of its sentences', () => {
    const chapters = story.steps.map((s) => s.chapter);
    expect(chapters.indexOf('report')).toBeGreaterThan(0);
    expect(chapters.slice(chapters.indexOf('report')).every((c) => c === 'report')).toBe(true);
    const starts = story.steps.filter((s) => s.chapter === 'report').map((s) => s.quoteLocation!.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('quotes each report step\'s key words from the article, short, never the whole text', () => {
    for (const step of story.steps.filter((s) => s.chapter === 'report')) {
      const { start, end } = step.quoteLocation!;
      expect(article.slice(start, end).replace(/\s+/g, ' ')).toBe(step.quote!.replace(/\s+/g, ' '));
      expect(step.quote!.split(/\s+/).length).toBeLessThanOrEqual(16);
    }
  });

  it('numbers the steps from 1 and names a date and a speaker for each', () => {
    expect(story.steps.map((s) => s.number)).toEqual(story.steps.map((_, i) => i + 1));
    for (const step of story.steps) expect(step.date.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const step of story.steps.filter((s) => s.chapter === 'background')) expect(step.citations.length).toBeGreaterThan(0);
  });
});

describe('lessonParts(teach.lesson, story)', () => {
  const story = JSON.parse(readFileSync('src/generated/data/story.json', 'utf8')) as DataStory;
  it('resolves every part of both languages\' lesson to consecutive steps, and the parts cover the story in order', async () => {
    const { teach } = await import('../../../src/i18n/teach');
    const { lessonParts } = await import('../../../src/lib/story/lesson');
    for (const lang of ['de', 'en'] as const) {
      const parts = lessonParts(teach[lang].lesson, story.steps);
      expect(parts.map((p) => [p.first, p.last])).toEqual(lessonParts(teach.en.lesson, story.steps).map((p) => [p.first, p.last]));
      expect(parts[0]!.first).toBe(1);
      expect(parts.at(-1)!.last).toBe(story.steps.length);
      parts.forEach((p, i) => i > 0 && expect(p.first).toBe(parts[i - 1]!.last + 1));
    }
  });

  it('stops at an unknown step', async () => {
    const { lessonParts } = await import('../../../src/lib/story/lesson');
    expect(() => lessonParts([{ steps: ['nope'], minutes: 5, task: '', questions: [] }], story.steps)).toThrow('unknown story step "nope"');
  });
});

describe('stripInteractiveParts(svg)', () => {
  it('drops the hit lines and focus rings and keeps the drawing', async () => {
    const { stripInteractiveParts } = await import('../../../src/lib/graph/render-graph-svg');
    const svg = '<g class="rg-edge"><line class="rg-hit" x1="1" y1="2" x2="3" y2="4"/><line class="rg-line" x1="1" y1="2" x2="3" y2="4"/></g><g class="rg-node"><path class="rg-focus-ring" d="M0,0Z"/><path class="rg-shape" d="M1,1Z"/></g>';
    expect(stripInteractiveParts(svg)).toBe('<g class="rg-edge"><line class="rg-line" x1="1" y1="2" x2="3" y2="4"/></g><g class="rg-node"><path class="rg-shape" d="M1,1Z"/></g>');
  });
});
