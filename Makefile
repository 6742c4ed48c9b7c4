# Hookbench: `make run` sets everything up and opens the app; `make test` sets everything up
# and runs every test. Both work as root on a fresh Debian 12 with Rust, Node 20 and npm.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
CARGO ?= cargo
XVFB := xvfb-run -a -s "-screen 0 1400x900x24 -nolisten tcp"
# Seconds each fuzz target runs: briefly in `make test`, longer in `make fuzz`.
FUZZ_TEST_SECONDS ?= 5
FUZZ_SECONDS ?= 300

.PHONY: run test setup ui build desktop serve lint catalog test-rust test-api test-fuzz test-ui test-e2e test-native package test-deb bindings fuzz bench bench-desktop clean

run: setup ui desktop
	@if [[ -z "$${DISPLAY:-}" && -z "$${WAYLAND_DISPLAY:-}" ]]; then \
	  echo "No display found, so the desktop window cannot open here."; \
	  echo "Run Hookbench headless instead, with the same UI in your browser:"; \
	  echo "  ./target/debug/hookbench serve            # or: make serve"; \
	  echo "It prints the receiver URL and a 'ui http://...' address to open in a browser."; \
	else \
	  ./target/debug/hookbench-desktop; \
	fi

serve: setup ui build
	./target/debug/hookbench serve

test: setup ui lint test-rust test-api test-fuzz test-ui test-e2e test-native
	@echo "make test: every check passed"

setup:
	@scripts/setup.sh

ui:
	cd ui && npm run build --silent

build:
	$(CARGO) build

desktop:
	$(CARGO) build -p hookbench-desktop

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) fmt --manifest-path fuzz/Cargo.toml -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings

test-rust:
	$(CARGO) test

# Schemathesis against a throwaway `hookbench serve` and its own /api/openapi.json: no 5xx, and
# every answer as documented (see scripts/schemathesis.sh).
test-api: setup build
	scripts/schemathesis.sh

# Every cargo-fuzz target in fuzz/ briefly (see scripts/fuzz.sh): any crash fails the test.
test-fuzz:
	scripts/fuzz.sh $(FUZZ_TEST_SECONDS)

test-ui:
	cd ui && npm run typecheck --silent && npx vitest run

test-e2e: build
	cd ui && npx playwright test

# The .deb is built once (release) and installed; the native tests drive the installed binary.
# HOOKBENCH_DESKTOP_BIN=target/debug/hookbench-desktop runs them against a debug build instead.
HOOKBENCH_DESKTOP_BIN ?= /usr/bin/hookbench-desktop
test-native: test-deb
	cd ui && HOOKBENCH_DESKTOP_BIN=$(HOOKBENCH_DESKTOP_BIN) $(XVFB) node --test --test-concurrency=1 e2e/native/

# The desktop app as a .deb (Tauri's bundler, offline) in dist/.
package: setup
	scripts/package.sh

# apt-get install ./dist/hookbench_*.deb, start it under Xvfb, see its window capture a request.
test-deb: package
	scripts/test-deb.sh

bindings:
	UPDATE_BINDINGS=1 $(CARGO) test --test it bindings

# Rebuilds the generated provider profiles (catalog/<id>.json) from catalog/sources/<id>/; a test
# fails when a committed profile differs from what its sources give (see catalog/sources/README.md).
catalog: setup
	scripts/catalog/generate.sh

# Every fuzz target for FUZZ_SECONDS (default 300) seconds, not part of `make test`; the inputs
# found are kept in fuzz/target/corpus/ for the next run.
fuzz:
	scripts/fuzz.sh $(FUZZ_SECONDS)

# Durable capture throughput and latency against two floors measured in the same run (a bare hyper
# server, and a minimal durable probe: hyper + SQLite group commit), then delivery throughput
# through the outbox against a bare reqwest loop and a kill -9 of 10,000 pending deliveries (not
# part of `make test`): installs wrk, builds release binaries, writes bench-results/, prints every
# ratio and fails when a target is missed. See bench/README.md.
bench:
	@status=0; \
	CARGO="$(CARGO)" bench/capture.sh || status=$$?; \
	CARGO="$(CARGO)" bench/delivery.sh || { s=$$?; [ $$status -eq 2 ] || status=$$s; }; \
	exit $$status

# The desktop app's start-up (to the first frame showing the latest captures) and idle memory of
# all its processes with 100,000 captures, against a floor built and measured in the same run
# (bench/desktop-floor: the app's Tauri and WebKitGTK showing a static page); fails when either is
# over 1.1x the floor's (not part of `make test`). See bench/README.md.
bench-desktop: test-deb
	bench/desktop.sh

clean:
	$(CARGO) clean
	rm -rf ui/dist ui/node_modules
