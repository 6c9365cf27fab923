import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import EventCard from '../../src/components/EventCard.astro';
import RecordSource from '../../src/components/RecordSource.astro';
import { dataset } from '../../src/lib/data/dataset';
import type { DataEvent } from '../../src/lib/data/types';

const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';

/** The markup with every quoted attribute value emptied: what remains are the real tags. */
function tagsOnly(html: string): string {
  return html.replace(/="[^"]*"/g, '=""');
}

/** An event whose every text field carries markup. */
function hostileEvent(): DataEvent {
  const base = dataset.events.find((e) => e.id === 'obrien-hearing-remark')!;
  const text = { en: hostile, de: hostile };
  return {
    ...base,
    title: text,
    summary: text,
    quote: hostile,
    translation: hostile,
    claim: { by: 'aliyev-office', attribution: text },
    notes: [{ kind: 'correction', text, citation: { publisher: hostile, title: hostile, url: 'https://example.org/?q="><script>' } }],
    date: { ...base.date, phrase: hostile, relative: { rule: 'after-event', event: 'offensive' }, derivation: { published: '2023-11-28', anchor: { event: 'offensive', title: text, end: '2023-09-20' } }, boundsNote: text },
  };
}

describe('components escape every text that comes from the data', () => {
  it('EventCard renders markup in data as text', async () => {
    const container = await AstroContainer.create();
    for (const locale of ['de', 'en'] as const) {
      const html = await container.renderToString(EventCard, { props: { event: hostileEvent(), locale } });
      expect(tagsOnly(html)).not.toMatch(/<script|<img/);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
  });

  it('RecordSource renders quotes, claims, notes and citations as text', async () => {
    const container = await AstroContainer.create();
    const e = hostileEvent();
    const html = await container.renderToString(RecordSource, { props: { locale: 'en', quote: e.quote, translation: e.translation, claim: e.claim, notes: e.notes, citation: e.notes![0]!.citation } });
    expect(tagsOnly(html)).not.toMatch(/<script|<img/);
    // The quote that would end the attribute is escaped; the rest is inert inside it.
    expect(html).toContain('href="https://example.org/?q=&#34;><script>"');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
  });
});
