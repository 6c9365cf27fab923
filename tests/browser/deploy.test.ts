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

describe('an embed in a lesson page opened from disk', () => {
  it('is allowed to be framed by a file: page', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'lesson-'));
    const file = join(dir, 'lesson.html');
    writeFileSync(file, `<!doctype html><title>Lesson</title><iframe src="${site.origin}/embed/en/relations/" width="800" height="600"></iframe>`);
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`file://${file}`);
    const frame = await page.waitForSelector('iframe').then((el) => el.contentFrame());
    await frame!.waitForLoadState('load');
    expect(await frame!.locator('.rg').count()).toBe(1);
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
