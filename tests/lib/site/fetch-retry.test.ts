import { describe, expect, it } from 'vitest';
import { fetchJsonWithRetry } from '../../../src/lib/site/fetch-retry';

const ok = (body: unknown) => new Response(JSON.stringify(body), { status: 200 });

describe('fetchJsonWithRetry(url, fetch)', () => {
  it('tries once more after a failure and returns the second answer', async () => {
    const calls: string[] = [];
    const result = await fetchJsonWithRetry<{ a: number }>('/geo.json', async (url) => {
      calls.push(url);
      if (calls.length === 1) throw new TypeError('network error');
      return ok({ a: 1 });
    });
    expect(result).toEqual({ a: 1 });
    expect(calls).toEqual(['/geo.json', '/geo.json']);
  });

  it('treats an error status and a broken body as failures, and gives up after the second', async () => {
    let calls = 0;
    await expect(
      fetchJsonWithRetry('/geo.json', async () => {
        calls += 1;
        return calls === 1 ? new Response('gone', { status: 503 }) : new Response('{"trunc', { status: 200 });
      }),
    ).rejects.toThrow();
    expect(calls).toBe(2);
  });
});
