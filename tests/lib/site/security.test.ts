import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../../scripts/serve.mjs';
import { contentSecurityPolicy, headersFile, tileSource } from '../../../src/lib/site/security';

const imgSrc = (csp: string) => csp.split('; ').find((d) => d.startsWith('img-src '));

describe('the Content-Security-Policy and a tile server', () => {
  it('admits no other host for images by default', () => {
    expect(imgSrc(contentSecurityPolicy())).toBe("img-src 'self' data: blob:");
    expect(headersFile()).not.toMatch(/https?:\/\//);
  });

  it('admits the configured tile host for images, in the meta policy and every header rule', () => {
    const tileUrl = 'https://{s}.tiles.example.org/{z}/{x}/{y}.png';
    expect(tileSource(tileUrl)).toBe('https://*.tiles.example.org');
    expect(imgSrc(contentSecurityPolicy({ meta: true, tileUrl }))).toBe("img-src 'self' data: blob: https://*.tiles.example.org");
    const rules: { pattern: string; headers: Record<string, string> }[] = parseHeadersFile(headersFile({ tileUrl }));
    const policies = rules.map((r) => r.headers['Content-Security-Policy']).filter(Boolean) as string[];
    expect(policies.length).toBe(4);
    for (const csp of policies) {
      expect(imgSrc(csp)).toBe("img-src 'self' data: blob: https://*.tiles.example.org");
      expect(csp).toMatch(/connect-src 'self';/);
    }
    expect(tileSource('http://tiles.example.org:8080/{z}/{x}/{y}.png')).toBe('http://tiles.example.org:8080');
  });

  it('refuses a tile template it cannot turn into a source', () => {
    for (const bad of ['tiles/{z}/{x}/{y}.png', 'javascript:alert(1)', 'https://a.{s}.example.org/{z}.png']) expect(() => tileSource(bad), bad).toThrow(/PUBLIC_TILE_URL/);
  });
});
