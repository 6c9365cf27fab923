import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';

/** A file that a rebuild removes after the server saw it and before it read it. */
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((path: unknown, ...rest: unknown[]) => {
    if (String(path).endsWith('vanishing.html')) throw Object.assign(new Error('ENOENT: no such file or directory'), { code: 'ENOENT' });
    return (fs.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, default: { ...fs, readFileSync }, readFileSync };
});

const { startServer } = await import('../../scripts/serve.mjs');

let root: string;
let server: Server;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'serve-race-'));
  mkdirSync(join(root, 'de'));
  writeFileSync(join(root, 'de', 'index.html'), '<p>de</p>');
  writeFileSync(join(root, 'vanishing.html'), '<p>soon gone</p>');
  server = await startServer({ dir: root, port: 0 });
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(root, { recursive: true, force: true });
});

function status(path: string): Promise<number> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolvePromise, reject) => {
    request({ host: '127.0.0.1', port, path }, (res) => {
      res.resume();
      res.on('end', () => resolvePromise(res.statusCode ?? 0));
    })
      .on('error', reject)
      .end();
  });
}

it('answers 404 for a file that vanishes mid-request, and stays up', async () => {
  expect(await status('/vanishing.html')).toBe(404);
  expect(await status('/de/')).toBe(200);
});
