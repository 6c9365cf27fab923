import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../../../src/lib/timeline/layout';
import { timelineMarkers } from '../../../src/lib/timeline/markers';
import { renderTimelineSvg, type TimelineSvgText } from '../../../src/lib/timeline/render-svg';
import { escapeMarkup } from '../../../src/lib/text/escape';
import type { TimelineOptions } from '../../../src/lib/timeline/types';
import { fixture } from './helpers';

const text = (hover: Record<string, string>): TimelineSvgText => ({
  title: 'Timeline of the events',
  description: 'Each event is a mark on its lane.',
  lanes: { usa: 'US', azerbaijan: 'Azerbaijan', armenia: 'Armenia', russia: 'Russia', 'karabakh-authorities': 'Karabakh authorities', west: 'The West', diplomacy: 'Diplomacy', military: 'Military', humanitarian: 'Humanitarian' },
  hover,
  cluster: (n) => `${n} more events`,
  overview: 'Overview',
});

/** Pretty-prints the SVG one element per line, so snapshot diffs stay readable. */
const pretty = (svg: string) => `${svg.replace(/></g, '>\n<')}\n`;

const cases: { name: string; fixture: string; options: Partial<TimelineOptions> }[] = [
  { name: 'precisions-768', fixture: 'precisions', options: { width: 768 } },
  { name: 'same-day-320', fixture: 'same-day', options: { width: 320 } },
  { name: 'lanes-theme-1600', fixture: 'lanes', options: { width: 1600, lanes: 'theme' } },
  { name: 'lanes-background-de-768', fixture: 'lanes', options: { width: 768, range: 'background', locale: 'de' } },
];

describe('renderTimelineSvg', () => {
  for (const c of cases) {
    it(`renderTimelineSvg(${c.name}) matches its SVG snapshot`, async () => {
      const events = fixture(c.fixture);
      const layout = layoutTimeline(events, { width: 768, height: 200, range: 'article', lanes: 'actor', locale: 'en', ...c.options });
      const svg = renderTimelineSvg(layout, text(Object.fromEntries(events.map((e) => [e.id, `${e.title}: ${e.start}`]))), timelineMarkers());
      expect(svg).not.toMatch(/\d\.\d{2,}/);
      await expect(pretty(svg)).toMatchFileSnapshot(`__snapshots__/${c.name}.svg`);
    });
  }

  it('renderTimelineSvg(events) gives every event a data-id, in time order, and escapes titles', () => {
    const events = fixture('lanes').map((e) => (e.id === 'visit' ? { ...e, title: '<script>alert(1)</script>' } : e));
    const layout = layoutTimeline(events, { width: 768, height: 200, range: 'article', lanes: 'actor', locale: 'en' });
    const svg = renderTimelineSvg(layout, text({}), timelineMarkers());
    expect([...svg.matchAll(/data-id="([^"]+)"/g)].map((m) => m[1])).toEqual(['first-war', 'offensive', 'exodus', 'visit', 'ratification', 'summit']);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain(escapeMarkup('<script>alert(1)</script>'));
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="tl-title tl-desc"/);
  });

  it('renderTimelineSvg(events, text, prefix) starts every id and every reference to one with the prefix, so two drawings can share a page', () => {
    const layout = layoutTimeline(fixture('precisions'), { width: 768, height: 200, range: 'background', lanes: 'actor', locale: 'en' });
    const svg = renderTimelineSvg(layout, text({}), timelineMarkers(), 'tlb');
    const ids = [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(2);
    expect(ids.filter((id) => !id.startsWith('tlb-'))).toEqual([]);
    const references = [...svg.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(references.length).toBeGreaterThan(0);
    for (const ref of references) expect(ids).toContain(ref);
    expect(svg).toMatch(/^<svg [^>]*aria-labelledby="tlb-title tlb-desc"/);
  });
});
