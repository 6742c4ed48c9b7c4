-- wrk script for `make bench` (bench/capture.sh): POSTs the same 1 KiB JSON body on every request
-- and, when the run ends, prints one machine-readable line:
--
--   BENCH requests=N ok_2xx=N non_2xx=N socket_errors=N connect=N read=N write=N timeout=N
--         status_errors=N duration_us=N p50_us=N p99_us=N max_us=N
--
-- ok_2xx/non_2xx are counted per response in response() (wrk itself only counts >= 400), summed
-- over wrk's threads in done(). Latencies come from wrk's latency histogram, in microseconds.
-- wrk leaves responses slower than its --timeout (2 s) out of the histogram and counts them in
-- `timeout` instead, so percentiles only tell the whole story when timeout=0.

local prefix = '{"event":"bench.capture","source":"hookbench make bench","padding":"'
local suffix = '"}'
local body = prefix .. string.rep("x", 1024 - #prefix - #suffix) .. suffix
assert(#body == 1024, "the body must be exactly 1 KiB")

wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "application/json"

-- Runs in the main Lua state once per thread: keep each thread to read its counters in done().
local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

-- Runs in each thread's own Lua state.
ok_2xx = 0
non_2xx = 0
function response(status, headers, body)
  if status >= 200 and status < 300 then
    ok_2xx = ok_2xx + 1
  else
    non_2xx = non_2xx + 1
  end
end

function done(summary, latency, requests)
  local ok, non = 0, 0
  for _, thread in ipairs(threads) do
    ok = ok + thread:get("ok_2xx")
    non = non + thread:get("non_2xx")
  end
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d ok_2xx=%d non_2xx=%d socket_errors=%d connect=%d read=%d write=%d " ..
    "timeout=%d status_errors=%d duration_us=%d p50_us=%d p99_us=%d max_us=%d\n",
    summary.requests, ok, non, e.connect + e.read + e.write + e.timeout,
    e.connect, e.read, e.write, e.timeout, e.status, summary.duration,
    latency:percentile(50), latency:percentile(99), latency.max))
end
