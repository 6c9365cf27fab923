import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { viewReady, withPage } from './harness';

/** What every part of the relations page says about its date: the graph's title, the kit's alt text and CSV. */
async function pageState(page: Page): Promise<{ title: string; alt: string; csv: string }> {
  await page.click('lesson-kit summary >> nth=1');
  await page.waitForSelector('[data-kit-download="csv"]', { state: 'visible' });
  const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-kit-download="csv"]')]);
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  const csv = Buffer.concat(chunks).toString('utf8');
  const alt = await page.$eval('[data-kit-alt]', (el) => (el as HTMLTextAreaElement).value);
  const title = await page.$eval('[data-rg="title"]', (el) => el.textContent ?? '');
  return { title, alt, csv };
}

describe('a date outside the data in the address', () => {
  it('is read the same by the graph and the lesson kit: the default drawing, its alt text and its rows', async () => {
    const expected = await withPage('/en/relations/', {}, async ({ page }) => {
      await viewReady(page, 'relation-graph');
      return pageState(page);
    });
    expect(expected.csv.split('\n').filter(Boolean).length).toBeGreaterThan(2);

    const state = await withPage('/en/relations/?date=9999-12-31', {}, async ({ page }) => {
      await viewReady(page, 'relation-graph');
      return pageState(page);
    });
    expect(state.alt).not.toContain('9999');
    expect(state).toEqual(expected);
  });
});
