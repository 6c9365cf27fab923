#!/usr/bin/env node
/**
 * Serves the built site (`dist/`) on 127.0.0.1 with gzip, the way a static host would:
 * directory indexes, the 404 page, and the headers of `dist/_headers` when it exists.
 * Usage: node scripts/serve.mjs [--port 4321] [--dir dist]
 *
 * What it guarantees, whatever the request: a path is decoded once and normalised before
 * anything else looks at it, and everything after (the file, the redirect, the header rules)
 * uses that normalised path; nothing outside the root is served, symlinks included; a redirect
 * stays on this host; only GET and HEAD are answered (405 with `Allow` otherwise); and a
 * request that fails (a file removed by a rebuild between two looks) gets an error response
 * instead of stopping the server.
 */
import { createServer } from 'node:http';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, join, posix, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Parses a Netlify-style `_headers` file into [pattern, headers] rules. */
export function parseHeadersFile(text) {
  const rules = [];
  let current;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = { pattern: line.trim(), headers: {} };
      rules.push(current);
    } else if (current) {
      const i = line.indexOf(':');
      if (i > 0) current.headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return rules;
}

/** Whether a `_headers` pattern (`*` matches anything) matches a normalised path. */
export function matchesPattern(pattern, path) {
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(path);
}

/**
 * The normalised form of a request target's path: percent-decoded once, `.` and `..` resolved
 * (never above `/`), repeated slashes collapsed, with a trailing slash kept. Returns null for a
 * target that no file can answer: bad percent-encoding, a NUL byte or a backslash.
 */
export function normalizeRequestPath(target) {
  const raw = String(target ?? '/').split(/[?#]/, 1)[0];
  let decoded;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (/[\0\\]/.test(decoded)) return null;
  const trailing = decoded.endsWith('/') || /\/\.{1,2}$/.test(decoded);
  let path = posix.normalize(`/${decoded}`).replace(/^\/+/, '/');
  if (trailing && !path.endsWith('/')) path += '/';
  return path;
}

/** The query of a request target, with its `?`, or ''. */
function queryOf(target) {
  const i = String(target ?? '').indexOf('?');
  return i < 0 ? '' : String(target).slice(i).split('#', 1)[0];
}

/** A Location header for a local path: percent-encoded ASCII that cannot name another host. */
export function localLocation(path, query = '') {
  const encoded = encodeURI(path).replace(/[?#]/g, encodeURIComponent);
  const safeQuery = query.replace(/[^\x21-\x7e]/g, encodeURIComponent);
  return `/${encoded.replace(/^\/+/, '')}${safeQuery}`;
}

/** Whether `file` is `root` itself or lies inside it (a separator, not a shared name prefix). */
export function isInside(root, file) {
  return file === root || file.startsWith(root.endsWith(sep) ? root : root + sep);
}

/** Reads `_headers` again only when it changed (a rebuild replaces it). */
function headerRules(root) {
  const file = join(root, '_headers');
  let mtime;
  try {
    mtime = statSync(file).mtimeMs;
  } catch {
    return [];
  }
  if (headerRules.cache?.file !== file || headerRules.cache.mtime !== mtime) {
    let rules = [];
    try {
      rules = parseHeadersFile(readFileSync(file, 'utf8'));
    } catch {
      rules = [];
    }
    headerRules.cache = { file, mtime, rules };
  }
  return headerRules.cache.rules;
}

/**
 * What a normalised path names under `root`: a file to send, a directory to redirect to with a
 * trailing slash, or nothing. Symlinks are resolved and must stay inside the root.
 */
function lookUp(root, path) {
  const realRoot = realpathSync(root);
  let file = join(realRoot, path);
  if (!isInside(realRoot, file)) return { kind: 'missing' };
  let stats;
  try {
    file = realpathSync(file);
    if (!isInside(realRoot, file)) return { kind: 'missing' };
    stats = statSync(file);
  } catch {
    return { kind: 'missing' };
  }
  if (stats.isDirectory()) {
    if (!path.endsWith('/')) return { kind: 'directory' };
    return lookUp(root, `${path}index.html`);
  }
  if (!stats.isFile() || file === join(realRoot, '_headers')) return { kind: 'missing' };
  return { kind: 'file', file };
}

/** Reads a file, or null when it is gone (a rebuild may remove it at any moment). */
function readOrNull(file) {
  try {
    return readFileSync(file);
  } catch {
    return null;
  }
}

/** Answers one request; never throws. */
function handle(root, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed');
    return;
  }
  const path = normalizeRequestPath(req.url);
  if (path === null) {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request');
    return;
  }
  let found;
  try {
    found = lookUp(root, path);
  } catch {
    found = { kind: 'missing' };
  }
  if (found.kind === 'directory') {
    res.writeHead(301, { Location: localLocation(`${path}/`, queryOf(req.url)) }).end();
    return;
  }
  let status = 200;
  let file = found.kind === 'file' ? found.file : null;
  let body = file ? readOrNull(file) : null;
  if (body === null) {
    status = 404;
    file = join(root, '404.html');
    body = readOrNull(file) ?? Buffer.from('Not found');
  }
  const headers = { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
  for (const rule of headerRules(root)) if (matchesPattern(rule.pattern, path)) Object.assign(headers, rule.headers);
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && /text|json|svg|javascript|xml/.test(headers['Content-Type']);
  const payload = gzip ? gzipSync(body, { level: 9 }) : body;
  if (gzip) {
    headers['Content-Encoding'] = 'gzip';
    headers.Vary = 'Accept-Encoding';
  }
  headers['Content-Length'] = String(payload.length);
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : payload);
}

/** Starts the server; resolves with the Node server once it listens. */
export function startServer({ dir = 'dist', port = 4321, host = '127.0.0.1' } = {}) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    try {
      handle(root, req, res);
    } catch {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end();
    }
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  return new Promise((resolvePromise) => server.listen(port, host, () => resolvePromise(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const port = Number(arg('port', process.env.PORT ?? '4321'));
  const dir = arg('dir', 'dist');
  startServer({ dir, port }).then(() => console.log(`Serving ${dir}/ at http://127.0.0.1:${port}/`));
}
