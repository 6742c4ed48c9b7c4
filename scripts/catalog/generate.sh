#!/usr/bin/env bash
# `make catalog`: rebuilds every generated provider profile from catalog/sources/<id>/.
#
# 1. Each normalizer, scripts/catalog/normalize-<id>.{sh,mjs,py}, turns a provider's vendored
#    description that is not an OpenAPI webhooks document into catalog/sources/<id>/openapi.json.
# 2. The catalog importer (examples/catalog_generate.rs, the library code a user import uses)
#    builds catalog/<id>.json from openapi.json, overlay.json and examples.json.
#
# `scripts/catalog/generate.sh --check` writes nothing and fails when a profile is out of date.
# See catalog/sources/README.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

check=""
[[ "${1:-}" == "--check" ]] && check="--check"

shopt -s nullglob
for normalizer in scripts/catalog/normalize-*; do
  echo "catalog: $normalizer"
  case "$normalizer" in
    *.sh) bash "$normalizer" $check ;;
    *.mjs) node "$normalizer" $check ;;
    *.py) python3 "$normalizer" $check ;;
    *) echo "catalog: $normalizer: unknown kind of script (use .sh, .mjs or .py)" >&2; exit 2 ;;
  esac
done

cargo run --quiet --example catalog_generate -- $check
