# Ready to Lead: `make serve` to run the app, `make test` to run every test.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
# Where the app will be hosted. "./" works from any folder; give an absolute path such as
# /some/path/ when a host needs one.
PUBLIC_URL ?= ./

.PHONY: serve build embed-demo test lint test-host test-wasm test-e2e bench fuzz tools tools-test tools-bench clean

## serve: build the release and serve it on http://127.0.0.1:8080
serve: tools
	trunk serve --release

## build: write the release build to dist/
build: tools
	trunk build --release --public-url "$(PUBLIC_URL)"

## embed-demo: the app on http://127.0.0.1:8080 embedded in a host page on http://127.0.0.1:8081
embed-demo: build
	@echo "host page: http://127.0.0.1:8081/  (the app: http://127.0.0.1:8080/)"
	PORT=8080 HOST_PORTS=8081 node tests/e2e/server.mjs

## test: every test layer: lint, host tests, browser tests, end-to-end tests
test: tools-test lint test-host test-wasm test-e2e

lint:
	cargo fmt --all -- --check
	leptosfmt --quiet --check src tests
	cargo clippy --all-targets --features prerender -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets --features csr -- -D warnings

test-host:
	cargo test
	cargo test --features prerender --bin shell

test-wasm:
	cargo test --target wasm32-unknown-unknown --features csr

test-e2e: build
	playwright test

## bench: sizes (a first visit, the wasm by crate and module, embed.js, a share link) and timings
## (loading on a phone profile, answering, memory) beside a plain HTML floor; figures, never a failure
bench: tools-bench build
	@scripts/bench.sh

tools-bench:
	@scripts/ensure-tools.sh bench

## fuzz: a million generated and mutated inputs each through the share-link decoder, the
## framework loader and the JSON import (FUZZ_CASES to change)
fuzz:
	cargo test --release --test core fuzz_ -- --ignored --nocapture --test-threads 1

tools:
	@scripts/ensure-tools.sh build

tools-test:
	@scripts/ensure-tools.sh test

clean:
	rm -rf dist target node_modules test-results
