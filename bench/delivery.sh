#!/usr/bin/env bash
# `make bench`, the sender half: deliveries per second through the durable outbox against a bare
# reqwest loop, and 10,000 pending deliveries across a kill -9 (examples/delivery_bench.rs).
# Exit status: 0 every target met, 1 a target missed, 2 the run itself failed.
set -euo pipefail
cd "$(dirname "$0")/.."
CARGO=${CARGO:-cargo}
OUT=bench-results
mkdir -p "$OUT"
echo "bench: building release binaries for the delivery benchmark"
"$CARGO" build --release --quiet --bin hookbench --example delivery_bench || {
  echo "bench: the release build failed" >&2
  exit 2
}
status=0
target/release/examples/delivery_bench target/release/hookbench | tee "$OUT/delivery.txt" || status=${PIPESTATUS[0]}
exit "$status"
