#!/usr/bin/env bash
# A CPU profile of one receiver under `make bench`'s wrk load (bench/capture.sh: 2 s warm-up, then
# wrk -t2 -c64 -d10s POSTing 1 KiB JSON), as a flame graph and a short text summary: CPU time per
# acknowledged request, by thread, and the functions that spend it.
#
#   bench/flamegraph.sh [hookbench|probe|bare] [OUTPUT.svg]
#
# Default: hookbench, bench-results/flamegraph-NAME.svg (the summary beside it, .txt).
# Tools, installed when missing (as root): wrk and perf from Debian, inferno from crates.io.
# perf samples the cpu-clock software event (a timer): it needs no hardware counters, which
# virtual machines often hide (there `perf stat -e instructions true` prints "not supported").
# Stacks are unwound from DWARF call frame information, so the usual release build will do. Where
# perf cannot sample at all it falls back to valgrind's callgrind: instruction counts (not time,
# and no wait in fdatasync), under a lighter load since the server runs ~50x slower, and a text
# summary instead of the SVG.
# Exit status: 0 profiled, 2 the run failed.
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO=${CARGO:-cargo}
TARGET=${1:-hookbench}
OUT=bench-results
SVG=${2:-$OUT/flamegraph-$TARGET.svg}
SUMMARY=${SVG%.svg}.txt
THREADS=2
CONNECTIONS=64
WARMUP=2
DURATION=10
SCRIPT=bench/post_1k.lua
FREQUENCY=${FREQUENCY:-999}
# Bytes of each sampled stack copied for unwinding: tokio tasks nest deeply.
DWARF_STACK=${DWARF_STACK:-32768}
INFERNO_VERSION=0.12.8

die() {
  echo "flamegraph: $*" >&2
  exit 2
}

# shellcheck source=bench/tools.sh
source bench/tools.sh
# shellcheck source=bench/servers.sh
source bench/servers.sh

work=$(mktemp -d -t hookbench-flamegraph.XXXXXX)
recorder=""
cleanup() {
  [[ -n $recorder ]] && kill -INT "$recorder" 2>/dev/null
  if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill -KILL "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$OUT" "$(dirname "$SVG")"

# --- tools -------------------------------------------------------------------------------------
need_debian wrk wrk
need_debian perf linux-perf
profiler=perf
if ! perf record -q -e cpu-clock -o "$work/check.data" -- true >/dev/null 2>&1; then
  echo "flamegraph: perf cannot sample here; falling back to valgrind's callgrind"
  need_debian valgrind valgrind
  profiler=callgrind
fi
if [[ $profiler == perf ]] && ! command -v inferno-flamegraph >/dev/null; then
  echo "flamegraph: installing inferno $INFERNO_VERSION from crates.io"
  "$CARGO" install inferno --locked --version "$INFERNO_VERSION" --quiet || die "installing inferno failed"
fi

echo "flamegraph: building release binaries"
"$CARGO" build --release --quiet --bin hookbench --example bare_receiver --example durable_probe ||
  die "the release build failed"
case $TARGET in
  hookbench)
    mkdir -p "$work/data"
    command=(target/release/hookbench --data "$work/data" serve --receiver 127.0.0.1:0 --api 127.0.0.1:0 --emulator 127.0.0.1:0)
    prefix=receiver
    ;;
  probe)
    mkdir -p "$work/probe"
    command=(target/release/examples/durable_probe "$work/probe")
    prefix=listening
    ;;
  bare)
    command=(target/release/examples/bare_receiver)
    prefix=listening
    ;;
  *) die "unknown receiver '$TARGET': hookbench, probe or bare" ;;
esac

# --- the run -----------------------------------------------------------------------------------
if [[ $profiler == callgrind ]]; then
  CONNECTIONS=8
  command=(valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" "${command[@]}")
fi
start_server "profile-$TARGET" "$prefix" "${command[@]}"
echo "flamegraph: $TARGET: warming up ${WARMUP}s"
run_wrk "$OUT/wrk-profile-$TARGET-warmup.txt" "$WARMUP" "$server_url/warmup" >/dev/null
if [[ $profiler == perf ]]; then
  perf record -q -F "$FREQUENCY" -e cpu-clock --call-graph "dwarf,$DWARF_STACK" -p "$server_pid" -o "$work/perf.data" \
    >"$work/perf-record.log" 2>&1 &
  recorder=$!
  sleep 0.5
fi
echo "flamegraph: $TARGET: wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s under $profiler"
line=$(run_wrk "$OUT/wrk-profile-$TARGET.txt" "$DURATION" "$server_url/bench")
if [[ $profiler == perf ]]; then
  kill -INT "$recorder"
  wait "$recorder" || true
  recorder=""
fi
stop_server "profile-$TARGET"
requests=$(sed -n 's/.* ok_2xx=\([0-9]*\) .*/\1/p' <<<"$line")
((requests > 0)) || die "no request was acknowledged under the profiler"

# --- the outputs -------------------------------------------------------------------------------
if [[ $profiler == callgrind ]]; then
  {
    echo "callgrind, $TARGET, $requests requests acknowledged (wrk -c$CONNECTIONS): instructions, inclusive"
    callgrind_annotate --inclusive=yes "$work/callgrind.out" | sed -n 1,60p
  } | tee "$SUMMARY"
  echo "flamegraph: no SVG under callgrind; wrote $SUMMARY"
  exit 0
fi
echo "flamegraph: folding the stacks"
perf script -i "$work/perf.data" --no-inline 2>/dev/null | inferno-collapse-perf >"$work/folded" ||
  die "perf script or inferno-collapse-perf failed"
[[ -s $work/folded ]] || die "perf recorded no samples; see $work/perf-record.log"
title="$TARGET under wrk -t$THREADS -c$CONNECTIONS, 1 KiB POST: CPU (cpu-clock at $FREQUENCY Hz), $requests requests"
inferno-flamegraph --title "$title" --countname "ns of CPU" --width 1600 <"$work/folded" >"$SVG" || die "inferno-flamegraph failed"

# The folded counts are cpu-clock periods, in nanoseconds of CPU time: per acknowledged request,
# ns / 1000 / requests is microseconds.
{
  echo "$title"
  echo "CPU time per acknowledged request, by thread (us):"
  awk -v n="$requests" '
    {
      count = $NF; split($0, frames, ";"); thread = frames[1]
      if ($0 ~ /checkpoint/) thread = thread " (checkpoints)"
      by[thread] += count; all += count
    }
    END {
      for (t in by) printf "  %7.1f  %s\n", by[t] / 1000 / n, t | "sort -nr"
      close("sort -nr")
      printf "  %7.1f  all\n", all / 1000 / n
    }' "$work/folded"
  echo "Hottest functions, self time (us per request):"
  awk -v n="$requests" '
    { count = $NF; line = $0; sub(/ [0-9]+$/, "", line); k = split(line, frames, ";"); self[frames[k]] += count }
    END { for (s in self) printf "  %7.2f  %s\n", self[s] / 1000 / n, s }' "$work/folded" |
    sort -nr | sed -n 1,25p
} | tee "$SUMMARY"
cp "$work/folded" "$OUT/flamegraph-$TARGET.folded"
echo "flamegraph: wrote $SVG and $SUMMARY (the folded stacks: $OUT/flamegraph-$TARGET.folded)"
