#!/usr/bin/env bash
# Runs every cargo-fuzz target in fuzz/ for SECONDS_PER_TARGET seconds (default 10) and fails on
# the first target that crashes (a panic, an overflow, a failed assertion, a timeout of one input
# or an allocation past the limit), printing the crashing input's path. Installs cargo-fuzz when
# missing. Runs on the stable toolchain: libFuzzer without a sanitizer (--sanitizer none), see
# docs/decisions.md. Found inputs accumulate in fuzz/target/corpus/NAME (not committed); the
# committed seeds are fuzz/corpus/NAME. Replay a crash with:
#   cargo fuzz run --sanitizer none --codegen-units 16 NAME fuzz/artifacts/NAME/crash-...
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO_FUZZ_VERSION=0.13.2
seconds=${1:-10}
shift || true
if ! [[ $seconds =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]" >&2
  exit 2
fi

if ! cargo fuzz --version 2>/dev/null | grep -qx "cargo-fuzz $CARGO_FUZZ_VERSION"; then
  echo "fuzz: installing cargo-fuzz $CARGO_FUZZ_VERSION"
  cargo install cargo-fuzz --locked --version "$CARGO_FUZZ_VERSION" --quiet
fi

# No sanitizer, so the stable toolchain builds it; 16 codegen units (cargo-fuzz's default is 1)
# let the engine crate build on both cores: a cold build takes minutes either way.
build_flags=(--sanitizer none --codegen-units 16)

if (($#)); then
  targets=("$@")
else
  mapfile -t targets < <(cargo fuzz list)
fi

started=$SECONDS
mkdir -p fuzz/target/logs
echo "fuzz: building the fuzz targets (log: fuzz/target/logs/build.log)"
if ! cargo fuzz build "${build_flags[@]}" >fuzz/target/logs/build.log 2>&1; then
  tail -n 40 fuzz/target/logs/build.log >&2
  exit 1
fi
echo "fuzz: built in $((SECONDS - started)) s; running each target for ${seconds} s"

failed=()
for target in "${targets[@]}"; do
  corpus=(fuzz/target/corpus/"$target")
  mkdir -p "${corpus[0]}"
  [[ -d fuzz/corpus/$target ]] && corpus+=(fuzz/corpus/"$target")
  log=fuzz/target/logs/$target.log
  # -timeout: one input taking longer than this is a failure (a hang, not a slow machine).
  if cargo fuzz run "${build_flags[@]}" "$target" "${corpus[@]}" -- \
      -max_total_time="$seconds" -timeout=60 -rss_limit_mb=4096 -print_final_stats=1 \
      >"$log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    echo "fuzz: $target: ${runs:-?} inputs, no crash"
  else
    echo "fuzz: $target FAILED; the end of its log ($log):" >&2
    tail -n 40 "$log" >&2
    artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
    if [[ -n $artifact ]]; then
      [[ $artifact == /* ]] || artifact=fuzz/${artifact#./}
      echo "fuzz: $target: crashing input: $artifact" >&2
      echo "fuzz: replay: cargo fuzz run ${build_flags[*]} $target $artifact" >&2
    fi
    failed+=("$target")
  fi
done

echo "fuzz: done in $((SECONDS - started)) s"
if ((${#failed[@]})); then
  echo "fuzz: crashed: ${failed[*]}" >&2
  exit 1
fi
