import { relative, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../../scripts/html-files';
import { origin, withPage } from './harness';

const dist = join(__dirname, '..', '..', 'dist');
/** Every page under both languages and the embeds, by its site path. */
const paths = htmlFiles(dist)
  .map((file) => `/${relative(dist, file).replace(/index\.html$/, '')}`)
  .filter((path) => /^\/(de|en|embed)\//.test(path));

describe('the Content-Security-Policy without unsafe-inline for style blocks', () => {
  it('is not violated by any page, with its scripts running', async () => {
    expect(paths.length).toBeGreaterThan(20);
    const seen: string[] = [];
    await withPage(null, {}, async ({ context }) => {
    await context.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
    });
    for (const path of paths) {
      const page = await context.newPage();
      page.on('console', (msg) => {
        if (/Content Security Policy/i.test(msg.text())) seen.push(`${path}: ${msg.text().slice(0, 160)}`);
      });
      await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
      for (const v of await page.evaluate(() => (window as unknown as { violations: string[] }).violations)) seen.push(`${path}: ${v}`);
      await page.close();
    }
    });
    expect(seen).toEqual([]);
  }, 240_000);
});
