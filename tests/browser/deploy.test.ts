import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startSite, type Site } from './harness';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

describe('the embed code on a served page', () => {
  it('names the origin the page came from, whatever address the site was built for', async () => {
    const { page, context } = await openPage(site, '/en/map/?layers=places');
    await page.click('lesson-kit summary >> nth=0');
    await page.waitForFunction(() => document.querySelector<HTMLTextAreaElement>('[data-kit-snippet]')?.value.includes('?layers='));
    const snippet = await page.$eval('[data-kit-snippet]', (el) => (el as HTMLTextAreaElement).value);
    expect(snippet).toContain(`src="${site.origin}/embed/en/map/?layers=places"`);
    const link = await page.$eval('[data-kit-embed-link]', (el) => (el as HTMLAnchorElement).href);
    expect(link).toBe(`${site.origin}/embed/en/map/?layers=places`);
    await context.close();
  });
});
