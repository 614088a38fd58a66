// What the wasm is made of, by crate and by the project's own modules: twiggy over wasm-bindgen's
// output before wasm-opt, which still has function names. Shares are of code and data
// (names and other custom sections left out); wasm-opt shrinks every part, so read them as
// proportions of the shipped file. Used by `make bench`.
import { execFileSync } from 'node:child_process';

const wasm = process.argv[2] || 'target/wasm32-unknown-unknown/release/ready-to-lead.wasm';
const items = JSON.parse(execFileSync('twiggy', ['top', '-n', '1000000', '--format', 'json', wasm], { maxBuffer: 1 << 28 }));

function crateOf(name) {
  if (/^data\[\d+\]$/.test(name)) return '(data: strings, tables, the built-in framework)';
  if (/^(elem|table|global|type)\[\d+\]/.test(name)) return '(tables and types)';
  // Standard-library names carry a hash: `core[c5930c85a12de822]::fmt`.
  let n = name.replace(/\[[0-9a-f]{16}\]/g, '').replace(/^(&|\*const |\*mut |dyn |impl )+/, '');
  if (/^<(str|char|\[[^\]]*\]|[iuf](8|16|32|64|128|size)|bool)>::/.test(n)) return 'core';
  if (n.startsWith('<')) {
    // `<Type as Trait>::f`: the type's crate, or the trait's when the type is a bare generic.
    const m = n.match(/^<([^ ]+?)(?: as ([^>]+?))?>::/);
    if (m) n = /^[A-Z][A-Za-z0-9]*$/.test(m[1]) && m[2] ? m[2] : m[1];
    n = n.replace(/^[<&]+/, '');
  }
  n = n.replace(/^core::ptr::drop_in_place<(.*)>$/, '$1').replace(/^[<&]+/, '');
  const m = n.match(/^([A-Za-z_][A-Za-z0-9_]*)::/);
  if (!m) return '(other: glue and imports)';
  return m[1] === '__rustc' ? 'alloc' : m[1];
}

function moduleOf(name) {
  const m = name.match(/ready_to_lead::(core|ui|browser)::([a-z_]+)/);
  if (m) return `${m[1]}::${m[2]}`;
  return /ready_to_lead::main/.test(name) ? 'main' : 'other';
}

const byCrate = new Map();
const byModule = new Map();
let total = 0;
for (const { name, shallow_size: size } of items) {
  if (/subsection|custom section/.test(name)) continue;
  total += size;
  const crate = crateOf(name);
  byCrate.set(crate, (byCrate.get(crate) || 0) + size);
  if (crate === 'ready_to_lead') byModule.set(moduleOf(name), (byModule.get(moduleOf(name)) || 0) + size);
}
const show = (title, map, n) => {
  console.log(title);
  for (const [k, v] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n)) {
    console.log(`  ${(100 * v / total).toFixed(1).padStart(5)}%  ${(v / 1024).toFixed(0).padStart(5)} KB  ${k}`);
  }
};
console.log(`wasm before wasm-opt, code and data: ${(total / 1024).toFixed(0)} KB (${wasm})`);
show('by crate:', byCrate, 16);
show("the project's own modules:", byModule, 16);
