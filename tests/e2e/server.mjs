// Serves the release build in dist/ on 127.0.0.1, at the root and under a sub-path, the way any
// static host would: no server-side routing, correct types for .wasm. With HOST_PORTS, it also
// serves pages that embed the app, each port its own origin: examples/embed/ at / and the test
// host pages (tests/e2e/hosts/) at /test/. In their HTML, the app's address in the example
// (http://127.0.0.1:8080) becomes this server's.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const here = (p) => new URL(p, import.meta.url).pathname;
const dist = here('../../dist/');
const port = Number(process.env.PORT || 4173);
const hostPorts = (process.env.HOST_PORTS ?? '4174,4175').split(',').filter(Boolean).map(Number);
const app = `http://127.0.0.1:${port}`;
const subPath = '/some/path/';
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.ico': 'image/x-icon',
};

// Compressed as static hosts do (what a first visit really downloads), once per file.
const zipped = new Map();
const compressible = /\.(html|js|wasm|css|svg|json|webmanifest)$/;

async function send(res, root, path, headers = {}, rewrite = false, gzip = false) {
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
    let body = await readFile(file);
    if (rewrite && extname(file) === '.html') body = body.toString().replaceAll('http://127.0.0.1:8080', app);
    const extra = {};
    if (gzip && compressible.test(file)) {
      const key = `${file}:${body.length}`;
      if (!zipped.has(key)) zipped.set(key, gzipSync(body));
      body = zipped.get(key);
      extra['content-encoding'] = 'gzip';
    }
    res.writeHead(200, { 'content-type': types[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store', vary: 'accept-encoding', ...extra, ...headers });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain', ...headers }).end('not found');
  }
}

createServer((req, res) => {
  let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path.startsWith(subPath)) path = '/' + path.slice(subPath.length);
  send(res, dist, path, {}, false, /\bgzip\b/.test(req.headers['accept-encoding'] || ''));
}).listen(port, '127.0.0.1', () => console.log(`serving dist/ on ${app}/ and ${subPath}`));

// A host page's own files. No CORS headers: the host page fetches its framework itself.
for (const hostPort of hostPorts) {
  createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.startsWith('/test/')) send(res, here('hosts/'), path.slice('/test'.length), {}, true);
    else send(res, here('../../examples/embed/'), path, {}, true);
  }).listen(hostPort, '127.0.0.1', () => console.log(`serving a host page on http://127.0.0.1:${hostPort}/`));
}
