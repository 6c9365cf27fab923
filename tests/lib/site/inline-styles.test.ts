import { describe, expect, it } from 'vitest';
import { inlineStylesheetLinks, keepsStylesheetLinks } from '../../../src/lib/site/inline-styles';

describe('inlineStylesheetLinks', () => {
  const sheets: Record<string, string> = { '/_astro/a.css': 'body{margin:0}\n', '/_astro/b.css': '.x{color:red}' };
  const read = (href: string) => {
    const css = sheets[href];
    if (css === undefined) throw new Error(`missing ${href}`);
    return css;
  };

  it('replaces each built stylesheet link by its text, in order, and leaves the rest alone', () => {
    const html = '<head><link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/_astro/b.css"></head>';
    expect(inlineStylesheetLinks(html, read)).toBe('<head><style>body{margin:0}</style><link rel="icon" href="/favicon.svg"><style>.x{color:red}</style></head>');
  });

  it('keeps stylesheets of other origins or folders as links', () => {
    const html = '<link rel="stylesheet" href="https://example.org/x.css"><link rel="stylesheet" href="/print.css">';
    expect(inlineStylesheetLinks(html, read)).toBe(html);
  });

  it('refuses a stylesheet that would close the style element', () => {
    const html = '<link rel="stylesheet" href="/_astro/evil.css">';
    expect(() => inlineStylesheetLinks(html, () => 'a{}</style><script>alert(1)</script>')).toThrow(/evil\.css.*<\/style/);
  });

  it('reports a stylesheet that cannot be read', () => {
    expect(() => inlineStylesheetLinks('<link rel="stylesheet" href="/_astro/gone.css">', read)).toThrow(/gone\.css/);
  });
});

describe('keepsStylesheetLinks', () => {
  it('keeps links on the home pages and worksheets only', () => {
    expect(['de/index.html', 'en/index.html', 'de/worksheet/map/index.html'].map(keepsStylesheetLinks)).toEqual([true, true, true]);
    expect(['de/timeline/index.html', 'embed/de/map/index.html', '404.html', 'de/index.html/x'].map(keepsStylesheetLinks)).toEqual([false, false, false, false]);
  });
});
