import { describe, expect, it } from 'vitest';
import { eventMarkerHtml, labelHtml, placeMarkerHtml } from '../../../src/lib/map/marker-markup';

const placement = { side: 'right', dy: -2, minor: false } as const;

describe('placeMarkerHtml(place)', () => {
  it('sets a contested place\'s two names each in its own span, the slash with the first', () => {
    const html = placeMarkerHtml({ id: 'khankendi-stepanakert', label: 'Chankendi / Stepanakert', labelPlacement: placement });
    expect(html).toContain('<span class="mk-name">Chankendi /</span> <span class="mk-name">Stepanakert</span>');
    expect(html).toMatch(/^<span class="mk-dot"><\/span>/);
    expect(html).toContain('style="margin-top:-2px"');
  });

  it('ranks a capital\'s label above the regional places\' and marks a minor one', () => {
    expect(placeMarkerHtml({ id: 'baku', label: 'Baku', labelPlacement: placement })).toContain('class="mk-label mk-label--right"');
    expect(placeMarkerHtml({ id: 'kornidzor', label: 'Kornidsor', labelPlacement: { ...placement, side: 'left', minor: true } })).toContain('class="mk-label mk-label--left mk-label--minor mk-label--regional"');
  });

  it('escapes the names', () => {
    expect(placeMarkerHtml({ id: 'x', label: 'A<b>&', labelPlacement: placement })).toContain('A&lt;b&gt;&amp;');
    expect(labelHtml('<i>')).toBe('<span>&lt;i&gt;</span>');
  });
});

describe('eventMarkerHtml(number)', () => {
  it('shows the number, hidden from assistive technology', () => {
    expect(eventMarkerHtml(12)).toBe('<span aria-hidden="true">12</span>');
  });
});
