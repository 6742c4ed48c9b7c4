#!/usr/bin/env bash
# `make bench-desktop` (not part of `make test`): the desktop app's start-up and idle memory against
# a floor built and measured in the same run, bench/desktop-floor (the app's Tauri and WebKitGTK,
# its window settings, a static page). Under one Xvfb display:
#   1. stores CAPTURES captures in a fresh data directory through the app's receiver;
#   2. start-up, RUNS launches each, floor and app taking turns (bench/desktop_startup.py): process
#      start to the first frame with content; for the app, the latest captures (no "Loading");
#   3. idle memory: each launched on its own, left idle IDLE_SECONDS, then RSS and PSS summed over
#      its whole process tree (main, WebKitWebProcess, WebKitNetworkProcess, ...).
# Targets: median start-up and idle memory (RSS and PSS) at most 1.1x the floor's.
# Exit status: 0 every target met, 1 a target missed (everything is printed first), 2 the run
# itself failed. BIN is the app (default: the installed .deb's).
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO=${CARGO:-cargo}
BIN=${BIN:-/usr/bin/hookbench-desktop}
FLOOR=target/release/hookbench-desktop-floor
CAPTURES=${CAPTURES:-100000}
RUNS=${RUNS:-5}
IDLE_SECONDS=${IDLE_SECONDS:-20}
OUT=bench-results
RESULT=$OUT/desktop.txt
# Targets
MAX_STARTUP_RATIO=1.1
MAX_MEMORY_RATIO=1.1

die() {
  echo "bench-desktop: $*" >&2
  exit 2
}

[[ -x $BIN ]] || die "$BIN missing: run make test-deb (or set BIN to a release build of the app)"
for tool in Xvfb xwininfo tauri-driver WebKitWebDriver python3 curl; do
  command -v "$tool" >/dev/null || die "$tool is missing: run make setup"
done

echo "bench-desktop: building the floor (release)"
"$CARGO" build --release --quiet -p hookbench-desktop-floor || die "the floor's release build failed"
mkdir -p "$OUT"

work=$(mktemp -d -t hookbench-bench-desktop.XXXXXX)
xvfb=""
app=""
cleanup() {
  if [[ -n $app ]] && kill -0 "$app" 2>/dev/null; then
    kill -KILL "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
  fi
  [[ -n $xvfb ]] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# One display for everything, on a number Xvfb picks itself (and writes once it is ready).
Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb=$!
for ((i = 0; i < 100; i++)); do
  [[ -s $work/display ]] && break
  sleep 0.1
done
display_number=$(tr -dc 0-9 <"$work/display")
[[ -n $display_number ]] || die "Xvfb did not start: $(cat "$work/xvfb.log")"
export DISPLAY=":$display_number"

# The app's environment, for every launch: its own data and config, no keychain.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
export HOOKBENCH_DATA=$work/data XDG_CONFIG_HOME=$work/config HOOKBENCH_NO_KEYCHAIN=1 \
  HOOKBENCH_RECEIVER=127.0.0.1:$port HOOKBENCH_EMULATOR=127.0.0.1:0

# launch NAME BINARY TITLE: starts BINARY and waits (60 s at most) for its window TITLE.
launch() {
  local name=$1 binary=$2 title=$3 i
  "$binary" >"$OUT/desktop-$name.log" 2>&1 &
  app=$!
  for ((i = 0; i < 600; i++)); do
    xwininfo -root -tree 2>/dev/null | grep -F "\"$title\": (" >/dev/null && return 0
    kill -0 "$app" 2>/dev/null || die "$name exited before its window opened; see $OUT/desktop-$name.log"
    sleep 0.1
  done
  die "$name's window did not open within 60 s"
}

# quit NAME: SIGTERM (a clean quit) and a bounded wait.
quit() {
  local name=$1 i
  kill -TERM "$app" 2>/dev/null || true
  for ((i = 0; i < 300; i++)); do
    kill -0 "$app" 2>/dev/null || break
    sleep 0.1
  done
  kill -0 "$app" 2>/dev/null && die "$name did not quit within 30 s of SIGTERM"
  wait "$app" 2>/dev/null || true
  app=""
}

load_before=$(cut -d ' ' -f 1-3 /proc/loadavg)

# --- 1. the store -------------------------------------------------------------------------------
echo "bench-desktop: storing $CAPTURES captures through the app's receiver"
launch app-store "$BIN" Hookbench
for ((i = 0; i < 300; i++)); do
  curl -s -o /dev/null -m 1 "http://127.0.0.1:$port/" && break
  sleep 0.1
done
python3 - "$port" "$CAPTURES" <<'PY' || die "storing the captures failed"
import http.client, json, sys, threading, time
port, n = int(sys.argv[1]), int(sys.argv[2])
body = json.dumps({"type": "payment_intent.succeeded", "data": {"object": {"id": "pi_123", "amount": 2000, "currency": "usd"}}})
CONNECTIONS = 16
failures = []
def send(first):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    for i in range(first, n, CONNECTIONS):
        conn.request("POST", f"/default/bench/{i}", body, {"Content-Type": "application/json"})
        response = conn.getresponse()
        response.read()
        if response.status != 200:
            failures.append(response.status)
            return
start = time.time()
threads = [threading.Thread(target=send, args=(c,)) for c in range(CONNECTIONS)]
for t in threads: t.start()
for t in threads: t.join()
if failures:
    sys.exit(f"the receiver answered {failures[0]}")
print(f"bench-desktop: stored {n} captures in {time.time() - start:.1f} s")
PY
quit app-store

# --- 2. start-up --------------------------------------------------------------------------------
echo "bench-desktop: start-up, $RUNS launches each, floor and app taking turns"
: >"$OUT/desktop-webdriver.log"
STARTUP_LOG=$OUT/desktop-webdriver.log python3 bench/desktop_startup.py "$RUNS" floor="$FLOOR" app="$BIN" | tee "$work/startup.txt" ||
  die "measuring the start-up failed; see $OUT/desktop-webdriver.log"
startup() { sed -n "s/^STARTUP $1 median_ms=\([0-9]*\) runs=\(.*\)$/\\$2/p" "$work/startup.txt"; }
floor_startup=$(startup floor 1)
app_startup=$(startup app 1)
[[ -n $floor_startup && -n $app_startup ]] || die "the start-up figures are missing"

# --- 3. idle memory -----------------------------------------------------------------------------
tree() {
  local pid=$1 child
  echo "$pid"
  for child in $(pgrep -P "$pid"); do tree "$child"; done
}
# measure NAME BINARY TITLE: prints "process rss_kb pss_kb" lines, then "total rss_kb pss_kb".
measure() {
  local name=$1 binary=$2 title=$3 pid rss pss total_rss=0 total_pss=0
  launch "$name" "$binary" "$title"
  sleep "$IDLE_SECONDS"
  for pid in $(tree "$app"); do
    [[ -r /proc/$pid/smaps_rollup ]] || continue
    rss=$(awk '/^Rss:/ { print $2 }' "/proc/$pid/smaps_rollup")
    pss=$(awk '/^Pss:/ { print $2 }' "/proc/$pid/smaps_rollup")
    total_rss=$((total_rss + rss))
    total_pss=$((total_pss + pss))
    echo "$(basename "$(readlink "/proc/$pid/exe")") $rss $pss"
  done
  echo "total $total_rss $total_pss"
  quit "$name"
}
echo "bench-desktop: idle memory, ${IDLE_SECONDS}s after the window opens"
measure floor "$FLOOR" "Hookbench floor" >"$work/memory-floor.txt"
measure app "$BIN" Hookbench >"$work/memory-app.txt"
read -r _ floor_rss floor_pss < <(grep '^total ' "$work/memory-floor.txt")
read -r _ app_rss app_pss < <(grep '^total ' "$work/memory-app.txt")

load_after=$(cut -d ' ' -f 1-3 /proc/loadavg)

# --- the report ---------------------------------------------------------------------------------
calc() { awk "BEGIN { printf \"%.${1}f\", ($2) }"; }
holds() { awk "BEGIN { exit !($1) }"; }
verdict() { if "$@"; then echo PASS; else echo FAIL; fi; }
startup_ratio=$(calc 2 "$app_startup / $floor_startup")
rss_ratio=$(calc 2 "$app_rss / $floor_rss")
pss_ratio=$(calc 2 "$app_pss / $floor_pss")
startup_ok=$(verdict holds "$startup_ratio <= $MAX_STARTUP_RATIO")
rss_ok=$(verdict holds "$rss_ratio <= $MAX_MEMORY_RATIO")
pss_ok=$(verdict holds "$pss_ratio <= $MAX_MEMORY_RATIO")
overall=PASS
for v in "$startup_ok" "$rss_ok" "$pss_ok"; do [[ $v == PASS ]] || overall=FAIL; done

memory_table() {
  awk '{ printf "    %-26s %8.1f %8.1f\n", $1, $2 / 1024, $3 / 1024 }' "$1"
}
{
  echo "Hookbench desktop benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "One run on $(nproc) cores (load average before: $load_before, after: $load_after), Xvfb 1400x900."
  echo "App: $BIN with $CAPTURES captures stored. Floor: $FLOOR (bench/desktop-floor)."
  echo
  echo "  start-up, process start to the first frame with content (ms; $RUNS launches each, taking turns):"
  printf '    %-8s median %6s   runs %s\n' floor "$floor_startup" "$(startup floor 2)"
  printf '    %-8s median %6s   runs %s\n' app "$app_startup" "$(startup app 2)"
  echo
  echo "  idle memory, ${IDLE_SECONDS}s after the window opened (MB):"
  printf '    %-26s %8s %8s\n' floor RSS PSS
  memory_table "$work/memory-floor.txt"
  printf '    %-26s %8s %8s\n' app RSS PSS
  memory_table "$work/memory-app.txt"
  echo
  echo "Targets (app / floor)"
  printf '  %-40s %-8s %s\n' "start-up (median) <= $MAX_STARTUP_RATIO" "$startup_ratio" "$startup_ok"
  printf '  %-40s %-8s %s\n' "idle memory, RSS of all <= $MAX_MEMORY_RATIO" "$rss_ratio" "$rss_ok"
  printf '  %-40s %-8s %s\n' "idle memory, PSS of all <= $MAX_MEMORY_RATIO" "$pss_ratio" "$pss_ok"
  echo "BENCH desktop floor_startup_ms=$floor_startup app_startup_ms=$app_startup startup_ratio=$startup_ratio floor_rss_kb=$floor_rss app_rss_kb=$app_rss rss_ratio=$rss_ratio floor_pss_kb=$floor_pss app_pss_kb=$app_pss pss_ratio=$pss_ratio"
  echo "RESULT $overall"
} | tee "$RESULT"
echo "bench-desktop: wrote $RESULT (the apps' logs beside it)"

[[ $overall == PASS ]] || exit 1
