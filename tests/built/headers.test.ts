import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, embedFrameAncestors } from '../../src/lib/site/security';
import { styleBlockHashes, withStyleHashes } from '../../src/lib/site/style-hashes';
import { htmlFiles } from '../../scripts/html-files';
import { parseHeadersFile } from '../../scripts/serve.mjs';

const rules: { pattern: string; headers: Record<string, string> }[] = parseHeadersFile(readFileSync(join(__dirname, '..', '..', 'dist', '_headers'), 'utf8'));
/** The hashes of every page's style blocks: the header policy allows all of them. */
const hashes = [...new Set(htmlFiles(join(__dirname, '..', '..', 'dist')).flatMap((file) => styleBlockHashes(readFileSync(file, 'utf8'))))].sort();
const rule = (pattern: string) => rules.find((r) => r.pattern === pattern)?.headers ?? {};

describe('the shipped _headers file', () => {
  it('forbids framing of the pages in both languages and the home address', () => {
    for (const pattern of ['/', '/de/*', '/en/*']) {
      expect(rule(pattern)['X-Frame-Options'], pattern).toBe('DENY');
      expect(rule(pattern)['Content-Security-Policy'], pattern).toBe(withStyleHashes(contentSecurityPolicy({ frameAncestors: "'none'" }), hashes));
    }
  });

  it('lets any site frame the embeds, with the same policy otherwise', () => {
    const embed = rule('/embed/*');
    expect(embed['X-Frame-Options']).toBeUndefined();
    expect(embed['Content-Security-Policy']).toBe(withStyleHashes(contentSecurityPolicy({ frameAncestors: embedFrameAncestors }), hashes));
  });

  it('never allows inline or third-party scripts', () => {
    for (const r of rules) {
      const csp = r.headers['Content-Security-Policy'];
      if (csp) expect(csp).toMatch(/script-src 'self'(;|$)/);
    }
    expect(rule('/*')['X-Content-Type-Options']).toBe('nosniff');
  });

  it('sends no Cross-Origin-Opener-Policy, which a window opened from a sandboxed frame could not load, and keeps the other headers', () => {
    for (const r of rules) expect(Object.keys(r.headers).map((h) => h.toLowerCase()), r.pattern).not.toContain('cross-origin-opener-policy');
    expect(rule('/*')['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(rule('/*')['Permissions-Policy']).toMatch(/^camera=\(\)/);
  });

  it('allows style blocks only by their hashes, and style attributes alone inline', () => {
    for (const r of rules) {
      const csp = r.headers['Content-Security-Policy'];
      if (!csp) continue;
      const styleSrc = csp.split('; ').find((d) => d.startsWith('style-src '))!;
      expect(styleSrc).not.toContain("'unsafe-inline'");
      expect(csp).toContain("style-src-attr 'unsafe-inline'");
    }
  });

  it('gives every page a meta policy with the hashes of exactly its own style blocks', () => {
    for (const file of htmlFiles(join(__dirname, '..', '..', 'dist'))) {
      const html = readFileSync(file, 'utf8');
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
      if (!meta) continue;
      const styleSrc = meta.split('; ').find((d) => d.startsWith('style-src '))!;
      expect(styleSrc.split(' ').filter((s) => s.startsWith("'sha256-")).sort(), file).toEqual(styleBlockHashes(html).sort());
      expect(styleSrc, file).not.toContain("'unsafe-inline'");
    }
  });
});
