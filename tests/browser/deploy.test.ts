import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { origin, withPage } from './harness';

describe('the embed code on a served page', () => {
  it('names the origin the page came from, whatever address the site was built for', async () => {
    await withPage('/en/map/?layers=places', {}, async ({ page }) => {
      await page.click('lesson-kit summary >> nth=0');
      await page.waitForFunction(() => document.querySelector<HTMLTextAreaElement>('[data-kit-snippet]')?.value.includes('?layers='));
      const snippet = await page.$eval('[data-kit-snippet]', (el) => (el as HTMLTextAreaElement).value);
      expect(snippet).toContain(`src="${origin}/embed/en/map/?layers=places"`);
      const link = await page.$eval('[data-kit-embed-link]', (el) => (el as HTMLAnchorElement).href);
      expect(link).toBe(`${origin}/embed/en/map/?layers=places`);
    });
  });
});

describe('an embed in a lesson page opened from disk', () => {
  it('is allowed to be framed by a file: page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lesson-'));
    const file = join(dir, 'lesson.html');
    writeFileSync(file, `<!doctype html><title>Lesson</title><iframe src="${origin}/embed/en/relations/" width="800" height="600"></iframe>`);
    try {
      await withPage(null, {}, async ({ page }) => {
        await page.goto(`file://${file}`);
        const frame = await page.waitForSelector('iframe').then((el) => el.contentFrame());
        await frame!.waitForLoadState('load');
        expect(await frame!.locator('.rg').count()).toBe(1);
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
