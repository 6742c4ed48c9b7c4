# Sourced by bench/capture.sh and bench/flamegraph.sh: one server at a time under wrk.
# Expects: die, $work (a scratch directory), $OUT (where logs go), $THREADS, $CONNECTIONS, $SCRIPT.
server_pid=""
server_url=""

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
