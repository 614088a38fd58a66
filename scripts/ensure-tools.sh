#!/usr/bin/env bash
# Installs what the build and the tests need, at pinned versions. Idempotent: quiet when everything
# is present, loud with the reason when a step fails.
#   scripts/ensure-tools.sh build   wasm target, Trunk, wasm-bindgen CLI, wasm-opt
#   scripts/ensure-tools.sh test    all of the above, plus Chromium, ChromeDriver and Playwright
#   scripts/ensure-tools.sh bench   the test tools, plus twiggy
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
NEED=${1:-build}

say() { printf '==> %s\n' "$*" >&2; }
fail() { printf 'error: %s\n' "$*" >&2; exit 1; }
# Runs a step and shows its output only when it fails.
quietly() {
  local log; log=$(mktemp)
  if ! "$@" >"$log" 2>&1; then
    cat "$log" >&2; rm -f "$log"
    fail "'$*' failed (output above)"
  fi
  rm -f "$log"
}

[ -n "$WASM_BINDGEN_VERSION" ] || fail "no wasm-bindgen version in Cargo.lock"
command -v cargo >/dev/null || fail "cargo is not installed; install Rust from rustup first"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  quietly rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing Trunk $TRUNK_VERSION (about 6 minutes, once)"
  quietly cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes, once)"
  # No --locked: its lock file pins a crate version the registry no longer serves.
  quietly cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# The format check of view! blocks, which rustfmt leaves alone.
if [ "$NEED" = test ] && [ "$(leptosfmt --version 2>/dev/null)" != "leptosfmt 0.1.33" ]; then
  say "installing leptosfmt 0.1.33 (about a minute, once)"
  quietly cargo install leptosfmt --version 0.1.33 --locked
fi

# wasm-opt comes from npm's binaryen: Debian's is too old for what rustc emits.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/terser ] || [ ! -d node_modules/@playwright/test ]; then
  command -v npm >/dev/null || fail "npm is not installed (apt-get install nodejs npm)"
  say "installing npm packages from package-lock.json"
  quietly npm ci --no-audit --no-fund
fi
node_modules/.bin/wasm-opt --version | grep -q version_132 \
  || fail "node_modules/.bin/wasm-opt is not binaryen 132; run 'rm -rf node_modules' and retry"

if [ "$NEED" = test ] || [ "$NEED" = bench ]; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    command -v apt-get >/dev/null || fail "Chromium is missing and apt-get is not available to install it"
    say "installing Debian's chromium and chromium-driver"
    quietly apt-get update -qq
    quietly env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
  fi
fi

# The benchmark's size breakdown reads function names with twiggy.
if [ "$NEED" = bench ] && ! twiggy --version 2>/dev/null | grep -q " 0.7.0$"; then
  say "installing twiggy 0.7.0 (about 3 minutes, once)"
  quietly cargo install twiggy --version 0.7.0 --locked
fi
