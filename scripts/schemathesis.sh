#!/usr/bin/env bash
# Fuzzes the live API against its own OpenAPI document with Schemathesis: a throwaway
# `hookbench serve` (temporary data directory, free loopback ports) serves /api/openapi.json,
# the document is checked against the OpenAPI 3.1 meta-schema, and `schemathesis run` sends
# generated requests, valid and invalid, checking that no answer is a 5xx and that every answer's
# status, content type, headers and body are the documented ones. Needs .venv/ (scripts/setup.sh
# installs it) and a built binary (cargo build).
#
# Two passes: the first works on seeded captures (no API call creates one, and the second pass
# may delete them all, e.g. with a retention setting), the second on every operation.
#
# It runs in a network namespace of its own with only the loopback interface: the fuzzer invents
# webhook, forward and replay URLs, and the instance it drives must not send anything beyond
# this machine.
#
# GET /api/events is left out: it is an endless event stream, which Schemathesis would only see
# as a timeout. tests/it/api.rs reads it.
#
# Environment: HOOKBENCH_BIN (default target/debug/hookbench), SCHEMATHESIS_MAX_EXAMPLES
# (default 50 per operation and phase), SCHEMATHESIS_SEED (default 1; `random` for a new one).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -z ${HOOKBENCH_IN_OWN_NETNS:-} ]]; then
  exec unshare --net env HOOKBENCH_IN_OWN_NETNS=1 "$0" "$@"
fi
ip link set lo up

bin=$(realpath "${HOOKBENCH_BIN:-target/debug/hookbench}")
venv=$PWD/.venv
max_examples=${SCHEMATHESIS_MAX_EXAMPLES:-50}
seed=${SCHEMATHESIS_SEED:-1}
for needed in "$bin" "$venv/bin/schemathesis"; do
  if [[ ! -x $needed ]]; then
    echo "schemathesis: $needed is missing: run scripts/setup.sh and cargo build" >&2
    exit 1
  fi
done

work=$(mktemp -d)
serve_pid=
cleanup() {
  if [[ -n $serve_pid ]]; then
    kill "$serve_pid" 2>/dev/null || true
    wait "$serve_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# The instance prints `receiver URL`, `ui API_URL/#token=TOKEN` and `data DIR`, one line each.
mkfifo "$work/announced"
HOOKBENCH_NO_KEYCHAIN=1 "$bin" --data "$work/data" serve \
  --receiver 127.0.0.1:0 --api 127.0.0.1:0 >"$work/announced" 2>"$work/serve.log" &
serve_pid=$!
exec 3<"$work/announced"
ui=
receiver=
while IFS= read -r -t 30 -u 3 line; do
  case $line in
    receiver\ *) receiver=${line#receiver } ;;
    ui\ *) ui=${line#ui } ;;
    data\ *) break ;;
  esac
done
if [[ -z $ui ]]; then
  echo "schemathesis: hookbench serve did not start:" >&2
  cat "$work/serve.log" >&2
  exit 1
fi
api=${ui%%/#token=*}
token=${ui##*#token=}
document=$api/api/openapi.json

# Well-formed first: the served document against the OpenAPI 3.1 meta-schema Schemathesis ships.
"$venv/bin/python" - "$document" "$token" <<'PYTHON'
import json, sys, urllib.request
from schemathesis.specs.openapi.definitions import OPENAPI_31_VALIDATOR
request = urllib.request.Request(sys.argv[1], headers={"Authorization": "Bearer " + sys.argv[2]})
with urllib.request.urlopen(request, timeout=10) as response:
    document = json.load(response)
errors = [f"{'/'.join(map(str, e.instance_path))}: {e.message}" for e in OPENAPI_31_VALIDATOR.iter_errors(document)]
for error in errors[:20]:
    print("schemathesis: the document is not valid OpenAPI 3.1:", error, file=sys.stderr)
sys.exit(1 if errors else 0)
PYTHON

request() {
  curl --fail --silent --show-error --max-time 10 "$@"
}
# Captures of every kind the API decodes, checks and sends again; prints the capture's id.
capture() {
  local answer
  answer=$(request "$@")
  [[ $answer =~ \"captured\":\"([0-9A-Z]+)\" ]] && echo "${BASH_REMATCH[1]}"
}
kept=(
  "$(capture "$receiver/default/orders?page=1" -H 'content-type: application/json' \
    --data '{"id":"evt_1","type":"payment_intent.succeeded","data":{"object":{"amount":2000}}}')"
  "$(printf '{"zipped":true}' | gzip | capture "$receiver/default/zipped" \
    -H 'content-type: application/json' -H 'content-encoding: gzip' --data-binary @-)"
  "$(capture "$receiver/default/form" --data 'name=Ada&lang=en')"
  "$(capture "$receiver/default/upload" -F 'note=hello' -F 'file=@README.md;type=text/markdown')"
  "$(printf '\xff\xfe\x00binary' | capture "$receiver/default/binary" \
    -H 'content-type: application/octet-stream' --data-binary @-)"
  "$(capture "$receiver/default/stripe" -H 'content-type: application/json' \
    -H 'stripe-signature: t=1700000000,v1=00' \
    --data '{"id":"evt_2","type":"payment_intent.succeeded"}')"
)
# The ones DELETE /api/captures/{id} may take, so that the others stay for the other operations.
doomed=(
  "$(capture "$receiver/default/a" --data 'a')"
  "$(capture "$receiver/default/b" --data 'b')"
)
# Webhooks for captures sent again to reach (the instance cannot reach beyond loopback).
for provider in generic stripe; do
  request --output /dev/null "$api/api/webhooks" -H "Authorization: Bearer $token" \
    -H 'content-type: application/json' \
    --data "{\"name\":\"$provider\",\"url\":\"http://127.0.0.1:9/$provider\",\"provider\":\"$provider\"}"
done

quoted() {
  local joined
  printf -v joined '"%s",' "$@"
  echo "[${joined%,}]"
}
cat >"$work/schemathesis.toml" <<EOF
[dictionaries.kept]
values = $(quoted "${kept[@]}")

[dictionaries.doomed]
values = $(quoted "${doomed[@]}")

[[operations]]
include-operation-id = ["get_capture", "get_decoded_capture_body", "check_capture", "send_capture"]
parameters = { "path.id" = { dictionary = "kept", probability = 0.8 } }

[[operations]]
include-operation-id = "delete_capture"
parameters = { "path.id" = { dictionary = "doomed", probability = 0.8 } }
EOF

seed_args=()
[[ $seed == random ]] || seed_args=(--seed "$seed")
fuzz() {
  # From the temporary directory: Schemathesis and Hypothesis keep their caches in the working one.
  (cd "$work" && "$venv/bin/schemathesis" --config-file "$work/schemathesis.toml" run "$document" \
    --header "Authorization: Bearer $token" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance,unsupported_method,allow_header_conformance \
    --exclude-operation-id stream_events \
    --max-examples "$max_examples" \
    "${seed_args[@]}" \
    --request-timeout 10 \
    --generation-database none \
    --no-color "$@")
}
status=0
echo "schemathesis: pass 1, the seeded captures ($max_examples examples per operation)"
fuzz --include-path-regex '^/api/captures/\{id\}' || status=$?
echo "schemathesis: pass 2, every operation ($max_examples examples per operation)"
fuzz || status=$?

if grep -q "ERROR\|panicked" "$work/serve.log"; then
  echo "schemathesis: the instance logged errors:" >&2
  grep "ERROR\|panicked" "$work/serve.log" | head -n 20 >&2
  status=1
fi
exit "$status"
