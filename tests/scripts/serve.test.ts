import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve.mjs';

/**
 * The local server against the requests a static host has to get right: each one is sent raw
 * (no client-side normalisation), and after all of them the server still answers.
 */
let base: string;
let server: Server;
let port: number;

function write(path: string, text: string) {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'serve-'));
  const root = join(base, 'dist');
  write(join(root, 'index.html'), '<p>home</p>');
  write(join(root, 'de', 'index.html'), '<p>de</p>');
  write(join(root, 'de', 'map', 'index.html'), '<p>de map</p>');
  write(join(root, 'embed', 'de', 'map', 'index.html'), '<p>embed</p>');
  write(join(root, 'data', 'x.json'), '{}');
  write(join(root, '404.html'), '<p>not found</p>');
  write(join(root, '_headers'), ['/de/*', '  X-Frame-Options: DENY', '/embed/*', '  X-Embed: yes', '/data/*', '  Access-Control-Allow-Origin: *', ''].join('\n'));
  write(join(base, 'dist-old', 's.txt'), 'secret from a sibling folder');
  write(join(base, 'outside', 'o.txt'), 'secret outside the root');
  symlinkSync(join(base, 'outside'), join(root, 'linked'));
  symlinkSync(join(base, 'outside', 'o.txt'), join(root, 'o.txt'));
  server = await startServer({ dir: root, port: 0 });
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(base, { recursive: true, force: true });
});

/** Sends `path` exactly as written. */
function send(path: string, method = 'GET'): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolvePromise, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolvePromise({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('scripts/serve.mjs', () => {
  it('serves pages, directory indexes and the 404 page', async () => {
    expect((await send('/de/')).body).toBe('<p>de</p>');
    expect((await send('/de/')).headers['x-frame-options']).toBe('DENY');
    expect((await send('/nothing-here')).status).toBe(404);
    expect((await send('/_headers')).status).toBe(404);
    const moved = await send('/de/map?x=1');
    expect([moved.status, moved.headers.location]).toEqual([301, '/de/map/?x=1']);
  });

  it('never serves a sibling folder whose name starts with the root\'s', async () => {
    const res = await send('/data%2f..%2f..%2fdist-old/s.txt');
    expect(res.body).not.toContain('secret');
    expect(res.status).toBe(404);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect((await send('/../dist-old/s.txt')).body).not.toContain('secret');
  });

  it('redirects to a valid, local Location for non-ASCII and encoded-slash paths', async () => {
    const res = await send('/%C4%80%2f..%2fde');
    expect([res.status, res.headers.location]).toEqual([301, '/de/']);
    const evil = await send('/%2fevil.example%2f..%2fde');
    expect([evil.status, evil.headers.location]).toEqual([301, '/de/']);
    const slashes = await send('//evil.example/%2e%2e/de');
    expect(slashes.headers.location ?? '/').toMatch(/^\/(?![/\\])/);
    const backslash = await send('/%5Cevil.example');
    expect(backslash.headers.location ?? '/').toMatch(/^\/(?![/\\])/);
    const unicodeDir = await send('/de/%C3%A9t%C3%A9/');
    expect(unicodeDir.status).toBe(404);
  });

  it('applies the header rules to the path it serves, not the one asked for', async () => {
    const res = await send('/embed%2f..%2fde/map/');
    expect(res.body).toBe('<p>de map</p>');
    expect(res.headers['x-embed']).toBeUndefined();
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect((await send('/embed/de/map/')).headers['x-embed']).toBe('yes');
  });

  it('does not follow symlinks out of the root', async () => {
    for (const path of ['/linked/o.txt', '/o.txt', '/linked/']) {
      const res = await send(path);
      expect(res.body, path).not.toContain('secret');
      expect(res.status, path).toBe(404);
    }
  });

  it('answers only GET and HEAD, and says so', async () => {
    for (const method of ['POST', 'DELETE', 'OPTIONS', 'PUT']) {
      const res = await send('/de/', method);
      expect(res.status, method).toBe(405);
      expect(res.headers.allow, method).toBe('GET, HEAD');
      expect(res.body, method).not.toContain('<p>de</p>');
    }
    const head = await send('/de/', 'HEAD');
    expect([head.status, head.body]).toEqual([200, '']);
  });

  it('answers a malformed path with 400 and stays up', async () => {
    for (const path of ['/%E0%A4%A', '/de/%00', '/%ZZ']) expect((await send(path)).status, path).toBe(400);
    expect((await send('/de/')).status).toBe(200);
  });
});
