// A tiny static server for the built app, mounted under a sub-path (as a school or newsroom would
// host it) to prove the build works anywhere: node tests/helpers/static-server.mjs PORT [PREFIX]
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

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

function send(res, file) {
  fs.readFile(file, (err, body) => {
    if (err) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('Not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  });
}

http
  .createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const pathname = decodeURIComponent(url.pathname);
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
    send(res, file);
  })
  .listen(port, '127.0.0.1', () =>
    console.log(`serving dist at http://127.0.0.1:${port}${prefix}`),
  );
