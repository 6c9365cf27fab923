import { describe, expect, it } from 'vitest';
import { sharedBrowser, withPage } from './harness';

describe('withPage', () => {
  it('closes its browser context when an assertion inside it fails, so nothing leaks into the next test', async () => {
    await expect(withPage('/de/', {}, async () => expect(1).toBe(2))).rejects.toThrow();
    expect((await sharedBrowser()).contexts()).toHaveLength(0);
  });
});
