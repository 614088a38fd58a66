#!/usr/bin/env bash
# Prints every file of the release build with its raw and gzip size, and what a first visit
# downloads. Run through `make bench`, which builds first.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d dist ] || { echo "no dist/: run 'make build' first" >&2; exit 1; }

printf '%-48s %10s %10s\n' "file (dist/)" "raw" "gzip -9"
total_raw=0; total_gz=0
while IFS= read -r f; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  printf '%-48s %10d %10d\n' "${f#dist/}" "$raw" "$gz"
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
done < <(find dist -type f | sort)
printf '%-48s %10d %10d\n' "all files" "$total_raw" "$total_gz"

# A first visit loads index.html and everything it links: the JS glue, the wasm, the CSS and the icon.
# (index.html itself paints the start page: see the timings below.)
first=0; wasm=0
for f in dist/*.html dist/*.js dist/*.wasm dist/*.css dist/*.svg; do
  [ -f "$f" ] || continue
  # The embed loader is what a host page loads, not the app; the service worker comes after the
  # page is up.
  [ "$f" = dist/embed.js ] && continue
  [ "$f" = dist/sw.js ] && continue
  gz=$(gzip -9 -c "$f" | wc -c)
  first=$((first + gz))
  case "$f" in *.wasm) wasm=$((wasm + gz)) ;; esac
done
awk -v f="$first" -v w="$wasm" 'BEGIN { printf "\nfirst visit, gzip -9: %d bytes (%.1f KB), of which wasm %.1f KB\n", f, f/1024, w/1024 }'
echo "for scale: React 19 + ReactDOM client alone, gzip -9: about 115 KB"
echo "embed.js (what a host page loads), gzip -9: $(gzip -9 -c dist/embed.js | wc -c) bytes"

echo
node scripts/wasm-breakdown.mjs target/wasm-bindgen/release/ready-to-lead_bg.wasm \
  || echo "(no size breakdown: twiggy or the names-kept build is missing)"

echo
cargo run --quiet --release --example link_size

echo
node scripts/bench-timing.mjs || echo "(timings unavailable: Chromium could not run)"
