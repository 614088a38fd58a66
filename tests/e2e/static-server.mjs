// A static server for one test: a folder served on a free port of 127.0.0.1, with extra headers,
// and a folder that can be swapped (a new build deployed while a page is open).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.png': 'image/png',
};

export async function serve(root, headers = {}, prefix = '/') {
  let dir = root;
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    // A host that serves the app under a path.
    if (!path.startsWith(prefix)) { res.writeHead(404).end(); return; }
    path = '/' + path.slice(prefix.length);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(dir, path));
    try {
      if (!file.startsWith(dir) || !(await stat(file)).isFile()) throw new Error('no such file');
      let body = await readFile(file);
      const extra = {};
      // Compressed as static hosts do.
      if (/\bgzip\b/.test(req.headers['accept-encoding'] || '') && /\.(html|js|wasm|css|json)$/.test(file)) {
        body = gzipSync(body);
        extra['content-encoding'] = 'gzip';
      }
      res.writeHead(200, { 'content-type': types[extname(file)] || 'application/octet-stream', 'cache-control': 'no-cache', ...extra, ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}${prefix}`,
    swap(next) { dir = next; },
    close: () => { server.closeAllConnections(); return new Promise((resolve) => server.close(resolve)); },
  };
}
