#!/usr/bin/env bash
# Installs what Hookbench needs to build, run and test on Debian 12, and nothing twice:
# apt packages (Tauri/WebKit, Xvfb, WebKitWebDriver, Chromium; build-essential's g++ also builds
# libFuzzer for the fuzz targets), npm packages, tauri-driver, cargo-fuzz, and Schemathesis (from
# PyPI, every version pinned) in .venv/.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  build-essential pkg-config curl file
  libwebkit2gtk-4.1-dev libayatana-appindicator3-dev librsvg2-dev libxdo-dev
  xvfb xauth webkit2gtk-driver chromium xdotool x11-utils imagemagick
  python3-venv iproute2
)
TAURI_DRIVER_VERSION=2.1.0
CARGO_FUZZ_VERSION=0.13.2 # keep in step with scripts/fuzz.sh

missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "setup: these Debian packages are missing: ${missing[*]}" >&2
    echo "setup: install them as root (apt-get install ${missing[*]}) or run this as root" >&2
    exit 1
  fi
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -q
  apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "${missing[@]}"
fi

# npm packages, reinstalled only when the lock file changed. --ignore-scripts: no package may
# download a browser or driver binary; Debian's Chromium and WebKitWebDriver are used instead.
stamp=ui/node_modules/.hookbench-installed
if [[ ! -f $stamp || ui/package-lock.json -nt $stamp ]]; then
  echo "setup: installing npm packages"
  (cd ui && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  touch "$stamp"
fi

# The catalog normalizers' tools (`make catalog`, and the drift tests that run the normalizers),
# pinned in scripts/catalog/package-lock.json.
catalog_stamp=scripts/catalog/node_modules/.hookbench-installed
if [[ ! -f $catalog_stamp || scripts/catalog/package-lock.json -nt $catalog_stamp ]]; then
  echo "setup: installing the catalog tools"
  (cd scripts/catalog && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  touch "$catalog_stamp"
fi

if ! command -v tauri-driver >/dev/null || ! cargo install --list | grep -q "^tauri-driver v$TAURI_DRIVER_VERSION:"; then
  echo "setup: installing tauri-driver $TAURI_DRIVER_VERSION"
  cargo install tauri-driver --locked --version "$TAURI_DRIVER_VERSION" --quiet
fi

if ! cargo fuzz --version 2>/dev/null | grep -qx "cargo-fuzz $CARGO_FUZZ_VERSION"; then
  echo "setup: installing cargo-fuzz $CARGO_FUZZ_VERSION"
  cargo install cargo-fuzz --locked --version "$CARGO_FUZZ_VERSION" --quiet
fi

# Schemathesis for `make test-api`, reinstalled only when the pinned list changed.
venv_stamp=.venv/.hookbench-installed
if [[ ! -f $venv_stamp || scripts/schemathesis-requirements.txt -nt $venv_stamp ]]; then
  echo "setup: installing Schemathesis into .venv/"
  python3 -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check --no-input \
    -r scripts/schemathesis-requirements.txt
  touch "$venv_stamp"
fi
