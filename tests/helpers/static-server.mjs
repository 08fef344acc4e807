// A tiny static server for the built app, mounted under a sub-path (as a school or newsroom would
// host it) to prove the build works anywhere: node tests/helpers/static-server.mjs PORT [PREFIX]
// Under /csp/PREFIX the same build is served with the security headers the README asks a host to
// send (a strict Content-Security-Policy as an HTTP header, nosniff, a referrer policy).
// With PARLEY_GZIP=1 it compresses what a browser accepts gzipped, as a real host does (the
// Lighthouse bench); the e2e tests keep plain bodies, whose lengths the progress bar reads.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const port = Number(process.argv[2] ?? 4173);
const prefix = process.argv[3] ?? '/hosted/parley/';
const root = path.resolve(import.meta.dirname, '../../dist');
const root2 = path.resolve(import.meta.dirname, '../e2e/pages');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/** The headers of README's "Security" section, exactly. */
const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
    "connect-src 'self' https: http://localhost:* http://127.0.0.1:*; object-src 'none'; base-uri 'self'; frame-ancestors *",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};
const CSP_PREFIX = '/csp';

const GZIP = process.env.PARLEY_GZIP === '1';
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.map', '.webmanifest']);

/** Compressed once per file, as a real host serves precompressed files: no per-request delay. */
const gzipCache = new Map();
function gzipped(file, body) {
  let zipped = gzipCache.get(file);
  if (!zipped || !zipped.source.equals(body)) {
    zipped = { source: body, body: zlib.gzipSync(body) };
    gzipCache.set(file, zipped);
  }
  return zipped.body;
}

function send(res, file, headers = {}, acceptsGzip = false) {
  fs.readFile(file, (err, body) => {
    if (err) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('Not found');
      return;
    }
    const gzip = GZIP && acceptsGzip && COMPRESSIBLE.has(path.extname(file));
    res.writeHead(200, {
      ...headers,
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    res.end(gzip ? gzipped(file, body) : body);
  });
}

http
  .createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    let headers = {};
    if (pathname.startsWith(CSP_PREFIX + prefix)) {
      pathname = pathname.slice(CSP_PREFIX.length);
      headers = SECURITY_HEADERS;
    }
    // Host pages for embed tests live outside the app, at /host/…
    if (pathname.startsWith('/host/')) return send(res, path.join(root2, path.basename(pathname)));
    if (!pathname.startsWith(prefix)) {
      res.writeHead(404);
      return res.end('Not found');
    }
    const rel = pathname.slice(prefix.length) || 'index.html';
    const file = path.join(root, path.normalize(rel));
    if (!file.startsWith(root)) {
      res.writeHead(403);
      return res.end();
    }
    send(res, file, headers, /\bgzip\b/.test(req.headers['accept-encoding'] ?? ''));
  })
  .listen(port, '127.0.0.1', () =>
    console.log(`serving dist at http://127.0.0.1:${port}${prefix}`),
  );
