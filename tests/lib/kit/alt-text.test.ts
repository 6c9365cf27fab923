import { describe, expect, it } from 'vitest';
import { kitClient } from '../../../src/i18n/kit';
import { describeViewForAltText } from '../../../src/lib/kit/alt-text';
import { formatCitation } from '../../../src/lib/kit/citation';
import { fill } from '../../../src/lib/text/fill';

const rows = [1, 2, 3, 4, 5, 6, 7].map((i) => ({ id: `e${i}`, title: `Event ${i}`, start: `2023-09-0${i}`, end: `2023-09-0${i + 1}` }));

describe('describeViewForAltText(view, rows, locale, strings)', () => {
  it('names the count, the span, the first five and the source, in German', () => {
    expect(describeViewForAltText('timeline', rows, 'de', kitClient.de.altText)).toBe(
      'Zeitleiste zu Bergkarabach mit 7 Ereignissen vom 1. September 2023 bis zum 8. September 2023. Darunter: Event 1, Event 2, Event 3, Event 4 und Event 5 und 2 weitere. Quelle: Reuters, 28. Nov. 2023, und genannte Hintergrundquellen.',
    );
  });

  it('says the graph\'s date, in English', () => {
    expect(describeViewForAltText('relations', rows.slice(0, 2), 'en', kitClient.en.altText, { date: '2023-11-27' })).toBe(
      'Network of relations between the United States, Azerbaijan, Armenia, Russia, the Karabakh authorities and the West on 27 November 2023: 2 relations. Among them: Event 1 and Event 2. Source: Reuters, 28 Nov 2023, and cited background sources.',
    );
  });

  it('leaves out the span and the names when nothing is shown', () => {
    expect(describeViewForAltText('map', [], 'en', kitClient.en.altText)).toBe(
      'Map of the South Caucasus showing Armenia, Azerbaijan with its Nakhchivan exclave and the approximate outline of Nagorno-Karabakh; 0 places and events. Source: Reuters, 28 Nov 2023, and cited background sources.',
    );
  });
});

describe('formatCitation(input)', () => {
  it('fills the language\'s form with the site, the view, the access date and the address', () => {
    const input = { siteName: 'S', viewTitle: 'T', url: 'https://example.org/de/map/', accessed: '2026-12-02' };
    expect(formatCitation({ ...input, locale: 'de', template: kitClient.de.citation })).toBe('S. (o. J.). T [Interaktive Grafik]. Grundlage: Reuters, 28. Nov. 2023. Abgerufen am 2. Dezember 2026, von https://example.org/de/map/');
    expect(formatCitation({ ...input, locale: 'en', template: kitClient.en.citation })).toBe('S. (n.d.). T [Interactive graphic]. Based on Reuters, 28 Nov 2023. Retrieved 2 December 2026, from https://example.org/de/map/');
  });
});

describe('fill(template, values)', () => {
  it('fills each slot once and never reads a value as a template', () => {
    expect(fill('{a} and {b}', { a: '{b}', b: '$&' })).toBe('{b} and $&');
  });

  it('keeps a slot without a value as written', () => {
    expect(fill('{count} events{span}', { count: 3 })).toBe('3 events{span}');
  });
});
