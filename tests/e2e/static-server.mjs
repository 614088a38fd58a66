// Static file serving for the tests, the way any static host serves the app: correct types, no
// server-side routing, gzip when the browser accepts it. `sendFile` answers one request;
// `serve` is a server for one test: a folder on a free port of 127.0.0.1, optionally under a
// path, with extra headers, and a folder that can be swapped (a new build deployed while a page
// is open).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.ico': 'image/x-icon',
};
const compressible = /\.(html|js|wasm|css|svg|json|webmanifest)$/;
// Compressed once per version of a file.
const zipped = new Map();

/**
 * Answers `req` with the file at `path` under `root` (a folder's index.html for a path ending in
 * `/`). `rewrite(text)` may change an HTML file's text before it is sent.
 */
export async function sendFile(req, res, root, path, { headers = {}, cache = 'no-store', rewrite } = {}) {
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  try {
    const info = file.startsWith(root) && (await stat(file));
    if (!info || !info.isFile()) throw new Error('no such file');
    let body = await readFile(file);
    if (rewrite && extname(file) === '.html') body = Buffer.from(rewrite(body.toString()));
    const extra = {};
    if (/\bgzip\b/.test(req.headers['accept-encoding'] || '') && compressible.test(file)) {
      const key = `${file}:${info.mtimeMs}:${body.length}`;
      if (!zipped.has(key)) zipped.set(key, gzipSync(body));
      body = zipped.get(key);
      extra['content-encoding'] = 'gzip';
    }
    res.writeHead(200, { 'content-type': types[extname(file)] || 'application/octet-stream', 'cache-control': cache, vary: 'accept-encoding', ...extra, ...headers });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain', ...headers }).end('not found');
  }
}

export async function serve(root, headers = {}, prefix = '/') {
  let dir = root;
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    // A host that serves the app under a path.
    if (!path.startsWith(prefix)) { res.writeHead(404).end(); return; }
    sendFile(req, res, dir, '/' + path.slice(prefix.length), { headers, cache: 'no-cache' });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}${prefix}`,
    swap(next) { dir = next; },
    close: () => { server.closeAllConnections(); return new Promise((resolve) => server.close(resolve)); },
  };
}
