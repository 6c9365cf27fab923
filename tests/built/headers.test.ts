import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, embedFrameAncestors } from '../../src/lib/site/security';
// @ts-ignore plain JavaScript module
import { parseHeadersFile } from '../../scripts/serve.mjs';

const rules: { pattern: string; headers: Record<string, string> }[] = parseHeadersFile(readFileSync(join(__dirname, '..', '..', 'dist', '_headers'), 'utf8'));
const rule = (pattern: string) => rules.find((r) => r.pattern === pattern)?.headers ?? {};

describe('the shipped _headers file', () => {
  it('forbids framing of the pages in both languages and the home address', () => {
    for (const pattern of ['/', '/de/*', '/en/*']) {
      expect(rule(pattern)['X-Frame-Options'], pattern).toBe('DENY');
      expect(rule(pattern)['Content-Security-Policy'], pattern).toBe(contentSecurityPolicy({ frameAncestors: "'none'" }));
    }
  });

  it('lets any site frame the embeds, with the same policy otherwise', () => {
    const embed = rule('/embed/*');
    expect(embed['X-Frame-Options']).toBeUndefined();
    expect(embed['Content-Security-Policy']).toBe(contentSecurityPolicy({ frameAncestors: embedFrameAncestors }));
  });

  it('never allows inline or third-party scripts', () => {
    for (const r of rules) {
      const csp = r.headers['Content-Security-Policy'];
      if (csp) expect(csp).toMatch(/script-src 'self'(;|$)/);
    }
    expect(rule('/*')['X-Content-Type-Options']).toBe('nosniff');
  });
});
