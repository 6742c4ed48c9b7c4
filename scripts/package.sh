#!/usr/bin/env bash
# Builds the desktop app's .deb with Tauri's bundler (the @tauri-apps/cli npm package, whose
# binary ships in the registry package: no download) into dist/hookbench_VERSION_ARCH.deb.
# The UI is built first: the engine embeds ui/dist in the binary.
set -euo pipefail
cd "$(dirname "$0")/.."
(cd ui && npm run build --silent)
ui/node_modules/.bin/tauri build --bundles deb --ci
mkdir -p dist
rm -f dist/hookbench_*.deb
for deb in target/release/bundle/deb/*.deb; do
  name=$(basename "$deb")
  cp "$deb" "dist/${name,}" # Hookbench_0.1.0_amd64.deb -> hookbench_0.1.0_amd64.deb
done
ls dist/hookbench_*.deb
