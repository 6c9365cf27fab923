/**
 * Hashes for the pages' inline `<style>` blocks, so that the Content-Security-Policy allows
 * exactly these blocks instead of any inline style: `'sha256-…'` of each block's text, as
 * browsers compute them. Style attributes (the SVGs and Leaflet set them) are allowed on their
 * own, with `style-src-attr`.
 */
import { createHash } from 'node:crypto';

const styleBlock = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi;

/** The CSP hash sources (`'sha256-…'`) of every `<style>` block in `html`, in order, without repeats. */
export function styleBlockHashes(html: string): string[] {
  const hashes = [...html.matchAll(styleBlock)].map((m) => `'sha256-${createHash('sha256').update(m[1]!, 'utf8').digest('base64')}'`);
  return [...new Set(hashes)];
}

/**
 * `policy` with `'unsafe-inline'` taken out of `style-src`, the block hashes put in, and
 * `style-src-attr 'unsafe-inline'` added after it for style attributes.
 */
export function withStyleHashes(policy: string, hashes: readonly string[]): string {
  return policy
    .split('; ')
    .flatMap((directive) => {
      if (!directive.startsWith('style-src ')) return [directive];
      const sources = directive.split(' ').slice(1).filter((s) => s !== "'unsafe-inline'");
      return [['style-src', ...sources, ...hashes].join(' '), "style-src-attr 'unsafe-inline'"];
    })
    .join('; ');
}
