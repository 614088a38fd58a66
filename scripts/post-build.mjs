// Runs after every Trunk build, over the staging folder (TRUNK_STAGING_DIR), before it becomes
// dist/. Nothing here is written by hand:
//  - the static start page, drawn by the app's own components, so that the first paint needs no wasm;
//  - wasm-bindgen's JS glue, minified (Trunk's minifier cannot read its `export default`), and
//    its integrity hash in index.html written anew;
//  - the Content-Security-Policy <meta>, with the hash of each inline script Trunk wrote;
//  - the service worker's precache list: exactly this build's files, under a cache named after
//    a hash of their contents, so that any change to any file is a new version.
// Also usable on its own: `node scripts/post-build.mjs DIR` (the tests rebuild a copy this way).
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { execFileSync } from 'node:child_process';
import { minify } from 'terser';

const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('usage: node scripts/post-build.mjs DIR (or run from a Trunk hook)');

const sha256 = (data, encoding) => createHash('sha256').update(data).digest(encoding);

const indexPath = join(dir, 'index.html');
// A policy from an earlier run over the same folder is replaced.
let html = (await readFile(indexPath, 'utf8')).replace(/\n?\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
// A minified page leaves out the optional <head> tag (looked for before anything is added).
const headTag = /<head>/.test(html);

// 1. The static start page, so the first paint needs no wasm: the app's own components rendered
// to HTML (`cargo run --features prerender --bin shell`), and the small script that readies it
// before the first paint.
if (!html.includes('<div id="shell">')) {
  const shell = execFileSync('cargo', ['run', '--quiet', '--features', 'prerender', '--bin', 'shell'], { encoding: 'utf8' });
  const boot = await readFile(new URL('./boot.js', import.meta.url), 'utf8');
  html = html
    .replace('</head>', `<script>${boot}</script>\n</head>`)
    .replace(/<body>/, `<body>\n    ${shell}`);
  if (!html.includes(boot) || !html.includes(shell)) {
    throw new Error('index.html needs </head> and <body> for the static start page and its script');
  }
}

// 2. The JS glue, minified. Only wasm-bindgen's file (`ready-to-lead-<hash>.js`): the embed
// loader and the service worker stay as written. The tags that load it carry its hash
// (`integrity`), written anew; a second run over the same folder minifies the minified file, and
// the hash follows.
for (const name of (await readdir(dir)).filter((n) => /^ready-to-lead-[0-9a-f]+\.js$/.test(n))) {
  const path = join(dir, name);
  const { code } = await minify(await readFile(path, 'utf8'), { module: true, compress: true, mangle: true });
  await writeFile(path, code);
  const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
  html = html.replace(/<link[^>]*>/g, (tag) =>
    tag.includes(name) ? tag.replace(/integrity=("?)sha384-[A-Za-z0-9+/=]+\1/, `integrity=$1${integrity}$1`) : tag,
  );
}

// 3. The policy. A <meta> policy cannot carry frame-ancestors: docs/hosting.md gives the header.
// Under `trunk serve`, Trunk's reload script is filled in per response, so no hash can match it:
// the development server goes without a policy and without precaching.
const devServer = html.includes('__TRUNK_ADDRESS__');
const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inline.map((body) => `'sha256-${sha256(body, 'base64')}'`);
export const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
// First in <head>, so that it governs everything after it; without a <head> tag, first after
// <html>, which opens the head all the same.
if (!devServer) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  const at = headTag ? /<head>/ : /<html[^>]*>/;
  const placed = html.replace(at, (tag) => `${tag}\n    ${meta}`);
  if (placed === html) throw new Error('index.html has neither <head> nor <html> to put the policy after');
  html = placed;
}
if (/\sstyle=/.test(html)) throw new Error('index.html has an inline style attribute, which the policy forbids');
await writeFile(indexPath, html);

// 4. The precache list and the build's name.
async function files(d) {
  const out = [];
  for (const entry of await readdir(d, { withFileTypes: true })) {
    const path = join(d, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out;
}
const swPath = join(dir, 'sw.js');
// Host configuration files and dotfiles are not served; the worker itself is not precached.
const served = (f) => f !== swPath && !/(^|\/)(_headers|_redirects|\.[^/]*)$/.test(relative(dir, f));
const all = (await files(dir)).filter(served).sort();
const digest = createHash('sha256');
for (const f of all) digest.update(relative(dir, f)).update(await readFile(f));
const build = digest.digest('hex').slice(0, 16);
// The page is cached as the scope itself ("./"): some hosts redirect index.html to it, and a
// redirected response cannot answer a navigation.
const list = all.map((f) => './' + relative(dir, f).split('\\').join('/')).map((u) => (u === './index.html' ? './' : u));
let sw = await readFile(swPath, 'utf8');
const replaced = sw
  .replace(/^const BUILD = .*;$/m, `const BUILD = '${build}';`)
  .replace(/^const FILES = .*;$/m, `const FILES = ${JSON.stringify(devServer ? [] : list)};`);
if (!/^const BUILD = .*;$/m.test(sw) || !/^const FILES = .*;$/m.test(sw)) throw new Error('sw.js has no BUILD and FILES lines to fill in');
await writeFile(swPath, replaced);
console.log(devServer
  ? 'post-build: development server: no policy, nothing precached'
  : `post-build: policy with ${hashes.length} script hash(es); ${list.length} files precached as build ${build}`);
