#!/usr/bin/env bash
# Installs dist/hookbench_*.deb with apt (as a user would), starts the installed binary under
# Xvfb with a fresh data directory, and checks that its window opens and its receiver captures.
set -euo pipefail
cd "$(dirname "$0")/.."
debs=(dist/hookbench_*.deb)
[[ -f ${debs[0]} ]] || { echo "test-deb: no dist/hookbench_*.deb: run make package first" >&2; exit 1; }
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=600 install -y -q --reinstall "./${debs[0]}" >/dev/null
desktop_file=/usr/share/applications/Hookbench.desktop
grep -qx 'Categories=Development;' "$desktop_file" || { echo "test-deb: $desktop_file lacks Categories=Development" >&2; exit 1; }
[[ -f /usr/share/icons/hicolor/128x128/apps/hookbench-desktop.png ]] || { echo "test-deb: icon missing" >&2; exit 1; }

work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
display=":$((200 + RANDOM % 200))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app=
cleanup() {
  # Its exit status is not this test's: a failure was reported already.
  if [[ -n $app ]]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi
  kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
DISPLAY=$display HOOKBENCH_DATA=$work/data XDG_CONFIG_HOME=$work/config HOOKBENCH_NO_KEYCHAIN=1 \
  HOOKBENCH_RECEIVER=127.0.0.1:$port HOOKBENCH_EMULATOR=127.0.0.1:0 /usr/bin/hookbench-desktop >"$work/app.log" 2>&1 &
app=$!
passed=0
for _ in $(seq 150); do
  if DISPLAY=$display xwininfo -root -tree 2>/dev/null | grep -q '"Hookbench": ("hookbench-desktop"'; then
    passed=1
    break
  fi
  sleep 0.2
done
if ((passed)); then
  captured=$(curl -s -m 5 -X POST "http://127.0.0.1:$port/deb/test" -d '{"installed":true}' || true)
  [[ $captured == *'"captured"'* ]] || passed=0
fi
if ((passed)); then
  echo "test-deb: the installed hookbench-desktop opened its window and captured a request"
  echo "1 passed, 0 failed"
else
  echo "test-deb: the installed app did not open its window or capture; its log:" >&2
  cat "$work/app.log" >&2
  echo "0 passed, 1 failed"
  exit 1
fi
