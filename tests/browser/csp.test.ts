import { relative, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../../scripts/html-files';
import { startSite, type Site } from './harness';

const dist = join(__dirname, '..', '..', 'dist');
/** Every page under both languages and the embeds, by its site path. */
const paths = htmlFiles(dist)
  .map((file) => `/${relative(dist, file).replace(/index\.html$/, '')}`)
  .filter((path) => /^\/(de|en|embed)\//.test(path));

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

describe('the Content-Security-Policy without unsafe-inline for style blocks', () => {
  it('is not violated by any page, with its scripts running', async () => {
    expect(paths.length).toBeGreaterThan(20);
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
    });
    const seen: string[] = [];
    for (const path of paths) {
      const page = await context.newPage();
      page.on('console', (msg) => {
        if (/Content Security Policy/i.test(msg.text())) seen.push(`${path}: ${msg.text().slice(0, 160)}`);
      });
      await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
      for (const v of await page.evaluate(() => (window as unknown as { violations: string[] }).violations)) seen.push(`${path}: ${v}`);
      await page.close();
    }
    expect(seen).toEqual([]);
    await context.close();
  }, 240_000);
});
