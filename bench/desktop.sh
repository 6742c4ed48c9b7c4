#!/usr/bin/env bash
# The desktop app's start-up and idle memory (`make bench-desktop`; not part of `make test`):
# start-up from process start to the first frame with content, as the native test measures it,
# then idle RSS and PSS of every process of the app (main, WebKitWebProcess, WebKitNetworkProcess)
# with 100,000 captures stored. Uses the release binary (BIN, default the installed .deb's).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-/usr/bin/hookbench-desktop}
CAPTURES=${CAPTURES:-100000}
[[ -x $BIN ]] || { echo "bench-desktop: $BIN missing: run make test-deb (or set BIN)" >&2; exit 1; }
mkdir -p bench-results

echo "== start-up (native test, release binary) =="
(cd ui && HOOKBENCH_DESKTOP_BIN=$BIN xvfb-run -a -s "-screen 0 1400x900x24 -nolisten tcp" \
  node --test e2e/native/desktop.test.mjs 2>&1 | grep -E '^# (startup|pass|fail)')

work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
display=":$((200 + RANDOM % 200))"
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app=
trap '[[ -n $app ]] && kill $app 2>/dev/null; kill $xvfb 2>/dev/null; rm -rf "$work"' EXIT
run_app() {
  DISPLAY=$display HOOKBENCH_DATA=$work/data XDG_CONFIG_HOME=$work/config HOOKBENCH_NO_KEYCHAIN=1 \
    HOOKBENCH_RECEIVER=127.0.0.1:$port HOOKBENCH_EMULATOR=127.0.0.1:0 "$BIN" >"$work/app.log" 2>&1 &
  app=$!
  for _ in $(seq 300); do curl -s -o /dev/null -m 1 "http://127.0.0.1:$port/" && return 0; sleep 0.1; done
  echo "bench-desktop: the app did not start" >&2; cat "$work/app.log" >&2; exit 1
}
run_app
echo "== storing $CAPTURES captures =="
python3 - "$port" "$CAPTURES" <<'PY'
import http.client, json, sys, time
port, n = int(sys.argv[1]), int(sys.argv[2])
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
body = json.dumps({"type": "payment_intent.succeeded", "data": {"object": {"id": "pi_123", "amount": 2000, "currency": "usd"}}})
start = time.time()
for i in range(n):
    conn.request("POST", f"/default/bench/{i}", body, {"Content-Type": "application/json"})
    conn.getresponse().read()
print(f"stored {n} captures in {time.time() - start:.1f} s")
PY
# Restart, so the figure is what a user sees after opening the app over a full store.
kill "$app"; wait "$app" 2>/dev/null || true
run_app
sleep "${IDLE_SECONDS:-20}"
pids() { local p=$1; echo "$p"; for c in $(pgrep -P "$p"); do pids "$c"; done; }
total_rss=0; total_pss=0
printf '%-24s %8s %8s\n' process "RSS MB" "PSS MB" | tee bench-results/desktop-memory.txt
for p in $(pids "$app"); do
  name=$(cat /proc/$p/comm)
  rss=$(awk '/^Rss:/ {print $2}' /proc/$p/smaps_rollup)
  pss=$(awk '/^Pss:/ {print $2}' /proc/$p/smaps_rollup)
  total_rss=$((total_rss + rss)); total_pss=$((total_pss + pss))
  printf '%-24s %8d %8d\n' "$name" $((rss / 1024)) $((pss / 1024)) | tee -a bench-results/desktop-memory.txt
done
printf '%-24s %8d %8d\n' total $((total_rss / 1024)) $((total_pss / 1024)) | tee -a bench-results/desktop-memory.txt
echo "target: under 150 MB RSS for all processes with $CAPTURES captures"
