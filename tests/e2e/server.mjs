// Serves the release build in dist/ on 127.0.0.1, at the root and under a sub-path, the way any
// static host would. With HOST_PORTS, it also serves pages that embed the app, each port its own
// origin: examples/embed/ at / and the test host pages (tests/e2e/hosts/) at /test/. In their
// HTML, the app's address in the example (http://127.0.0.1:8080) becomes this server's.
import { createServer } from 'node:http';
import { sendFile } from './static-server.mjs';

const here = (p) => new URL(p, import.meta.url).pathname;
const dist = here('../../dist/');
const port = Number(process.env.PORT || 4173);
const hostPorts = (process.env.HOST_PORTS ?? '4174,4175').split(',').filter(Boolean).map(Number);
const app = `http://127.0.0.1:${port}`;
const subPath = '/some/path/';

createServer((req, res) => {
  let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path.startsWith(subPath)) path = '/' + path.slice(subPath.length);
  sendFile(req, res, dist, path);
}).listen(port, '127.0.0.1', () => console.log(`serving dist/ on ${app}/ and ${subPath}`));

// A host page's own files. No CORS headers: the host page fetches its framework itself.
const rewrite = (html) => html.replaceAll('http://127.0.0.1:8080', app);
for (const hostPort of hostPorts) {
  createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.startsWith('/test/')) sendFile(req, res, here('hosts/'), path.slice('/test'.length), { rewrite });
    else sendFile(req, res, here('../../examples/embed/'), path, { rewrite });
  }).listen(hostPort, '127.0.0.1', () => console.log(`serving a host page on http://127.0.0.1:${hostPort}/`));
}
