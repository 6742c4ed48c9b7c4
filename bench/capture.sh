#!/usr/bin/env bash
# `make bench`: durable capture throughput and latency of Hookbench's receiver against two floors
# built and measured in the same run on this machine: a bare hyper server that stores nothing
# (examples/bare_receiver.rs) and a minimal durable probe, hyper + SQLite group commit with
# synchronous=FULL and one table (examples/durable_probe.rs); then a check that every request the
# probe and Hookbench acknowledged is in their stores, and search at that size. See bench/README.md.
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
MIN_PROBE_RATIO=0.85 # hookbench req/s over the durable probe's
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
# shellcheck source=bench/tools.sh
source bench/tools.sh
need_debian wrk wrk
python3 -c 'import sqlite3' 2>/dev/null || die "python3 with its sqlite3 module is needed to count the stored rows"

echo "bench: building release binaries"
"$CARGO" build --release --quiet --bin hookbench --example bare_receiver --example durable_probe ||
  die "the release build failed"
HOOKBENCH=target/release/hookbench
BARE=target/release/examples/bare_receiver
PROBE=target/release/examples/durable_probe

mkdir -p "$OUT"

# --- helpers -----------------------------------------------------------------------------------
# shellcheck source=bench/servers.sh
source bench/servers.sh

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

calc() { awk "BEGIN { printf \"%.${1}f\", ($2) }"; }
holds() { awk "BEGIN { exit !($1) }"; }

# count_rows DB TABLE BODY_SIZE_SQL: prints "all bench bench_1k": every row, the rows of /bench,
# and those of them that hold the whole 1 KiB body.
count_rows() {
  python3 -c '
import sqlite3, sys
db, table, size = sys.argv[1:4]
conn = sqlite3.connect(db)
total, bench, bench_1k = conn.execute(
    f"SELECT count(*), coalesce(sum(path = ?), 0), coalesce(sum(path = ? AND {size} = 1024), 0) FROM {table}",
    ("/bench", "/bench"),
).fetchone()
print(total, bench, bench_1k)
' "$@"
}

load_before=$(cut -d ' ' -f 1-3 /proc/loadavg)

# --- the run -----------------------------------------------------------------------------------
bench_server bare listening "$BARE"

probe_data="$work/probe"
mkdir -p "$probe_data"
bench_server probe listening "$PROBE" "$probe_data"
probe_db="$probe_data/probe.db"
[[ -f $probe_db ]] || die "the probe left no database at $probe_db"
read -r _ probe_bench probe_bench_1k < <(count_rows "$probe_db" requests "length(body)") ||
  die "could not count the rows of $probe_db"

data="$work/data"
mkdir -p "$data"
bench_server hookbench receiver "$HOOKBENCH" --data "$data" serve --receiver 127.0.0.1:0 --api 127.0.0.1:0 --emulator 127.0.0.1:0

db="$data/hookbench.db"
[[ -f $db ]] || die "hookbench left no database at $db"
read -r rows_total rows_bench rows_bench_1k < <(count_rows "$db" captures body_size) ||
  die "could not count the rows of $db"

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
for name in bare probe hookbench; do
  R[$name.rps]=$(calc 0 "${R[$name.ok_2xx]} / (${R[$name.duration_us]} / 1000000)")
  R[$name.p50_ms]=$(calc 2 "${R[$name.p50_us]} / 1000")
  R[$name.p99_ms]=$(calc 2 "${R[$name.p99_us]} / 1000")
  R[$name.max_ms]=$(calc 2 "${R[$name.max_us]} / 1000")
  R[$name.errors]="${R[$name.connect]}/${R[$name.read]}/${R[$name.write]}/${R[$name.timeout]}"
done
# ratio A B: A's req/s over B's (0 when B acknowledged nothing).
ratio() { calc 2 "${R[$2.rps]} > 0 ? ${R[$1.rps]} / ${R[$2.rps]} : 0"; }
probe_vs_bare=$(ratio probe bare)
hookbench_vs_bare=$(ratio hookbench bare)
hookbench_vs_probe=$(ratio hookbench probe)
acked=${R[hookbench.ok_2xx]}
probe_acked=${R[probe.ok_2xx]}

verdict() { if "$@"; then echo PASS; else echo FAIL; fi; }
ratio_ok=$(verdict holds "$hookbench_vs_probe >= $MIN_PROBE_RATIO")
# wrk leaves responses slower than its 2 s timeout out of the histogram: with any, p99 lies.
p99_ok=$(verdict holds "${R[hookbench.p99_us]} < $MAX_P99_MS * 1000 && ${R[hookbench.timeout]} == 0")
loss_ok=$(verdict holds "$rows_bench >= $acked && $rows_bench_1k == $rows_bench")
probe_loss_ok=$(verdict holds "$probe_bench >= $probe_acked && $probe_bench_1k == $probe_bench")
search_ok=$(verdict holds "$search_worst < $MAX_SEARCH_MS && $rows_total >= 100000")
overall=PASS
for v in "$ratio_ok" "$p99_ok" "$loss_ok" "$probe_loss_ok" "$search_ok"; do [[ $v == PASS ]] || overall=FAIL; done

row() { printf '  %-28s %14s %14s %14s\n' "$@"; }
# stored_line NAME ACKED STORED STORED_1K
stored_line() {
  local extra
  if (($3 >= $2)); then
    extra="$(($3 - $2)) more: stored, but their answers were in flight when wrk stopped"
  else
    extra="$(($2 - $3)) ACKNOWLEDGED BUT NOT STORED"
  fi
  printf '  %-10s acknowledged (2xx) %s, stored (/bench) %s (%s), with the 1 KiB body %s\n' "$1" "$2" "$3" "$extra" "$4"
}
{
  echo "Hookbench durable capture benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "One run on $(nproc) cores (load average before: $load_before, after: $load_after)."
  echo "Each server: ${WARMUP}s warm-up, then wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency, POST 1 KiB JSON."
  echo
  row "" "bare hyper" "durable probe" "hookbench"
  row "req/s (2xx)" "${R[bare.rps]}" "${R[probe.rps]}" "${R[hookbench.rps]}"
  row "latency p50 (ms)" "${R[bare.p50_ms]}" "${R[probe.p50_ms]}" "${R[hookbench.p50_ms]}"
  row "latency p99 (ms)" "${R[bare.p99_ms]}" "${R[probe.p99_ms]}" "${R[hookbench.p99_ms]}"
  row "latency max (ms)" "${R[bare.max_ms]}" "${R[probe.max_ms]}" "${R[hookbench.max_ms]}"
  row "responses" "${R[bare.requests]}" "${R[probe.requests]}" "${R[hookbench.requests]}"
  row "2xx" "${R[bare.ok_2xx]}" "${R[probe.ok_2xx]}" "${R[hookbench.ok_2xx]}"
  row "non-2xx" "${R[bare.non_2xx]}" "${R[probe.non_2xx]}" "${R[hookbench.non_2xx]}"
  row "socket errors c/r/w/timeout" "${R[bare.errors]}" "${R[probe.errors]}" "${R[hookbench.errors]}"
  echo
  echo "  req/s ratios: probe/bare $probe_vs_bare, hookbench/bare $hookbench_vs_bare, hookbench/probe $hookbench_vs_probe"
  stored_line probe "$probe_acked" "$probe_bench" "$probe_bench_1k"
  stored_line hookbench "$acked" "$rows_bench" "$rows_bench_1k"
  echo "  rows in captures, all        $rows_total (with the warm-up's)"
  echo
  echo "  first search after the burst (indexes the backlog): $(calc 1 "$catchup_s") s"
  echo "  search over $rows_total captures, through the API ($SEARCH_RUNS runs each, ms p50 / max):"
  for query in "${search_queries[@]}"; do
    printf '    %-40s %s\n' "$query" "${S[$query]/ / \/ }"
  done
  echo
  echo "Targets"
  printf '  %-46s %-22s %s\n' "req/s hookbench/probe >= $MIN_PROBE_RATIO" "$hookbench_vs_probe" "$ratio_ok"
  printf '  %-46s %-22s %s\n' "hookbench p99 < $MAX_P99_MS ms, no wrk timeouts" "${R[hookbench.p99_ms]} ms, ${R[hookbench.timeout]}" "$p99_ok"
  printf '  %-46s %-22s %s\n' "hookbench zero loss: stored >= acknowledged" "$rows_bench >= $acked" "$loss_ok"
  printf '  %-46s %-22s %s\n' "probe zero loss: stored >= acknowledged" "$probe_bench >= $probe_acked" "$probe_loss_ok"
  printf '  %-46s %-22s %s\n' "search < $MAX_SEARCH_MS ms at >= 100,000 captures" "worst $search_worst ms" "$search_ok"
  echo "BENCH capture bare_rps=${R[bare.rps]} probe_rps=${R[probe.rps]} hookbench_rps=${R[hookbench.rps]} probe_vs_bare=$probe_vs_bare hookbench_vs_bare=$hookbench_vs_bare hookbench_vs_probe=$hookbench_vs_probe hookbench_p99_ms=${R[hookbench.p99_ms]}"
  echo "RESULT $overall"
} | tee "$RESULT"
echo "bench: wrote $RESULT (raw wrk output and server logs beside it)"

[[ $overall == PASS ]] || exit 1
