#!/usr/bin/env bash
# `make bench`: durable capture throughput and latency of Hookbench's receiver against a bare hyper
# server that stores nothing (examples/bare_receiver.rs), in one run on this machine, and a check
# that every request Hookbench acknowledged is in its SQLite store. See bench/README.md.
#
# Exit status: 0 every target met, 1 a target missed (everything is printed first),
# 2 the run itself failed (a tool missing, a build failed, a server did not start or stop cleanly).
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO=${CARGO:-cargo}
THREADS=2
CONNECTIONS=64
WARMUP=2
DURATION=10
SCRIPT=bench/post_1k.lua
OUT=bench-results
RESULT=$OUT/capture.txt
# Targets
MIN_RATIO=0.5
MAX_P99_MS=20

die() {
  echo "bench: $*" >&2
  exit 2
}

work=$(mktemp -d -t hookbench-bench.XXXXXX)
server_pid=""
server_url=""
cleanup() {
  if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill -KILL "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# --- tools -------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
  if [[ $(id -u) -ne 0 ]]; then
    die "wrk is missing: install it as root (apt-get install wrk) or run this as root"
  fi
  echo "bench: installing wrk"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends wrk; then
    apt-get -o DPkg::Lock::Timeout=600 update -q
    apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends wrk
  fi
  command -v wrk >/dev/null || die "wrk is still missing after apt-get install wrk"
fi
python3 -c 'import sqlite3' 2>/dev/null || die "python3 with its sqlite3 module is needed to count the stored rows"

echo "bench: building release binaries"
"$CARGO" build --release --quiet --bin hookbench --example bare_receiver || die "the release build failed"
HOOKBENCH=target/release/hookbench
BARE=target/release/examples/bare_receiver

mkdir -p "$OUT"

# --- helpers -----------------------------------------------------------------------------------

# start_server NAME PREFIX COMMAND...: runs COMMAND in the background and waits (30 s at most) for
# the stdout line "PREFIX http://..."; sets server_pid and server_url.
start_server() {
  local name=$1 prefix=$2
  shift 2
  # Created before the server starts so that polling it never races the redirection.
  : >"$work/$name.out"
  "$@" >"$work/$name.out" 2>"$OUT/$name.stderr.log" &
  server_pid=$!
  local i
  for ((i = 0; i < 300; i++)); do
    server_url=$(sed -n "s|^$prefix \(http://[^ ]*\)\$|\1|p" "$work/$name.out" | head -n 1)
    [[ -n $server_url ]] && return 0
    if ! kill -0 "$server_pid" 2>/dev/null; then
      die "$name exited before it was ready; its stderr: $(cat "$OUT/$name.stderr.log")"
    fi
    sleep 0.1
  done
  die "$name did not print '$prefix http://...' within 30 s"
}

# stop_server NAME: SIGTERM, then waits (30 s at most) for a clean exit.
stop_server() {
  local name=$1 i status=0
  kill -TERM "$server_pid"
  for ((i = 0; i < 300; i++)); do
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$server_pid" 2>/dev/null; then
    die "$name did not stop within 30 s of SIGTERM"
  fi
  wait "$server_pid" || status=$?
  server_pid=""
  ((status == 0)) || die "$name exited with status $status after SIGTERM; see $OUT/$name.stderr.log"
}

# run_wrk LOG SECONDS URL: one bounded wrk run; prints the BENCH line of bench/post_1k.lua.
run_wrk() {
  local log=$1 seconds=$2 url=$3
  timeout --kill-after=5 $((seconds + 30)) \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency -s "$SCRIPT" "$url" >"$log" 2>&1 ||
    die "wrk failed against $url; see $log"
  grep -m 1 '^BENCH ' "$log" || die "wrk printed no BENCH line against $url; see $log"
}

declare -A R
# record NAME "BENCH k=v ...": stores R[NAME.k]=v
record() {
  local name=$1 pair
  for pair in ${2#BENCH }; do
    R[$name.${pair%%=*}]=${pair#*=}
  done
}

# bench_server NAME PREFIX COMMAND...: start, warm up on /warmup, measure on /bench, stop.
bench_server() {
  local name=$1 prefix=$2
  shift 2
  echo "bench: $name: starting"
  start_server "$name" "$prefix" "$@"
  echo "bench: $name: listening on $server_url; warming up ${WARMUP}s"
  run_wrk "$OUT/wrk-$name-warmup.txt" "$WARMUP" "$server_url/warmup" >/dev/null
  echo "bench: $name: wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency -s $SCRIPT $server_url/bench"
  local line
  line=$(run_wrk "$OUT/wrk-$name.txt" "$DURATION" "$server_url/bench")
  record "$name" "$line"
  echo "bench: $name: stopping"
  stop_server "$name"
}

calc() { awk "BEGIN { printf \"%.${1}f\", $2 }"; }
holds() { awk "BEGIN { exit !($1) }"; }

load_before=$(cut -d ' ' -f 1-3 /proc/loadavg)

# --- the run -----------------------------------------------------------------------------------
bench_server bare listening "$BARE"

data="$work/data"
mkdir -p "$data"
bench_server hookbench receiver "$HOOKBENCH" --data "$data" serve --receiver 127.0.0.1:0 --api 127.0.0.1:0 --emulator 127.0.0.1:0

db="$data/hookbench.db"
[[ -f $db ]] || die "hookbench left no database at $db"
read -r rows_total rows_bench rows_bench_1k < <(python3 -c '
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
total, bench, bench_1k = conn.execute(
    "SELECT count(*), coalesce(sum(path = ?), 0), coalesce(sum(path = ? AND body_size = 1024), 0) FROM captures",
    ("/bench", "/bench"),
).fetchone()
print(total, bench, bench_1k)
' "$db") || die "could not count the rows of $db"

# --- search at this size (>100,000 captures) ---------------------------------------------------
# Restarts Hookbench on the data just written and times the API's list/search queries.
MAX_SEARCH_MS=100
SEARCH_RUNS=20
start_server hookbench-search receiver "$HOOKBENCH" --data "$data" serve --receiver 127.0.0.1:0 --api 127.0.0.1:0 --emulator 127.0.0.1:0
search_ui=$(sed -n 's|^ui \(http://[^ ]*\)$|\1|p' "$work/hookbench-search.out" | head -n 1)
search_api=${search_ui%%/\?token=*}
search_token=${search_ui##*token=}
# Captures are indexed for search when the writer is idle, and a search first indexes whatever
# is still pending: the first search after the burst pays for the backlog. Time it on its own.
catchup_s=$(curl -sS -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $search_token" "$search_api/api/captures?q=catch-up&limit=1") ||
  die "the first search failed"
declare -A S
search_queries=("limit=200" "q=bench&limit=200" "q=warmup&limit=200" "q=content-type%20json&limit=200" "q=nothing-matches-this&limit=200" "method=POST&q=bench&limit=200")
for query in "${search_queries[@]}"; do
  times=()
  for ((i = 0; i < SEARCH_RUNS; i++)); do
    t=$(curl -sS -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $search_token" "$search_api/api/captures?$query") ||
      die "the search query $query failed"
    times+=("$t")
  done
  S[$query]=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 * 1000 } END { printf "%.1f %.1f", a[int((NR + 1) / 2)], a[NR] }')
done
stop_server hookbench-search
search_worst=$(for query in "${search_queries[@]}"; do echo "${S[$query]#* }"; done | sort -n | tail -n 1)

load_after=$(cut -d ' ' -f 1-3 /proc/loadavg)

# --- the report --------------------------------------------------------------------------------
for name in bare hookbench; do
  R[$name.rps]=$(calc 0 "${R[$name.ok_2xx]} / (${R[$name.duration_us]} / 1000000)")
  R[$name.p50_ms]=$(calc 2 "${R[$name.p50_us]} / 1000")
  R[$name.p99_ms]=$(calc 2 "${R[$name.p99_us]} / 1000")
  R[$name.max_ms]=$(calc 2 "${R[$name.max_us]} / 1000")
  R[$name.errors]="${R[$name.connect]}/${R[$name.read]}/${R[$name.write]}/${R[$name.timeout]}"
done
ratio=$(calc 2 "${R[hookbench.rps]} / (${R[bare.rps]} > 0 ? ${R[bare.rps]} : 1)")
acked=${R[hookbench.ok_2xx]}

verdict() { if "$@"; then echo PASS; else echo FAIL; fi; }
ratio_ok=$(verdict holds "$ratio >= $MIN_RATIO")
# wrk leaves responses slower than its 2 s timeout out of the histogram: with any, p99 lies.
p99_ok=$(verdict holds "${R[hookbench.p99_us]} < $MAX_P99_MS * 1000 && ${R[hookbench.timeout]} == 0")
loss_ok=$(verdict holds "$rows_bench >= $acked && $rows_bench_1k == $rows_bench")
search_ok=$(verdict holds "$search_worst < $MAX_SEARCH_MS && $rows_total >= 100000")
overall=PASS
for v in "$ratio_ok" "$p99_ok" "$loss_ok" "$search_ok"; do [[ $v == PASS ]] || overall=FAIL; done

row() { printf '  %-28s %14s %14s\n' "$@"; }
{
  echo "Hookbench durable capture benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "One run on $(nproc) cores (load average before: $load_before, after: $load_after)."
  echo "Each server: ${WARMUP}s warm-up, then wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency, POST 1 KiB JSON."
  echo
  row "" "bare hyper" "hookbench"
  row "req/s (2xx)" "${R[bare.rps]}" "${R[hookbench.rps]}"
  row "latency p50 (ms)" "${R[bare.p50_ms]}" "${R[hookbench.p50_ms]}"
  row "latency p99 (ms)" "${R[bare.p99_ms]}" "${R[hookbench.p99_ms]}"
  row "latency max (ms)" "${R[bare.max_ms]}" "${R[hookbench.max_ms]}"
  row "responses" "${R[bare.requests]}" "${R[hookbench.requests]}"
  row "2xx" "${R[bare.ok_2xx]}" "${R[hookbench.ok_2xx]}"
  row "non-2xx" "${R[bare.non_2xx]}" "${R[hookbench.non_2xx]}"
  row "socket errors c/r/w/timeout" "${R[bare.errors]}" "${R[hookbench.errors]}"
  echo
  echo "  ratio hookbench/bare req/s   $ratio"
  echo "  hookbench acknowledged (2xx) $acked"
  if ((rows_bench >= acked)); then
    extra="$((rows_bench - acked)) more: stored, but their answers were in flight when wrk stopped"
  else
    extra="$((acked - rows_bench)) ACKNOWLEDGED BUT NOT STORED"
  fi
  echo "  hookbench stored (/bench)    $rows_bench ($extra)"
  echo "  stored with the 1 KiB body   $rows_bench_1k"
  echo "  rows in captures, all        $rows_total (with the warm-up's)"
  echo
  echo "  first search after the burst (indexes the backlog): $(calc 1 "$catchup_s") s"
  echo "  search over $rows_total captures, through the API ($SEARCH_RUNS runs each, ms p50 / max):"
  for query in "${search_queries[@]}"; do
    printf '    %-40s %s\n' "$query" "${S[$query]/ / \/ }"
  done
  echo
  echo "Targets"
  printf '  %-42s %-22s %s\n' "throughput ratio >= $MIN_RATIO" "$ratio" "$ratio_ok"
  printf '  %-42s %-22s %s\n' "hookbench p99 < $MAX_P99_MS ms, no wrk timeouts" "${R[hookbench.p99_ms]} ms, ${R[hookbench.timeout]}" "$p99_ok"
  printf '  %-42s %-22s %s\n' "zero loss: stored >= acknowledged" "$rows_bench >= $acked" "$loss_ok"
  printf '  %-42s %-22s %s\n' "search < $MAX_SEARCH_MS ms at >= 100,000 captures" "worst $search_worst ms" "$search_ok"
  echo "RESULT $overall"
} | tee "$RESULT"
echo "bench: wrote $RESULT (raw wrk output and server logs beside it)"

[[ $overall == PASS ]] || exit 1
